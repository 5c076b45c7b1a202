/**
 * The reader's settings as plain data: the shape the saves layer stores and validates, and the ui
 * layer edits. Shared types only, so neither layer imports the other.
 */
export interface Settings {
  version: 1;
  /** Typewriter speed in characters per second; 0 means instant. */
  textSpeed: number;
  /** Auto-advance: the base wait after a line, in ms. */
  autoBaseMs: number;
  /** Auto-advance: the extra wait per character of the line, in ms. */
  autoPerCharMs: number;
  /** Skip also passes lines never read before (off: skip stops at the first unseen line). */
  skipUnseen: boolean;
  skipStopAtScene: boolean;
  masterVolume: number;
  ambienceVolume: number;
  soundVolume: number;
  muted: boolean;
  textScale: number;
  reducedMotion: boolean;
  /** Sound captions in the screen-reader mirror. */
  captions: boolean;
}
