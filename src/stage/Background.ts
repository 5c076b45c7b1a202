import { Container, Sprite } from 'pixi.js';
import type { Texture } from 'pixi.js';
import type { Transition } from '../compiler/story';
import { cover } from './layout';
import type { Layout } from './layout';
import type { Animator } from './tween';

/**
 * The background layer: one sprite covering the scene, replaced by a cut or a dissolve.
 * (Fades through black are the stage's curtain, so they cover portraits too.)
 */
export class Background extends Container {
  private current: Sprite | null = null;
  private layoutNow: Layout | null = null;

  constructor(private readonly animator: Animator) {
    super({ label: 'background' });
  }

  /** Shows `texture`; a dissolve cross-fades from the previous one. */
  show(texture: Texture | null, transition: Transition): void {
    const previous = this.current;
    this.current = texture ? new Sprite({ texture }) : null;
    if (this.current) {
      this.addChild(this.current);
      this.fit(this.current);
    }
    const removePrevious = () => previous?.destroy();
    if (transition.kind === 'dissolve' && this.current && previous) {
      const next = this.current;
      next.alpha = 0;
      this.animator.play(this, { duration: transition.duration, update: (t) => (next.alpha = t), done: removePrevious });
    } else {
      this.animator.finish(this);
      removePrevious();
    }
  }

  resize(layout: Layout): void {
    this.layoutNow = layout;
    if (this.current) this.fit(this.current);
  }

  private fit(sprite: Sprite): void {
    if (!this.layoutNow) return;
    const { scale, x, y } = cover(this.layoutNow.scene, sprite.texture.width, sprite.texture.height);
    sprite.scale.set(scale);
    sprite.position.set(x, y);
  }
}
