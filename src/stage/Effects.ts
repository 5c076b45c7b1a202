import { Container, Graphics } from 'pixi.js';
import type { Effect } from '../compiler/story';
import type { Layout } from './layout';
import type { Animator } from './tween';

/**
 * How the scene is seen: blur on the content (background and portraits: their blurred twins, see
 * picture.ts), sway on the world that holds it, dim and dark as veils above. Sway is the only effect
 * that needs frames while idle; reduced motion stills it. While only the sway moves, the content is
 * drawn once into a texture and that picture sways, so a swaying frame costs one layer, not all; a
 * frame whose content changed draws it directly.
 */
export class Effects {
  readonly veil = new Graphics({ label: 'veil' });
  private active: readonly Effect[] = [];
  private layoutNow: Layout | null = null;
  private blurAmount = 0;
  private veilAlpha = 0;

  constructor(
    private readonly world: Container,
    private readonly content: Container,
    private readonly animator: Animator,
    /** Sets how far the content is seen through the blur, 0 to 1. */
    private readonly blurTo: (amount: number) => void,
  ) {
    this.veil.alpha = 0;
  }

  set(effects: readonly Effect[], duration: number): void {
    this.active = effects;
    const blurTo = effects.includes('blur') ? 1 : 0;
    const veilTo = effects.includes('dark') ? 0.88 : effects.includes('dim') ? 0.45 : 0;
    const blurFrom = this.blurAmount;
    const veilFrom = this.veilAlpha;
    this.animator.play(this, {
      duration,
      update: (t) => {
        this.blurAmount = blurFrom + (blurTo - blurFrom) * t;
        this.blurTo(this.blurAmount);
        this.veilAlpha = veilFrom + (veilTo - veilFrom) * t;
        this.veil.alpha = this.veilAlpha;
      },
    });
    if (!effects.includes('sway')) this.world.rotation = 0;
  }

  /** Whether an effect needs a frame loop even when nothing else moves. */
  get animating(): boolean {
    return this.active.includes('sway');
  }

  /**
   * Advances sway to `now` (ms); `still` (reduced motion) keeps the world level. `changed`: the
   * content changed since the last frame (new art, a layout), so a cached picture of it is stale.
   */
  tick(now: number, still: boolean, changed: boolean): void {
    // Content that just changed is drawn as it is: picturing it first would add a full-screen pass to
    // the very frame a reader is waiting for. The next frame pictures it (Pixi redraws a cache turned on).
    const cache = this.animating && !still && !this.animator.active && !changed;
    if (cache !== this.content.isCachedAsTexture) this.content.cacheAsTexture(cache);
    if (!this.layoutNow) return;
    const angle = this.active.includes('sway') && !still ? Math.sin(now / 900) * 0.018 : 0;
    this.world.rotation = angle;
    this.world.scale.set(angle ? 1.04 : 1);
  }

  resize(layout: Layout): void {
    this.layoutNow = layout;
    const { x, y, width, height } = layout.scene;
    this.veil.clear().rect(0, 0, layout.width, layout.height).fill(0x000000);
    this.world.pivot.set(x + width / 2, y + height / 2);
    this.world.position.set(x + width / 2, y + height / 2);
  }
}
