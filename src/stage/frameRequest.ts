/** Half a frame at 60 Hz: a frame run sooner than this after the last would share its screen refresh. */
const MIN_GAP_MS = 8;

/**
 * The stage's one pending frame: asked for on the next animation frame however often it is asked,
 * or run at once when a reader's press brings new words (`hurry`). A press that waits for the next
 * animation frame waits up to a whole refresh before anything is drawn; drawn in the task that
 * brought it, the frame is shown at the next refresh. A press right after a frame waits as before,
 * so a burst of views never draws more than one frame per refresh.
 */
export class FrameRequest {
  private cancel: (() => void) | null = null;
  private lastRun = -Infinity;

  constructor(
    private readonly run: (now: number) => void,
    private readonly clock: { now(): number; next(cb: () => void): () => void } = animationFrames,
  ) {}

  get pending(): boolean {
    return this.cancel !== null;
  }

  /** A run on the next animation frame (one, however often asked before it). */
  request(): void {
    if (this.cancel) return;
    this.cancel = this.clock.next(() => this.fire());
  }

  /** The pending run now, unless a run was less than half a frame ago. */
  hurry(): void {
    if (!this.cancel || this.clock.now() - this.lastRun < MIN_GAP_MS) return;
    this.cancel();
    this.fire();
  }

  private fire(): void {
    this.cancel = null;
    const now = this.clock.now();
    this.lastRun = now;
    this.run(now);
  }
}

/** Runs `cb` on the next animation frame (a timer where there are none); returns a way to cancel it. */
export function nextAnimationFrame(cb: () => void): () => void {
  if (typeof requestAnimationFrame === 'function') {
    const id = requestAnimationFrame(cb);
    return () => cancelAnimationFrame(id);
  }
  const id = setTimeout(cb, 16);
  return () => clearTimeout(id);
}

const animationFrames = { now: () => performance.now(), next: nextAnimationFrame };
