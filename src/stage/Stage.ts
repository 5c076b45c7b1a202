import type { Beat, Stage as BeatStage } from '../compiler/story';
import type { ArtFile } from './artFiles';
import { drawOneTexturePerBatch } from './batchLimits';
import { planFrame } from './framePlan';
import { computeLayout } from './layout';
import type { Layout } from './layout';
import { FrameLedger } from './frameLedger';
import { FrameRequest } from './frameRequest';
import type { ArtTable, StageEvent, StageInspection, StageSettings, StageSize, StageView } from './protocol';
import { Scene } from './scene';
import { StageArt } from './stageArt';
import type { StagePictures } from './stageArt';
import { thumbnail } from './thumbnail';
import { Surface } from './surface';
import { TextLayer } from './textLayer';
import { until } from './until';
import { Animator } from './tween';

type AnyCanvas = HTMLCanvasElement | OffscreenCanvas;

// Every renderer the stage makes draws one texture per batch (see batchLimits.ts).
drawOneTexturePerBatch();

/**
 * How long after a view art wanted ahead waits to decode and go up: a decode or an upload takes a
 * core, and on two cores one started beside a press slowed its frame and the page's answer.
 */
const BETWEEN_PRESSES_MS = 400;

export interface StageParts {
  scene: AnyCanvas;
  text: AnyCanvas;
  size: StageSize;
  settings: StageSettings;
  art: ArtTable;
  emit: (event: StageEvent) => void;
  /** Stages whose art is fetched and decoded while the renderers start. */
  preload?: readonly BeatStage[];
  /** Pictures the page is decoding for the first line, delivered by `deliver`. */
  arriving?: readonly ArtFile[];
  /** The text box's fonts, loading (a worker's own): text is first measured once they are in. */
  fonts?: Promise<void>;
}

/**
 * The Pixi stage: the scene (scene.ts) and the text box, each on a canvas of its own, drawn on
 * demand, in a worker or in the page (it touches no DOM). No ticker runs: a frame is drawn when
 * something changed, and frames keep coming only while a transition, the typewriter or a moving effect
 * runs. Every frame is drawn at the full resolution; the art's scale follows the screen alone.
 */
export class Stage {
  private readonly app = new Surface();
  private readonly text = new TextLayer();
  private readonly animator = new Animator();
  private readonly scene = new Scene(this.animator);
  private readonly art: StageArt;
  private layout!: Layout;
  private size: StageSize;
  private settings: StageSettings;
  private view: StageView | null = null;
  /** The beat whose words are in the text box, and the beat whose stage is drawn (they differ while skipping). */
  private shown: Beat | null = null;
  private staged: Beat | null = null;
  /** The beat whose art is applied; `loading` while a newer beat's art is on its way. */
  private applied: string | null = null;
  /** The last frame drew new words and left the scene for this one. */
  private sceneWaited = false;
  /** The words on show came by reading on (the line after the one before), not by a jump, load or rollback. */
  private readOn = false;
  private loading = 0;
  private token = 0;
  private readonly frameRequest = new FrameRequest((now) => this.frame(now));
  private sceneDirty = false;
  private textDirty = false;
  private transitionRunning = false;
  private finished = 0;
  private version = '';
  /** When the last view came: art wanted ahead waits until the reader is between presses. */
  private viewAt = -Infinity;
  /** The scene's frames: drawn, showing whose art, reported on screen (frameLedger.ts). */
  private readonly ledger: FrameLedger;

  private constructor(private readonly parts: StageParts) {
    this.size = parts.size;
    this.ledger = new FrameLedger(parts.emit);
    this.settings = parts.settings;
    this.art = new StageArt(
      parts.art,
      (message) => parts.emit({ type: 'warning', message }),
      () => ({ layout: this.layout, dpr: this.size.dpr }),
      () => this.frameRequest.pending || this.loading > 0 || this.animator.active || this.app.uploading,
      (texture) => this.app.upload(texture),
      () => this.loading === 0 && performance.now() - this.viewAt > BETWEEN_PRESSES_MS,
    );
    this.layout = computeLayout(this.size.width, this.size.height, this.settings.textScale);
  }

  /**
   * Creates both WebGL renderers; rejects when WebGL is unavailable. The art of `parts.preload` is
   * fetched and decoded meanwhile: starting WebGL and compiling shaders leave the network and the
   * image decoder idle otherwise.
   */
  static async create(parts: StageParts): Promise<Stage> {
    const stage = new Stage(parts);
    stage.art.expect(parts.arriving ?? []);
    // The first stage is the first line's: a frame will wait on it, so it decodes before the rest.
    const early = stage.preload(parts.preload ?? [], [], 1);
    early.catch(() => undefined); // a picture that fails is a placeholder and a warning, never a failed start
    await stage.init();
    stage.art.startUploads();
    return stage;
  }

