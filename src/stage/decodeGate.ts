/**
 * Who decodes next. A picture a frame waits on (the beat being shown) decodes at once; pictures
 * wanted ahead of time (a scene the reader may reach) decode one at a time, and only while nothing
 * a frame waits on is decoding. Decoding shares the machine's cores: a jump that asked for one
 * background while twenty portraits of the scene decoded ahead waited for all of them.
 */
export class DecodeGate {
  private now = 0;
  private ahead = 0;
  private readonly waiting: Array<() => void> = [];
  private retry: ReturnType<typeof setTimeout> | null = null;

  constructor(
    /**
     * Whether the reader is between presses: work wanted ahead starts only then (checked again every
     * 100 ms), since a decode takes a core that a press's frame and the page's answer would want.
     */
    private readonly quiet: () => boolean = () => true,
  ) {}

  /** Runs `work` at once. */
  async first<T>(work: () => Promise<T>): Promise<T> {
    this.now++;
    try {
      return await work();
    } finally {
      this.now--;
      this.pump();
    }
  }

  /**
   * Runs `work` when its turn comes among work wanted ahead; `hurry` (set once the turn is awaited)
   * ends the wait and runs it at once, as `first` would.
   */
  later<T>(work: () => Promise<T>): { done: Promise<T>; hurry: () => void } {
    let go!: (urgent: boolean) => void;
    const turn = new Promise<boolean>((resolve) => (go = resolve));
    const take = (): void => {
      this.ahead++;
      go(false);
    };
    this.waiting.push(take);
    const hurry = (): void => {
      const at = this.waiting.indexOf(take);
      if (at < 0) return; // already running
      this.waiting.splice(at, 1);
      this.now++;
      go(true);
    };
    const done = turn.then(async (urgent) => {
      try {
        return await work();
      } finally {
        if (urgent) this.now--;
        else this.ahead--;
        this.pump();
      }
    });
    this.pump();
    return { done, hurry };
  }

  /** Pictures wanted ahead that have not started. */
  get queued(): number {
    return this.waiting.length;
  }

  private pump(): void {
    while (this.now === 0 && this.ahead === 0 && this.waiting.length > 0) {
      if (!this.quiet()) {
        this.retry ??= setTimeout(() => {
          this.retry = null;
          this.pump();
        }, 100);
        return;
      }
      this.waiting.shift()!();
    }
  }
}
