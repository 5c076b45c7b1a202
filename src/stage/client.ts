import type { Beat, Stage as BeatStage } from '../compiler/story';
import type { View } from '../story/view';
import { stageFiles } from './artFiles';
import { computeLayout, textLayerRect } from './layout';
import type { Layout } from './layout';
import type { ArtTable, FontSource, StageCommand, StageEvent, StageInspection, StageSettings, StageSize, StageView } from './protocol';
import { freshCanvases, startInPage, startWorker } from './links';
import { decodeAhead, handOver } from './openingArt';
import type { Delivery } from './openingArt';
import type { Link, Post } from './links';
import { preferredMode } from './spawn';
import type { StageMode } from './spawn';
import { sameStageView, stageView } from './stageView';

export type { StageMode } from './spawn';

export interface StageOptions {
  parent: HTMLElement;
  art: ArtTable;
  fonts: FontSource[];
  settings: StageSettings;
  /** 'page' forces in-page drawing (a test, or a browser known to need it). */
  mode?: StageMode;
  /**
   * Resolves when the page may take on heavy work. The in-page stage (Pixi on this thread) waits for
   * it before it starts; a worker starts at once, on its own thread.
   */
  idle?: () => Promise<void>;
  /**
   * Beats whose art the stage decodes while it starts (the first scene's): New Game then finds it
   * ready. A promise lets the worker's script load while the story that names them still loads.
   */
  preload?: readonly Beat[] | Promise<readonly Beat[]>;
}

export interface FrameInfo {
  staged: string | null;
  text: string | null;
  /** The words are shown in full. */
  complete: boolean;
  settled: boolean;
  frames: number;
  textFrames: number;
  /** Epoch ms at which the stage drew it. */
  at: number;
}

export interface StageHandle {
  readonly mode: StageMode;
  /** Shows `view`; showing the same view twice changes nothing. */
  render(view: View): void;
  /**
   * Has the art of `beats` decoded and uploaded ahead of time, then `spare`'s (nearest first) as far as
   * the stage's budget goes; frees art none of them uses.
   */
  preload(beats: readonly Beat[], spare?: readonly Beat[]): void;
  resize(): void;
  setSettings(settings: StageSettings): void;
  /** Called when transitions start running and when the last one ends. */
  onTransition(listener: (running: boolean) => void): void;
  /** Jumps every running transition to its end (a press during a dissolve). */
  finishTransitions(): void;
  /** A small picture of the stage as it is (scene and text box, never a menu over them), as a data URL. */
  thumbnail(width?: number): Promise<string | null>;
  /** Called with every new layout (and once now), so DOM controls can sit where the stage put the box. */
  onLayout(listener: (layout: Layout) => void): void;
  /** Called for every frame the stage reports drawn. */
  onFrame(listener: (frame: FrameInfo) => void): void;
  /** The last frame the stage reported. */
  readonly lastFrame: FrameInfo | null;
  /** Test builds: the stage's counters, and a WebGL context loss and restore. */
  inspect(): Promise<(StageInspection & { preloadsAsked: number; preloadsDone: number; heapBytes: number | null }) | null>;
  loseContext(): void;
  crash(): void;
  destroy(): void;
}

const MAX_RESTARTS = 3;

/**
 * The page's side of the stage. It decides where the stage draws: in a dedicated worker on transferred
 * OffscreenCanvases where a worker can have WebGL, else in the page through the same protocol. The
 * choice is made before `transferControlToOffscreen`, which leaves a canvas the page can no longer
 * draw on. A worker that fails to start falls back to the page; one that crashes mid-read is
 * started again on fresh canvases and shown the current line.
 */
