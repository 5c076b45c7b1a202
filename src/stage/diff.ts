import type { Beat, StageActor } from '../compiler/story';

/**
 * What changes between two beats on screen. Pure; the stage applies it, tests check it.
 */
export interface StageDiff {
  bgChanged: boolean;
  /** Characters arriving, leaving, or changing expression or place. */
  entering: StageActor[];
  leaving: StageActor[];
  changing: StageActor[];
  effectsChanged: boolean;
  /** True when any portrait's highlight (speaker or not) differs. */
  focusChanged: boolean;
  textChanged: boolean;
}

export function diffBeats(prev: Beat | null, next: Beat | null): StageDiff {
  const before = prev?.stage.cast ?? [];
  const after = next?.stage.cast ?? [];
  const find = (list: readonly StageActor[], id: string) => list.find((a) => a.id === id);
  return {
    bgChanged: (prev?.stage.bg ?? null) !== (next?.stage.bg ?? null),
    entering: after.filter((a) => !find(before, a.id)),
    leaving: before.filter((a) => !find(after, a.id)),
    changing: after.filter((a) => {
      const old = find(before, a.id);
      return old !== undefined && (old.expression !== a.expression || old.place !== a.place);
    }),
    effectsChanged: (prev?.stage.effects ?? []).join() !== (next?.stage.effects ?? []).join(),
    focusChanged: (prev?.speaker ?? null) !== (next?.speaker ?? null),
    textChanged: prev?.id !== next?.id,
  };
}

/** True when the diff asks for nothing to be redrawn. */
export function isEmptyDiff(d: StageDiff): boolean {
  return !d.bgChanged && !d.entering.length && !d.leaving.length && !d.changing.length && !d.effectsChanged && !d.focusChanged && !d.textChanged;
}