  /** The WebGL version string, read as the renderer starts (later it would wait for the GPU's queue). */
  get renderer(): string {
    return this.version;
  }

  /** What tests and the bench read of the stage (test builds' `inspect`). */
  inspect(): StageInspection {
    return {
      // Textures on the GPU (both renderers): what must return to its baseline after a read-through.
      textures: this.app.textureCount + this.text.surface.textureCount,
      // Textures one batch may draw from, the most of both renderers (see batchLimits.ts).
      texturesPerBatch: Math.max(this.app.renderer.limits.maxBatchableTextures, this.text.surface.renderer.limits.maxBatchableTextures),
      // Entries in Pixi's text caches (see textCaches.ts): the line on screen's, not every line read.
      textCache: this.text.cacheSize,
      // Pictures still to decode or upload, or to be finished by the GPU.
      artPending: this.art.pending + (this.app.uploading ? 1 : 0),
      contextLost: this.app.gl.isContextLost(),
    };
  }

  /** No transition runs, no art is on its way and no scene draw is due. */
  private get settled(): boolean {
    return !this.animator.active && this.loading === 0 && !this.sceneDirty;
  }

  private async init(): Promise<void> {
    const { width, height, dpr } = this.size;
    const common = { antialias: false, resolution: dpr, autoDensity: false };
    await this.app.init({ ...common, canvas: this.parts.scene, background: 0x000000, width, height });
    this.version = String(this.app.gl.getParameter(this.app.gl.VERSION));
    await this.text.init({ ...common, canvas: this.parts.text });
    this.app.stage.addChild(this.scene.root);
    // A restored context has lost every upload: draw everything again (Pixi re-uploads on demand).
    this.parts.scene.addEventListener('webglcontextlost', () => this.parts.emit({ type: 'context', lost: true }));
    this.parts.scene.addEventListener('webglcontextrestored', () => {
      this.parts.emit({ type: 'context', lost: false });
      this.schedule();
    });
    // The text box's renderer is a context of its own, with programs of its own.
    for (const surface of [this.app, this.text.surface]) surface.warm();
    await this.parts.fonts; // the first measure of text comes next, and Pixi keeps a font's metrics
    this.resize(this.size);
  }

  resize(size: StageSize): void {
    this.size = size;
    this.layout = computeLayout(size.width, size.height, this.settings.textScale);
    this.app.renderer.resize(size.width, size.height, size.dpr);
    this.text.resize(this.layout, size.dpr);
    this.scene.resize(this.layout);
    // The art's scale may change with the screen: show the staged beat again with art at the new scale.
    const staged = this.staged;
    if (staged) void this.showStage(staged, staged);
    this.schedule();
  }

  setSettings(settings: StageSettings): void {
    const relayout = settings.textScale !== this.settings.textScale;
    this.settings = settings;
    if (relayout) this.resize(this.size);
  }

  /** Draws `view`; drawing the same view twice changes nothing. */
  render(next: StageView): void {
    this.view = next;
    this.viewAt = performance.now();
    const beat = next.line?.beat ?? null;
    const sceneShown = this.scene.visible;
    this.scene.visible = this.text.visible = beat !== null;
    const newWords = beat !== null && beat.id !== this.shown?.id;
    if (beat && newWords) {
      this.readOn = this.shown !== null && beat.index === this.shown.index + 1;
      this.shown = beat;
      this.text.setLine(beat, next.line!.speaker, next.typing);
    } else if (beat && !next.typing) {
      this.text.showAll();
    } else if (!beat) {
      this.shown = this.staged = null;
      this.applied = null;
    }
    if (beat && !next.skipping && beat.id !== this.staged?.id) {
      const previous = this.staged;
      this.staged = beat;
      if (!previous || !sameStage(previous, beat)) void this.showStage(beat, previous);
      else {
        // The same stage: the pixels the scene shows are this beat's too.
        this.ledger.restaged(this.applied, beat.id);
        this.applied = beat.id;
      }
    }
    this.schedule(this.scene.visible !== sceneShown || !beat, true);
    // New words are drawn in the task that brought them (frameRequest.ts); skipping's are not hurried.
    if (newWords && !next.skipping) this.frameRequest.hurry();
  }

  /** Jumps every running transition to its end (a press during a dissolve). */
  finishTransitions(): void {
    this.finished++;
    this.endTransitions();
    this.reportTransition();
    this.schedule(true, false);
  }

  /** Every running transition at its end. A finished fade-out starts its fade-in: until nothing runs (bounded). */
  private endTransitions(): void {
    for (let i = 0; i < 4 && this.animator.active; i++) this.animator.finishAll();
  }

  /** A first-line picture the page decoded (see `StageParts.arriving`), or null when it could not. */
  deliver(key: string, bitmap: ImageBitmap | null): void {
    this.art.deliver(key, bitmap);
  }

