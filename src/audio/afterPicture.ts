import type { View } from '../story/view';

/** What the gate needs of the stage: the beat its last frame showed, and news of each frame. */
export interface PictureSource {
  onFrame(listener: (frame: { staged: string | null }) => void): void;
}

/** The longest a beat's sound waits for its picture. */
export const SOUND_PATIENCE_MS = 1000;

/**
 * Holds back a view whose beat brings a new ambience until the stage has drawn that beat (or a second
 * has passed): decoding a new ambience takes a core for tens of milliseconds, and on a two-core
 * machine it took it from the frame the reader waits for (warm jumps 80-190 ms with it, 68-80 without).
 * The ambience cross-fades in over most of a second, so starting it a frame later is not heard.
 * Views behind a held one wait with it, so their sounds keep their order. Pure apart from the timer.
 */
export function soundAfterPicture(
  stage: PictureSource,
  play: (view: View) => void,
  ambienceNow: () => string | null,
  timers: { set: (work: () => void, ms: number) => unknown; clear: (handle: unknown) => void } = {
    set: (work, ms) => setTimeout(work, ms),
    clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  },
): (view: View) => void {
  const held: View[] = [];
  let awaited: string | null = null;
  let timer: unknown = null;

  const release = (): void => {
    if (timer !== null) timers.clear(timer);
    timer = null;
    awaited = null;
    for (const view of held.splice(0)) play(view);
  };

  stage.onFrame((frame) => {
    if (awaited !== null && frame.staged === awaited) release();
  });

  return (view) => {
    const beat = view.beat;
    // Against the ambience the views already held will set, if any.
    const before = held.length ? (held.at(-1)!.beat?.stage.ambience ?? null) : ambienceNow();
    const newAmbience = !view.skipping && beat !== null && (beat.stage.ambience ?? null) !== before;
    if (held.length === 0 && !newAmbience) return play(view);
    held.push(view);
    if (newAmbience) awaited = beat.id; // the latest such beat: the one the stage is on its way to
    timer ??= timers.set(release, SOUND_PATIENCE_MS);
  };
}
