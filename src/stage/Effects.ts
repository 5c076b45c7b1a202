import { BlurFilter, Container, Graphics } from 'pixi.js';
import type { Effect } from '../compiler/story';
import type { Layout } from './layout';
import type { Animator } from './tween';

/**
 * How the scene is seen: blur and sway on the world (background and portraits), dim and dark as
 * veils above it. Sway is the only effect that needs frames while idle; reduced motion stills it.
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

  constructor(private readonly world: Container, private readonly animator: Animator) {
    this.veil.alpha = 0;
  }

  set(effects: readonly Effect[], duration: number): void {
    this.active = effects;
    const blurTo = effects.includes('blur') ? 7 : 0;
    const veilTo = effects.includes('dark') ? 0.88 : effects.includes('dim') ? 0.45 : 0;
    const blurFrom = this.blur.strength;
    const veilFrom = this.veilAlpha;
    if (blurTo > 0) this.world.filters = [this.blur];
    this.animator.play(this, {
      duration,
      update: (t) => {
        this.blur.strength = blurFrom + (blurTo - blurFrom) * t;
        this.veilAlpha = veilFrom + (veilTo - veilFrom) * t;
        this.veil.alpha = this.veilAlpha;
      },
      done: () => {
        // An idle filter still costs a render pass; drop it when the blur is gone.
        if (blurTo === 0) this.world.filters = [];
      },
    });
    if (!effects.includes('sway')) this.world.rotation = 0;
  }

  /** Whether an effect needs a frame loop even when nothing else moves. */
  get animating(): boolean {
    return this.active.includes('sway');
  }

  /** Advances sway to `now` (ms); `still` (reduced motion) keeps the world level. */
  tick(now: number, still: boolean): void {
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
