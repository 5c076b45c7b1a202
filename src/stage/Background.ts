import { Container } from 'pixi.js';
import type { Transition } from '../compiler/story';
import { cover } from './layout';
import type { Layout } from './layout';
import { BlurrablePicture } from './picture';
import type { Picture } from './picture';
import type { Animator } from './tween';

/**
 * The background layer: one picture covering the scene, replaced by a cut or a dissolve.
 * (Fades through black are the stage's curtain, so they cover portraits too.)
 */
export class Background extends Container {
  private current: BlurrablePicture | null = null;
  private layoutNow: Layout | null = null;
  private blur = 0;

  constructor(private readonly animator: Animator) {
    super({ label: 'background' });
  }

  /** Shows `picture`; a dissolve cross-fades from the previous one. */
  show(picture: Picture | null, transition: Transition): void {
    const previous = this.current;
    this.current = picture ? new BlurrablePicture(picture, true, { x: 0, y: 0 }, 'backdrop') : null;
    if (this.current) {
      this.current.setBlur(this.blur);
      this.addChild(this.current);
      this.fit(this.current);
    }
    const removePrevious = () => previous?.destroy({ children: true });
    if (transition.kind === 'dissolve' && this.current && previous) {
      const next = this.current;
      next.setOpacity(0);
      this.animator.play(this, { duration: transition.duration, update: (t) => next.setOpacity(t), done: removePrevious });
    } else {
      this.animator.finish(this);
      removePrevious();
    }
  }

  /** How far the background is seen through the blur, 0 to 1 (see picture.ts). */
  setBlur(amount: number): void {
    this.blur = amount;
    for (const child of this.children) if (child instanceof BlurrablePicture) child.setBlur(amount);
  }

  resize(layout: Layout): void {
    this.layoutNow = layout;
    if (this.current) this.fit(this.current);
  }

  private fit(picture: BlurrablePicture): void {
    if (!this.layoutNow) return;
    const { scale, x, y } = cover(this.layoutNow.scene, picture.texture.width, picture.texture.height);
    picture.scale.set(scale);
    picture.position.set(x, y);
  }
}
