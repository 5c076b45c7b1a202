/**
 * The one message protocol between the page and the stage. The stage (Pixi: background, portraits,
 * effects, the text box) runs in a dedicated Web Worker on transferred OffscreenCanvases, or, where a
 * worker cannot have WebGL, in the page behind a MessageChannel: the same messages either way.
 *
 * Everything here is plain, structured-clonable data. The page sends commands (what to show); the
 * stage answers with events (what it did). Times cross as epoch milliseconds
 * (`performance.timeOrigin + performance.now()`), since a worker's clock starts elsewhere.
 */
import type { Beat, Stage as BeatStage } from '../compiler/story';
import type { ArtKind, RasterSize, Scale } from '../art/rasterSizes';
import type { Trims } from '../art/trims';
import type { ArtFile } from './artFiles';

/** The canvas size in CSS pixels and the device pixel ratio the stage draws at (capped at 2). */
export interface StageSize {
  width: number;
  height: number;
  dpr: number;
}

/** Rasterised art: `url[id][scale]`, and the pixel size each kind was rasterised at per scale. */
export interface ArtTable {
  bg: Record<string, Partial<Record<Scale, string>>>;
  portraits: Record<string, Partial<Record<Scale, string>>>;
  sizes: Record<ArtKind, Record<Scale, RasterSize>>;
  /** Files cut to their visible box, by URL: where the box sits in the full picture (src/art/trims.ts). */
  trims: Trims;
}

/** A font face the text box uses, loaded into the worker's own font set. */
export interface FontSource {
  family: string;
  url: string;
  weight: string;
  style: 'normal' | 'italic';
}

/** The line on stage: the beat (plain data, cloned) with its speaker's name and colour resolved. */
export interface StageLine {
  beat: Beat;
  speaker: { name: string; color: string } | null;
}

/** What the stage shows now. */
export interface StageView {
  line: StageLine | null;
  /** The typewriter runs from `lineStartedAt` (epoch ms) at `charsPerSecond` (Infinity: at once). */
  typing: boolean;
  lineStartedAt: number;
  charsPerSecond: number;
  /** While skipping only the words change; the stage catches up on the line skipping lands on. */
  skipping: boolean;
}

export interface StageSettings {
  /** The reader's text size (1 = default). */
  textScale: number;
  reducedMotion: boolean;
}

/** Page to stage. */
export type StageCommand =
  /** Worker mode only: can this worker draw WebGL on an OffscreenCanvas? Answered by `probe`. */
  | { type: 'probe' }
  /** Starts the stage. `canvases` are the transferred scene and text canvases (worker mode only). */
  | {
      type: 'init';
      size: StageSize;
      art: ArtTable;
      fonts: FontSource[];
      settings: StageSettings;
      canvases?: { scene: OffscreenCanvas; text: OffscreenCanvas };
      /** Stages whose art is fetched and decoded while the renderers start (the first scene's). */
      preload?: BeatStage[];
      /** The first line's pictures, which the page is fetching and decoding: each comes in an `art`. */
      arriving?: ArtFile[];
    }
  /** One of the `arriving` pictures, decoded (transferred), or null when the page could not decode it. */
  | { type: 'art'; key: string; bitmap: ImageBitmap | null }
  | { type: 'resize'; size: StageSize }
  | { type: 'settings'; settings: StageSettings }
  | { type: 'view'; view: StageView }
  /** A press during a dissolve or fade: jump every running transition to its end. */
  | { type: 'finish-transitions' }
  /**
   * Decode and upload these stages' art ahead of time, then `spare`'s (nearest first) while it fits the
   * stage's budget; free art that none of them nor the stage use.
   */
  | { type: 'preload'; stages: BeatStage[]; spare?: BeatStage[] }
  /** A small picture of the scene and text box as they are; answered by `thumbnail` with the same id. */
  | { type: 'thumbnail'; id: number; width: number }
  /** Test builds only: counters (answered by `inspect`), a WebGL context loss then restore, a crash. */
  | { type: 'inspect'; id: number }
  | { type: 'lose-context' }
  /** Test builds only: throw from the stage, as a bug would (the page must start it again). */
  | { type: 'crash' };

/** Stage to page. */
export type StageEvent =
  | { type: 'probe'; webgl: boolean; detail: string }
  | { type: 'ready'; renderer: string }
  /** The stage could not start (no WebGL, say); the page falls back or says so. */
  | { type: 'failed'; message: string }
  /**
   * Transitions started running (true) or the last one ended (false). `finished` counts the
   * finish-transitions commands handled before it: the page ignores news older than its last press.
   */
  | { type: 'transition'; running: boolean; finished: number }
  /** The typewriter finished the line of `beatId`. */
  | { type: 'typed'; beatId: string }
  /**
   * A frame was drawn. `staged`: the beat whose art is applied and drawn; `text`: the beat whose words
   * are in the box, `complete` once in full; `settled`: no transition runs and no art is on its way.
   */
  | { type: 'frame'; staged: string | null; text: string | null; complete: boolean; settled: boolean; frames: number; textFrames: number; at: number }
  | { type: 'thumbnail'; id: number; blob: Blob | null }
  /** Something the page's console should show (a missing asset, say); the reader keeps reading. */
  | { type: 'warning'; message: string }
  | ({ type: 'inspect'; id: number; preloadsDone: number; heapBytes: number | null } & StageInspection)
  | { type: 'context'; lost: boolean };

/** What a test build's `inspect` reads of the stage itself (beside the runtime's counters). */
export interface StageInspection {
  textures: number;
  texturesPerBatch: number;
  textCache: number;
  artPending: number;
  contextLost: boolean;
}

/** Either end of the protocol: a worker, the worker's global scope, or a MessagePort. */
export interface Port<Out, In> {
  postMessage(message: Out, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<In>) => void): void;
}

/** Epoch milliseconds, comparable between the page and a worker. */
export const epochNow = (): number => performance.timeOrigin + performance.now();
