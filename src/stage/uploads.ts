import type { Texture } from 'pixi.js';

/** How long art may wait for a quiet moment before it goes up between moving frames anyway (sway never stops). */
const PATIENCE_MS = 1000;
const STEP_MS = 40;

/**
 * Decoded art waiting to reach the GPU, uploaded one texture at a time while nothing else is drawn:
 * a batch of uploads queued at once would hold the GPU (software WebGL: the CPU) for a second, and the
 * frame a reader waits for would queue behind it.
 */
export class UploadQueue {
  private readonly waiting: Texture[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    /** Whether a frame, a transition or an art load is under way right now. */
    private readonly busy: () => boolean,
    private readonly upload: (texture: Texture) => void,
    /** The reader is between presses; until then nothing goes up, however long (patience counts from then). */
    private readonly quiet: () => boolean = () => true,
  ) {}

  add(textures: Iterable<Texture>): void {
    for (const texture of textures) if (!this.waiting.includes(texture)) this.waiting.push(texture);
    this.pump();
  }

  get size(): number {
    return this.waiting.length;
  }

  private pump(quietSince = performance.now()): void {
    if (this.timer !== null || this.waiting.length === 0) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      if (!this.quiet()) return this.pump();
      if (this.busy() && performance.now() - quietSince < PATIENCE_MS) return this.pump(quietSince);
      const texture = this.waiting.shift();
      if (texture && !texture.destroyed) this.upload(texture);
      this.pump();
    }, STEP_MS);
  }
}
