import { Application, Container, Graphics, RendererType, Sprite } from 'pixi.js';
import type { Texture, WebGLRenderer } from 'pixi.js';
import type { Catalogue } from '../catalogue';
import type { Beat, Stage as BeatStage, Transition } from '../compiler/story';
import type { View } from '../story/view';
import { Background } from './Background';
import { diffBeats } from './diff';
import { Effects } from './Effects';
import { computeLayout } from './layout';
import type { Layout } from './layout';
import { Portraits } from './Portraits';
import { TextBox } from './TextBox';
import { TextureStore } from './textures';
import { MotionQuality } from './motionQuality';
import { Animator } from './tween';
import { planTransitions } from './transitionPolicy';

export interface StageOptions {
  parent: HTMLElement;
  catalogue: Catalogue;
  /** Read on every frame, so a settings change applies at once. */
  reducedMotion?: () => boolean;
}

export interface StageHandle {
  readonly canvas: HTMLCanvasElement;
  /** Draws `view`; drawing the same view twice changes nothing. */
  render(view: View): void;
  /** Decodes and uploads the art of `beats` ahead of time; frees art that none of them uses. */
  preload(beats: readonly Beat[]): Promise<void>;
  resize(): void;
  /** The reader's text size (1 = default); relays out the text box. */
  setTextScale(scale: number): void;
  /** Called when transitions start running and when the last one ends. */
  onTransition(listener: (running: boolean) => void): void;
  /** Jumps every running transition to its end (a press during a dissolve). */
  finishTransitions(): void;
  /** A small picture of the stage as it is (scene and text box, never a menu over them), as a data URL. */
  thumbnail(width?: number): string | null;
  /** Called with every new layout (and once now), so DOM controls can sit where the stage put the box. */
  onLayout(listener: (layout: Layout) => void): void;
  destroy(): void;
  /** Counters for tests and the bench. */
  readonly stats: { frames: number; textFrames: number; textures: () => number; settled: () => boolean; applied: () => string | null };
}

const BG_SIZE = { width: 1920, height: 1080 };
const CUT: Transition = { kind: 'cut', duration: 0 };
const PORTRAIT_ASPECT = 600 / 900;

/**
 * The Pixi stage: background, portraits, effects and the text box, drawn on demand. There is no
 * running ticker: a frame is drawn when something changed, and frames keep coming only while a
 * transition, the typewriter or a moving effect runs.
 */
