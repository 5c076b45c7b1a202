import { nextAnimationFrame } from './frameRequest';
import { epochNow } from './protocol';
import type { StageEvent } from './protocol';

type FrameEvent = Extract<StageEvent, { type: 'frame' }>;

/**
 * The scene canvas's frames as the page hears of them: how many were drawn, whose art the last one
 * showed, the one that first showed the place now shown, and how far the reports have gone. A frame
 * is reported on the next animation frame's turn, once it has reached the screen (a canvas commits
 * after its task): a save's picture waits for that (Stage.thumbnail), not for the draw.
 */
export class FrameLedger {
  private drawn = 0;
  private showing: string | null = null;
  private placeDrawnAt = 0;
  private reported = 0;

  constructor(
    private readonly emit: (event: FrameEvent) => void,
    private readonly nextFrame: (run: () => void) => unknown = nextAnimationFrame,
  ) {}

  /** Scene frames drawn so far. */
  get frames(): number {
    return this.drawn;
  }

  /** The beat whose art the scene canvas last drew (what frames report as `staged`). */
  get shows(): string | null {
    return this.showing;
  }

  /** A scene frame drew the art applied for beat `applied`. */
  sceneDrawn(applied: string | null): void {
    this.drawn++;
    if (this.showing !== applied) this.placeDrawnAt = this.drawn;
    this.showing = applied;
  }

  /** Beat `to` shows the same stage as `from`: if the scene shows `from`, its pixels are `to`'s too. */
  restaged(from: string | null, to: string): void {
    if (this.showing === from) this.showing = to;
  }

  /** The frame that first drew the place now shown has been reported on screen. */
  get placeOnScreen(): boolean {
    return this.reported >= this.placeDrawnAt;
  }

  /** Reports the frame just drawn (its words and state), once it is on screen. */
  report(frame: Omit<FrameEvent, 'type' | 'staged' | 'frames' | 'at'>): void {
    const { drawn: frames, showing: staged } = this;
    this.nextFrame(() => {
      this.reported = frames;
      this.emit({ type: 'frame', ...frame, staged, frames, at: epochNow() });
    });
  }
}
