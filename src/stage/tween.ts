/**
 * Tweens for render-on-demand: the stage's frame loop runs only while a tween (or the typewriter)
 * is active, so an idle line costs nothing.
 */
export interface Tween {
  /** Milliseconds; 0 applies the end state on the next frame. */
  duration: number;
  /** Called with progress 0..1 (eased). */
  update(t: number): void;
  done?(): void;
}

const easeInOut = (t: number): number => (t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2);

export class Animator {
  private readonly running = new Map<object, { tween: Tween; start: number | null }>();

  /** Starts `tween` under `key`, finishing (not cancelling) any tween already under it. */
  play(key: object, tween: Tween): void {
    this.finish(key);
    this.running.set(key, { tween, start: null });
  }

  /** Jumps the tween under `key` to its end. */
  finish(key: object): void {
    const entry = this.running.get(key);
    if (!entry) return;
    this.running.delete(key);
    entry.tween.update(1);
    entry.tween.done?.();
  }

  finishAll(): void {
    for (const key of [...this.running.keys()]) this.finish(key);
  }

  get active(): boolean {
    return this.running.size > 0;
  }

  /** Advances every tween to `now`; returns whether any is still running. */
  step(now: number): boolean {
    for (const [key, entry] of [...this.running]) {
      // A tween finished or replaced by an earlier one's `done` this frame is over: no late update.
      if (this.running.get(key) !== entry) continue;
      entry.start ??= now;
      const t = entry.tween.duration <= 0 ? 1 : Math.min(1, (now - entry.start) / entry.tween.duration);
      entry.tween.update(easeInOut(t));
      if (t >= 1 && this.running.get(key) === entry) {
        this.running.delete(key);
        entry.tween.done?.();
      }
    }
    return this.active;
  }
}