  /**
   * Decodes and uploads the art of `stages` ahead of time (the first `needed` are wanted now), then of
   * `spare` as far as its budget goes; frees art that none of them, the request before, nor the stage
   * uses (see stageArt.ts).
   */
  preload(stages: readonly BeatStage[], spare: readonly BeatStage[] = [], needed = 0): Promise<void> {
    return this.art.preload([...stages, ...(this.staged ? [this.staged.stage] : [])], needed, () => this.scene.liveTextures(), spare);
  }

  /** The scene and its text box as they are now, `width` pixels wide (see thumbnail.ts). */
  async thumbnail(width: number): Promise<Blob | null> {
    // Pictured once the staged beat's art is in and no transition runs (the place a save names, at
    // rest), and once the frame that first showed it has reached the screen: drawn and read back
    // before that (an autosave at a scene start asks at once), its work came between that frame and
    // the screen.
    await until(() => this.settled && this.ledger.shows === this.applied && this.ledger.placeOnScreen);
    return thumbnail(this.app, this.text.picture, this.size, width);
  }

  /** Test builds: lose the WebGL context and get it back, as a GPU reset would. */
  loseContext(): void {
    this.app.loseContext();
  }

  /** Asks for a frame that redraws the scene, the text box, or both. */
  private schedule(scene = true, text = true): void {
    this.sceneDirty ||= scene;
    this.textDirty ||= text;
    // Until a line is shown the blank canvas is right, and on a software renderer a frame costs a readback.
    if (this.ledger.frames === 0 && !this.view?.line) return;
    this.frameRequest.request();
  }

  private frame(now: number): void {
    // Where the GPU is slower than the screen, a frame waits for the last one to finish (gpuPace.ts).
    // Nothing is stepped meanwhile: the transitions and the typewriter go by the clock, not by frames.
    if (this.app.behind || this.text.surface.behind) return this.frameRequest.request();
    const still = this.settings.reducedMotion;
    // While a newer stage's art decodes, the old stage holds still (its sway, its transitions): it is
    // about to go, and on a software renderer its frames would take the cores the decode needs.
    const held = this.loading > 0;
    const moving = !held && (this.animator.active || (this.scene.effects.animating && !still));
    if (!held) {
      this.animator.step(now);
      this.scene.effects.tick(now, still, this.sceneDirty);
    }
    const typing = this.text.reveal(this.view, (beatId) => this.parts.emit({ type: 'typed', beatId }));
    const { drawScene, drawText, wordsFirst, wordsWait } = planFrame({
      readOn: this.readOn, sceneDirty: this.sceneDirty, textDirty: this.textDirty, moving, typing,
      sceneWaited: this.sceneWaited, sceneShown: this.ledger.shows !== null, loading: held,
    });
    this.sceneWaited = wordsFirst;
    if (drawScene) {
      this.scene.prepareDraw();
      this.app.render();
      this.ledger.sceneDrawn(this.applied);
    }
    if (drawText) this.text.draw(this.shown?.id ?? null);
    if (drawScene) this.sceneDirty = false;
    if (!wordsWait) this.textDirty = false;
    this.reportTransition();
    if (drawScene || drawText) {
      this.ledger.report({ text: this.text.shows, complete: !typing, settled: this.settled, textFrames: this.text.frames });
    }
    const stillMoving = !held && (this.animator.active || (this.scene.effects.animating && !still));
    // Frames that only move or type are drawn for that reason alone: `sceneDirty` means something changed.
    if (stillMoving || typing || wordsFirst) this.schedule(false, false);
  }

  /** Tells the page when transitions start or all end. */
  private reportTransition(): void {
    if (this.animator.active === this.transitionRunning) return;
    this.transitionRunning = this.animator.active;
    this.parts.emit({ type: 'transition', running: this.transitionRunning, finished: this.finished });
  }

  /** Loads a beat's art, then swaps it in with the beat's transitions (unless a newer beat came). */
  private async showStage(beat: Beat, previous: Beat | null): Promise<void> {
    const mine = ++this.token;
    // The stage on screen is on its way out and holds still while the new art decodes: its transitions
    // end now, or the reader's next press would be spent finishing one that cannot be seen.
    this.endTransitions();
    this.reportTransition();
    this.loading++;
    let pictures: StagePictures;
    try {
      pictures = await this.art.pictures(beat.stage);
    } finally {
      this.loading--;
    }
    if (mine !== this.token) return this.schedule(true, false);
    // A later beat with this same stage may have been staged while the art loaded: it is the one shown.
    this.applied = this.staged && sameStage(this.staged, beat) ? this.staged.id : beat.id;
    this.scene.show(beat, previous, pictures, { skipping: this.view?.skipping ?? false, reducedMotion: this.settings.reducedMotion });
    this.schedule(true, false);
  }
}

/** Two beats show the same stage (and the same speaker lit). */
function sameStage(a: Beat, b: Beat): boolean {
  return a.speaker === b.speaker && JSON.stringify(a.stage) === JSON.stringify(b.stage);
}
