import type { Beat } from '../compiler/story';

/**
 * What changes between two beats on screen, beyond the cast (the portrait layer reconciles the cast
 * itself). Pure; the stage applies it, tests check it.
 */
export interface StageDiff {
  bgChanged: boolean;
  effectsChanged: boolean;
}

export function diffBeats(prev: Beat | null, next: Beat | null): StageDiff {
  return {
    bgChanged: (prev?.stage.bg ?? null) !== (next?.stage.bg ?? null),
    effectsChanged: (prev?.stage.effects ?? []).join() !== (next?.stage.effects ?? []).join(),
  };
}
