/**
 * Dynamic resolution for moving frames. Software WebGL pays per pixel, so when frames that move
 * (dissolves, fades, sway) come slower than the budget, they are drawn at a lower resolution; the
 * frame at rest is always drawn at full resolution, so a line is read sharp. Pure; no Pixi.
 */
export class MotionQuality {
  /** Resolution factor for moving frames, 1 = full. */
  scale: number;
  private lastMoving: number | null = null;

  /** `start`: the first guess (lower on a software renderer, where every pixel is slow). */
  constructor(
    private readonly budgetMs = 34,
    private readonly floor = 0.35,
    start = 1,
  ) {
    this.scale = start;
  }

  /** Call once per frame with its timestamp; returns the factor to draw this frame at. */
  frame(now: number, moving: boolean): number {
    if (!moving) {
      this.lastMoving = null;
      return 1;
    }
    if (this.lastMoving !== null) {
      const interval = now - this.lastMoving;
      // Scale area with the overshoot: the cost of a frame grows with its pixels (scale squared).
      if (interval > this.budgetMs) this.scale = Math.max(this.floor, this.scale * Math.sqrt(this.budgetMs / interval));
      else if (interval < this.budgetMs * 0.6) this.scale = Math.min(1, this.scale * 1.05);
    }
    this.lastMoving = now;
    return this.scale;
  }
}