export async function createStage(options: StageOptions): Promise<StageHandle> {
  const { parent } = options;
  let settings = options.settings;
  let lastView: StageView | null = null;
  let lastFrame: FrameInfo | null = null;
  /** Preloads asked of the stage (test builds' counters, beside the stage's `preloadsDone`). */
  let preloadsAsked = 0;
  let layout = computeLayout(1, 1);
  const transitionListeners = new Set<(running: boolean) => void>();
  const layoutListeners = new Set<(layout: Layout) => void>();
  const frameListeners = new Set<(frame: FrameInfo) => void>();
  const pending = new Map<number, (event: StageEvent) => void>();
  let nextId = 1;
  let restarts = 0;
  /** Finish-transitions commands sent; the stage's transition news counts those it has handled. */
  let finishesSent = 0;
  let running = false;
  const setRunning = (next: boolean): void => {
    if (next === running) return;
    running = next;
    for (const listener of transitionListeners) listener(running);
  };

  // The first line's art is fetched and decoded here while the stage starts (openingArt.ts); the
  // stage that starts first is told to expect it, and is handed it once up.
  let opening: Promise<Delivery[]> | null = Promise.resolve(options.preload ?? []).then((beats) => {
    const size = measure();
    const first = beats[0];
    return first ? decodeAhead(stageFiles(options.art, first.stage, computeLayout(size.width, size.height, settings.textScale), size.dpr)) : [];
  });
  opening.catch(() => undefined); // awaited by the start; not unhandled meanwhile
  let link = await connect(options.mode ?? preferredMode());

  function onEvent(event: StageEvent): void {
    switch (event.type) {
      case 'transition':
        // News from before the stage saw the reader's last press is stale: that press ended it.
        if (event.finished >= finishesSent) setRunning(event.running);
        return;
      case 'frame':
        lastFrame = event;
        for (const listener of frameListeners) listener(event);
        return;
      case 'warning':
        return console.warn(event.message);
      case 'thumbnail':
      case 'inspect':
        pending.get(event.id)?.(event);
        pending.delete(event.id);
        return;
      default:
        return;
    }
  }

  /** Starts a stage in `mode` on fresh canvases; falls back to the page when a worker cannot draw. */
  async function connect(mode: StageMode): Promise<Link> {
    const canvases = freshCanvases(parent);
    // The text box's canvas takes its place at once: moved there later, it counts as a layout shift.
    const size = place(canvases.text);
    const init = Promise.all([options.preload ?? [], opening ?? []]).then(([beats, deliveries]) => ({
      type: 'init' as const, size, art: options.art, fonts: options.fonts, settings, preload: distinctStages(beats), arriving: deliveries.map((d) => d.file),
    }));
    init.catch(() => undefined); // awaited by the path taken below; not unhandled meanwhile
    if (mode === 'worker') {
      const worker = await startWorker(canvases, init, onEvent, () => void restart(), handOverOpening);
      if (worker) return worker;
      canvases.scene.remove();
      canvases.text.remove();
      return connect('page');
    }
    await options.idle?.();
    return startInPage(canvases, await init, onEvent, handOverOpening);
  }

  /**
   * Sends the first line's decoded art right behind the init that said to expect it, once: a stage
   * started after that (a fallback, a restart) is not told to expect it.
   */
  function handOverOpening(post: Post): void {
    const deliveries = opening;
    opening = null;
    void deliveries?.then((d) => handOver(d, post));
  }

  /** A worker crashed mid-read: start again on fresh canvases and show the current line. */
  async function restart(): Promise<void> {
    link.dispose();
    finishesSent = 0; // a new stage counts from zero
    lastFrame = null; // and has drawn nothing yet
    setRunning(false);
    link = await connect(++restarts > MAX_RESTARTS ? 'page' : link.mode);
    place();
    if (lastView) link.post({ type: 'view', view: lastView });
  }

  function measure(): StageSize {
    return {
      width: parent.clientWidth || window.innerWidth,
      height: parent.clientHeight || window.innerHeight,
      dpr: Math.min(window.devicePixelRatio || 1, 2),
    };
  }

  /** Sizes the canvases' boxes (CSS) to the layout; the stage sizes their pixels. */
  function place(text: HTMLCanvasElement = link.text): StageSize {
    const size = measure();
    layout = computeLayout(size.width, size.height, settings.textScale);
    const r = textLayerRect(layout);
    Object.assign(text.style, { left: `${r.x}px`, top: `${r.y}px`, width: `${r.width}px`, height: `${r.height}px` });
    for (const listener of layoutListeners) listener(layout);
    return size;
  }

  function resize(): void {
    link.post({ type: 'resize', size: place() });
  }

  /** Posts a request that the stage answers with the same id; null if it does not answer in time. */
  function ask<T extends StageEvent>(command: (id: number) => StageCommand, timeoutMs: number): Promise<T | null> {
    const id = nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => (pending.delete(id), resolve(null)), timeoutMs);
      pending.set(id, (event) => (clearTimeout(timer), resolve(event as T)));
      link.post(command(id));
    });
  }

  window.addEventListener('resize', resize);
  place();

  return {
    get mode() {
      return link.mode;
    },
    get lastFrame() {
      return lastFrame;
    },
    render(view) {
      const next = stageView(view);
      if (sameStageView(lastView, next)) return;
      lastView = next;
      link.post({ type: 'view', view: lastView });
    },
    preload(beats, spare = []) {
      preloadsAsked++;
      link.post({ type: 'preload', stages: distinctStages(beats), spare: distinctStages(spare) });
    },
    resize,
    setSettings(next) {
      const relayout = next.textScale !== settings.textScale;
      settings = next;
      link.post({ type: 'settings', settings });
      if (relayout) place();
    },
    onTransition(listener) {
      transitionListeners.add(listener);
    },
    finishTransitions() {
      // The stage ends every running transition on receipt: the next press may read on at once.
      finishesSent++;
      link.post({ type: 'finish-transitions' });
      setRunning(false);
    },
    async thumbnail(width = 320) {
      const answer = await ask<Extract<StageEvent, { type: 'thumbnail' }>>((id) => ({ type: 'thumbnail', id, width }), 5000);
      return answer?.blob ? dataUrl(answer.blob) : null;
    },
    onLayout(listener) {
      layoutListeners.add(listener);
      listener(layout);
    },
    onFrame(listener) {
      frameListeners.add(listener);
    },
    async inspect() {
      const answer = await ask<Extract<StageEvent, { type: 'inspect' }>>((id) => ({ type: 'inspect', id }), 5000);
      if (!answer) return null;
      const { type: _type, id: _id, ...figures } = answer;
      return { ...figures, preloadsAsked };
    },
    loseContext() {
      link.post({ type: 'lose-context' });
    },
    crash() {
      link.post({ type: 'crash' });
    },
    destroy() {
      window.removeEventListener('resize', resize);
      link.dispose();
    },
  };
}

function dataUrl(blob: Blob): Promise<string | null> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : null);
    reader.onerror = () => resolve(null);
    reader.readAsDataURL(blob);
  });
}

/** Each stage once: a scene's lines mostly share one. */
const distinctStages = (beats: readonly Beat[]): BeatStage[] => [...new Map(beats.map((b) => [JSON.stringify(b.stage), b.stage])).values()];
