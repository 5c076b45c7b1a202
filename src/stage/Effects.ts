import { BlurFilter, Container, Graphics } from 'pixi.js';
import type { Effect } from '../compiler/story';
import type { Layout } from './layout';
import type { Animator } from './tween';

/**
 * How the scene is seen: blur on the content (background and portraits), sway on the world that
 * holds it, dim and dark as veils above. Sway is the only effect that needs frames while idle;
 * reduced motion stills it. While only the sway moves, the content is drawn once into a texture and
 * that picture sways: a blurred frame costs a full-screen blur otherwise, hundreds of milliseconds
 * each on software WebGL, and every press would wait behind it.
 */
export class Effects {
  readonly veil = new Graphics({ label: 'veil' });
  private readonly blur = Effects.blurFilter();
  private active: readonly Effect[] = [];
  private layoutNow: Layout | null = null;
  private veilAlpha = 0;

  /** The blur the scene is seen through (also drawn once at start, so its program is compiled before it is needed). */
  static blurFilter(): BlurFilter {
    return new BlurFilter({ strength: 0, quality: 4, kernelSize: 9, legacy: true, resolution: 0.5 });
  }

  constructor(
    private readonly world: Container,
    private readonly content: Container,
    private readonly animator: Animator,
  ) {
    this.veil.alpha = 0;
  }

  set(effects: readonly Effect[], duration: number): void {
    this.active = effects;
    const blurTo = effects.includes('blur') ? 7 : 0;
    const veilTo = effects.includes('dark') ? 0.88 : effects.includes('dim') ? 0.45 : 0;
    const blurFrom = this.blur.strength;
    const veilFrom = this.veilAlpha;
    this.animator.play(this, {
      duration,
      update: (t) => {
        this.setBlur(blurFrom + (blurTo - blurFrom) * t);
        this.veilAlpha = veilFrom + (veilTo - veilFrom) * t;
        this.veil.alpha = this.veilAlpha;
      },
    });
    if (!effects.includes('sway')) this.world.rotation = 0;
  }

  /** A blur of no strength is no filter at all: its passes cost a full-screen redraw each. */
  private setBlur(strength: number): void {
    this.blur.strength = strength;
    const on = strength > 0.05;
    if (on !== (this.content.filters?.length === 1)) this.content.filters = on ? [this.blur] : [];
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
    const cache = this.animating && !still && !this.animator.active;
    if (cache !== this.content.isCachedAsTexture) this.content.cacheAsTexture(cache); // turned on, it draws afresh
    else if (cache && changed) this.content.updateCacheTexture();
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
