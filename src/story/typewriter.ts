/**
 * The typewriter's clock: how many characters show after some time, and how long a line types,
 * when a writer's `{pause}` holds it at a character. Shared by the player machine (when typing is
 * done, so auto waits through pauses) and the stage (what to draw). Pure.
 */
export interface Pause {
  /** Offset in the line's plain text after which the typewriter waits. */
  at: number;
  ms: number;
}

const typing = (cps: number): boolean => Number.isFinite(cps) && cps > 0;

/** Characters shown `elapsedMs` after a line of `length` began typing at `cps` characters a second. */
export function charsShown(elapsedMs: number, cps: number, length: number, pauses: readonly Pause[] = []): number {
  if (!typing(cps) || !(elapsedMs >= 0)) return typing(cps) ? 0 : length;
  const perChar = 1000 / cps;
  // A hair of slack, so rounding in the divisions never leaves the last character unshown at the end.
  const chars = (ms: number) => Math.floor((ms * cps) / 1000 + 1e-6);
  let left = elapsedMs;
  let shown = 0;
  for (const pause of [...pauses].sort((a, b) => a.at - b.at)) {
    const at = Math.min(length, Math.max(shown, pause.at));
    const reach = (at - shown) * perChar;
    if (left < reach) return Math.min(at, shown + chars(left));
    left -= reach;
    shown = at;
    if (left < pause.ms) return shown;
    left -= Math.max(0, pause.ms);
  }
  return Math.min(length, shown + chars(left));
}

/** Milliseconds a line of `length` takes to type in full, pauses included (0 when text shows at once). */
export function typingMs(length: number, cps: number, pauses: readonly Pause[] = []): number {
  if (!typing(cps)) return 0;
  const held = pauses.reduce((sum, p) => sum + Math.max(0, p.ms), 0);
  return Math.ceil((Math.max(0, length) * 1000) / cps + held);
}