export async function createStage(options: StageOptions): Promise<StageHandle> {
  const { parent, catalogue } = options;
  const reducedMotion = options.reducedMotion ?? (() => false);
  // Two canvases: the scene (background, portraits, effects) and the text box above it. The
  // typewriter then redraws only the small text canvas; software WebGL pays per pixel drawn.
  const app = await createLayer(parent, { background: 0x000000 });
  const textApp = await createLayer(parent, { backgroundAlpha: 0 });
  textApp.canvas.classList.add('text-layer');

  const animator = new Animator();
  const textures = new TextureStore();
  const world = new Container({ label: 'world' });
  const background = new Background(animator);
  const portraits = new Portraits(animator);
  const effects = new Effects(world, animator);
  const curtain = new Graphics({ label: 'curtain' });
  const textBox = new TextBox();
  world.addChild(background, portraits);
  app.stage.addChild(world, effects.veil, curtain);
  textApp.stage.addChild(textBox);
  curtain.alpha = 0;

  let textScale = 1;
  let layout: Layout = computeLayout(app.screen.width, app.screen.height, textScale);
  const layoutListeners = new Set<(layout: Layout) => void>();
  /** The beat whose words are in the text box, and the beat whose stage is drawn (they differ while skipping). */
  let shownBeat: Beat | null = null;
  let stagedBeat: Beat | null = null;
  let view: View | null = null;
  let token = 0;
  let scheduled = false;
  let sceneDirty = false;
  let textDirty = false;
  let keptBefore = new Set<string>();
  const stats = {
    frames: 0,
    textFrames: 0,
    textures: () => textures.size,
    /** True when no transition runs (sway aside): what a screenshot waits for. */
    settled: () => !animator.active,
    /** Id of the beat whose stage is applied (its art loaded and placed): what "shown" means for the bench. */
    applied: () => appliedBeat,
  };
  let appliedBeat: string | null = null;

  /** Asks for a frame that redraws the scene, the text box, or both. */
  const schedule = (scene = true, text = true): void => {
    sceneDirty ||= scene;
    textDirty ||= text;
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(frame);
  };

  let transitionRunning = false;
  const transitionListeners = new Set<(running: boolean) => void>();
  /** Tells listeners when transitions start or all end (at once, so the next press sees the truth). */
  const reportTransition = (): void => {
    if (animator.active === transitionRunning) return;
    transitionRunning = animator.active;
    for (const listener of transitionListeners) listener(transitionRunning);
  };
  const baseResolution = app.renderer.resolution;
  const quality = new MotionQuality(34, 0.35, isSoftwareRenderer(app) ? 0.5 : 1);
  let wasMoving = false;

  function frame(now: number): void {
    scheduled = false;
    const moving = animator.active || (effects.animating && !reducedMotion());
    animator.step(now);
    effects.tick(now, reducedMotion());
    let typing = false;
    if (view?.beat) {
      const elapsed = view.typing ? ((performance.now() - view.lineStartedAt) * view.charsPerSecond) / 1000 : Infinity;
      typing = !textBox.reveal(elapsed);
    }
    if (sceneDirty || moving) {
      const resolution = Math.round(baseResolution * quality.frame(now, moving) * 20) / 20;
      if (resolution !== app.renderer.resolution) app.renderer.resize(app.screen.width, app.screen.height, resolution);
      // Software WebGL pays for every full-screen layer: skip the veils while they are clear.
      curtain.visible = curtain.alpha > 0.002;
      effects.veil.visible = world.visible && effects.veil.alpha > 0.002;
      app.render();
      stats.frames++;
    }
    if (textDirty || typing) {
      textApp.render();
      stats.textFrames++;
    }
    sceneDirty = textDirty = false;
    reportTransition();
    const stillMoving = animator.active || (effects.animating && !reducedMotion());
    // When motion ends, one more frame at rest draws the scene at full resolution again.
    const settle = wasMoving && !stillMoving && app.renderer.resolution !== baseResolution;
    wasMoving = stillMoving;
    if (stillMoving || typing || settle) schedule(stillMoving || settle, typing);
  }

  const bgTexture = (id: string | null): Promise<Texture> | null => {
    if (!id) return null;
    const k = Math.min(1.25, Math.max(0.5, (coverFactor(layout) * app.renderer.resolution)));
    return textures.get(catalogue.bg(id), BG_SIZE.width * k, BG_SIZE.height * k, `bg/${id}`);
  };
  const portraitTexture = (id: string, expression: string): Promise<Texture> => {
    const h = Math.min(1200, Math.max(300, layout.portraitHeight * app.renderer.resolution));
    return textures.get(catalogue.portrait(id, expression), h * PORTRAIT_ASPECT, h, `portraits/${id}-${expression}`);
  };

  /** Loads a beat's art, then swaps it in with the beat's transitions (unless a newer beat came). */
  async function showStage(beat: Beat, previous: Beat | null): Promise<void> {
    const mine = ++token;
    const diff = diffBeats(previous, beat);
    const [bg, ...cast] = await Promise.all([
      bgTexture(beat.stage.bg),
      ...beat.stage.cast.map((a) => portraitTexture(a.id, a.expression)),
    ]);
    if (mine !== token) return;
    appliedBeat = beat.id;
    const castTextures = new Map(beat.stage.cast.map((a, i) => [a.id, cast[i]!]));
    const plan = planTransitions(beat, previous, { skipping: view?.skipping ?? false, reducedMotion: reducedMotion() });
    const apply = (bgTransition: Transition): void => {
      if (diff.bgChanged) background.show(bg ?? null, bgTransition);
      portraits.update(beat.stage.cast, castTextures, beat.speaker, plan.cast);
      if (diff.effectsChanged || !previous) effects.set(beat.stage.effects, plan.effectsMs);
    };
    if (diff.bgChanged && plan.bg.kind === 'fade' && previous) {
      // A fade goes through black: the curtain closes, the new stage is set behind it, it opens.
      const half = plan.bg.duration / 2;
      animator.play(curtain, {
        duration: half,
        update: (t) => (curtain.alpha = t),
        done: () => {
          apply(CUT);
          animator.play(curtain, { duration: half, update: (t) => (curtain.alpha = 1 - t) });
        },
      });
    } else {
      animator.finish(curtain);
      apply(plan.bg);
    }
    schedule(true, false);
  }

  function render(next: View): void {
    view = next;
    const beat = next.beat;
    const sceneShown = world.visible;
    world.visible = textBox.visible = beat !== null;
    textApp.canvas.style.visibility = beat ? 'visible' : 'hidden';
    if (beat && beat !== shownBeat) {
      shownBeat = beat;
      textBox.setLine(next.speaker?.name ?? null, next.speaker?.color ?? null, beat.text);
      textBox.reveal(next.typing ? 0 : Infinity);
    } else if (!beat) {
      shownBeat = stagedBeat = null;
    }
    // While skipping only the words change; the stage catches up once, on the line skipping lands on.
    if (beat && !next.skipping && beat !== stagedBeat) {
      const previous = stagedBeat;
      stagedBeat = beat;
      if (previous?.stage !== beat.stage || previous.speaker !== beat.speaker) void showStage(beat, previous);
      else appliedBeat = beat.id;
    }
    schedule(world.visible !== sceneShown, true);
  }

  function resize(): void {
    const width = parent.clientWidth || window.innerWidth;
    const height = parent.clientHeight || window.innerHeight;
    app.renderer.resize(width, height, baseResolution);
    layout = computeLayout(width, height, textScale);
    placeTextLayer(textApp, layout);
    for (const listener of layoutListeners) listener(layout);
    background.resize(layout);
    portraits.resize(layout);
    effects.resize(layout);
    textBox.resize(layout);
    curtain.clear().rect(0, 0, width, height).fill(0x000000);
    schedule();
  }

  async function preload(beats: readonly Beat[]): Promise<void> {
    const stages = new Set<BeatStage>(beats.map((b) => b.stage));
    const keep = new Set<string>();
    const loads: Promise<Texture>[] = [];
    for (const stage of stages) {
      const bg = bgTexture(stage.bg);
      if (bg && stage.bg) {
        loads.push(bg);
        keep.add(catalogue.bg(stage.bg) ?? `missing:bg/${stage.bg}`);
      }
      for (const a of stage.cast) {
        loads.push(portraitTexture(a.id, a.expression));
        keep.add(catalogue.portrait(a.id, a.expression) ?? `missing:portraits/${a.id}-${a.expression}`);
      }
    }
    for (const b of stagedBeat ? [stagedBeat] : []) {
      if (b.stage.bg) keep.add(catalogue.bg(b.stage.bg) ?? `missing:bg/${b.stage.bg}`);
      for (const a of b.stage.cast) keep.add(catalogue.portrait(a.id, a.expression) ?? `missing:portraits/${a.id}-${a.expression}`);
    }
    const loaded = await Promise.all(loads);
    // Upload now, off the reading path, so the scene change does not stall on the GPU.
    for (const t of loaded) if (!t.destroyed) app.renderer.texture.initSource(t.source);
    // Free art kept for neither this request nor the one before, unless a sprite still shows it.
    textures.prune(new Set([...keep, ...keptBefore]), liveTextures(world));
    keptBefore = keep;
  }

  window.addEventListener('resize', resize);
  resize();

  return {
    canvas: app.canvas,
    render,
    preload,
    resize,
    setTextScale(scale) {
      if (scale === textScale) return;
      textScale = scale;
      resize();
    },
    onTransition(listener) {
      transitionListeners.add(listener);
    },
    finishTransitions() {
      // A finished fade-out starts its fade-in: finish until nothing runs (bounded, in case of a loop).
      for (let i = 0; i < 4 && animator.active; i++) animator.finishAll();
      reportTransition();
      schedule(true, false);
    },
    thumbnail(width = 320) {
      // Drawing buffers are cleared after compositing, so render and copy in one go.
      app.render();
      textApp.render();
      const height = Math.round((width * app.screen.height) / app.screen.width);
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      const ctx = canvas.getContext('2d');
      if (!ctx) return null;
      ctx.drawImage(app.canvas, 0, 0, width, height);
      const k = width / app.screen.width;
      const box = textApp.canvas.getBoundingClientRect();
      const root = app.canvas.getBoundingClientRect();
      if (textBox.visible) ctx.drawImage(textApp.canvas, (box.left - root.left) * k, (box.top - root.top) * k, box.width * k, box.height * k);
      const webp = canvas.toDataURL('image/webp', 0.6);
      return webp.startsWith('data:image/webp') ? webp : canvas.toDataURL('image/jpeg', 0.6);
    },
    onLayout(listener) {
      layoutListeners.add(listener);
      listener(layout);
    },
    stats,
    destroy() {
      window.removeEventListener('resize', resize);
      textApp.destroy(true, { children: true });
      app.destroy(true, { children: true, texture: true });
    },
  };
}

