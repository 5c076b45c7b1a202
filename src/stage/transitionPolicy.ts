import type { Beat, Transition } from '../compiler/story';

export interface MotionFacts {
  /** Skipping: everything cuts. */
  skipping: boolean;
  /** The reader asked for reduced motion: dissolves become quick fades, arrivals cut. */
  reducedMotion: boolean;
}

export interface StagePlan {
  bg: Transition;
  cast: Transition;
  /** Milliseconds for effects (blur, dim) to ease in or out. */
  effectsMs: number;
}

const CUT: Transition = { kind: 'cut', duration: 0 };
const QUICK_FADE_MS = 200;

/**
 * How a beat comes on stage after `previous`. Reading on plays the script's transitions; rolling
 * back, jumping, loading and skipping show the beat at once (they are lookups, not performances);
 * reduced motion shortens dissolves into quick fades and cuts arrivals. Pure.
 */
export function planTransitions(beat: Beat, previous: Beat | null, motion: MotionFacts): StagePlan {
  const readingOn = previous !== null && previous.index + 1 === beat.index;
  if (!readingOn || motion.skipping) return { bg: CUT, cast: CUT, effectsMs: previous ? 0 : 600 };
  if (motion.reducedMotion) {
    const bg = beat.bgTransition.kind === 'cut' ? CUT : { kind: 'fade' as const, duration: QUICK_FADE_MS };
    return { bg, cast: CUT, effectsMs: QUICK_FADE_MS };
  }
  return { bg: beat.bgTransition, cast: beat.castTransition, effectsMs: 600 };
}
