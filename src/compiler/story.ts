/**
 * The compiled story: plain data, the only thing the runtime knows of the script.
 * Nothing here refers to the AST; every beat carries its whole stage.
 */

/** Where a statement came from; 1-based. */
export interface Span {
  file: string;
  line: number;
  column: number;
  /** Characters covered on that line (at least 1). */
  length: number;
}

export const PLACES = ['far-left', 'left', 'mid-left', 'center', 'mid-right', 'right', 'far-right'] as const;
export type Place = (typeof PLACES)[number];

export const TRANSITIONS = ['cut', 'fade', 'dissolve'] as const;
export type TransitionKind = (typeof TRANSITIONS)[number];

export const EFFECTS = ['blur', 'dim', 'sway', 'dark'] as const;
export type Effect = (typeof EFFECTS)[number];

export interface Transition {
  kind: TransitionKind;
  /** Milliseconds; 0 for a cut. */
  duration: number;
}

export interface StageActor {
  id: string;
  expression: string;
  place: Place;
}

/** Everything on screen and in the speakers while a beat shows. Shared between beats when unchanged. */
export interface Stage {
  bg: string | null;
  /** Ordered left to right by place. */
  cast: readonly StageActor[];
  ambience: string | null;
  effects: readonly Effect[];
}

/**
 * The markup of a beat's text, for the stage. Offsets are UTF-16 code units of `Beat.text` (plain
 * JavaScript string indices), so `text.slice(start, end)` is the emphasised part.
 */
export interface RichText {
  /** Emphasised ranges [start, end), in order, never overlapping. */
  emphasis: [number, number][];
  /** Where the typewriter and auto wait, and for how long (ms); skip passes them. In order. */
  pauses: { at: number; ms: number }[];
}

export interface Beat {
  /** Stable across edits elsewhere: scene id + hash of speaker and text. */
  id: string;
  index: number;
  scene: string;
  /** A cast id, or null for narration. */
  speaker: string | null;
  /** Plain text: no markup, escapes resolved, a line break as "\n". What the mirror, backlog and saves show. */
  text: string;
  /** Emphasis and pauses in `text`; absent on a line without markup. */
  rich?: RichText;
  stage: Stage;
  /** One-shot sounds that play as the beat appears. */
  sfx: readonly string[];
  /** How the background arrives when it differs from the previous beat's. */
  bgTransition: Transition;
  /** How portraits arrive or leave when the cast differs from the previous beat's. */
  castTransition: Transition;
  span: Span;
}

export interface CastMember {
  name: string;
  color: string;
}

export interface SceneInfo {
  id: string;
  title: string;
  /** Index of the scene's first beat in `Story.beats`. */
  firstBeat: number;
  beatCount: number;
}

export interface Story {
  title: string;
  cast: Record<string, CastMember>;
  scenes: SceneInfo[];
  beats: Beat[];
}

/** The asset ids that exist; the compiler reports references to anything else. */
export interface AssetIndex {
  bg: ReadonlySet<string>;
  portraits: ReadonlySet<string>;
  audio: ReadonlySet<string>;
}