/** A canvas of our own with a WebGL renderer that draws only when asked. */
async function createLayer(parent: HTMLElement, options: { background?: number; backgroundAlpha?: number }): Promise<Application> {
  const app = new Application();
  await app.init({
    preference: 'webgl',
    ...options,
    antialias: false,
    autoStart: false,
    sharedTicker: false,
    resolution: Math.min(window.devicePixelRatio || 1, 2),
    autoDensity: true,
    width: parent.clientWidth || window.innerWidth,
    height: parent.clientHeight || window.innerHeight,
  });
  // Pixi falls back to a 2D canvas renderer; our effects and budgets assume WebGL, so say so instead.
  if (app.renderer.type !== RendererType.WEBGL) {
    app.destroy(true);
    throw new Error('WebGL is unavailable in this browser.');
  }
  app.ticker.stop();
  app.canvas.setAttribute('aria-hidden', 'true');
  parent.appendChild(app.canvas);
  return app;
}

/** Whether WebGL runs on the CPU (SwiftShader, llvmpipe): then moving frames start at a lower resolution. */
function isSoftwareRenderer(app: Application): boolean {
  const gl = (app.renderer as WebGLRenderer).gl;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  return /swiftshader|llvmpipe|software/i.test(name);
}

/** Sizes and places the text canvas over the text box only; its stage is shifted to match. */
function placeTextLayer(textApp: Application, layout: Layout): void {
  const { x, y, width, height } = layout.textBox;
  const [left, top] = [Math.floor(x) - 2, Math.floor(y) - 2];
  const [w, h] = [Math.ceil(x + width) + 2 - left, Math.ceil(y + height) + 2 - top];
  textApp.renderer.resize(w, h);
  Object.assign(textApp.canvas.style, { left: `${left}px`, top: `${top}px`, width: `${w}px`, height: `${h}px` });
  textApp.stage.position.set(-left, -top);
}

/** How much larger than 1920x1080 the background must be drawn to cover the scene. */
function coverFactor(layout: Layout): number {
  return Math.max(layout.scene.width / BG_SIZE.width, layout.scene.height / BG_SIZE.height);
}

/** Textures that some sprite under `root` shows right now. */
function liveTextures(root: Container): Set<Texture> {
  const live = new Set<Texture>();
  const visit = (node: Container): void => {
    if (node instanceof Sprite) live.add(node.texture);
    for (const child of node.children) visit(child);
  };
  visit(root);
  return live;
}
