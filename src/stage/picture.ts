import { Container, Sprite } from 'pixi.js';
import type { Texture } from 'pixi.js';

/** A picture as the stage draws it: its texture and, for art the script blurs, its blurred twin. */
export interface Picture {
  texture: Texture;
  twin: Texture | null;
}

/**
 * A picture with its blurred twin drawn over it; `blur` (0 to 1) eases between the two. An opaque
 * picture keeps its sharp layer whole beneath the twin (an exact cross-fade); one with transparency
 * fades it out as the twin fades in, or the sharp outline would show through the blur. Without a
 * twin the picture stays sharp. Sprites anchor as given; the container is placed, scaled and tinted.
 */
export class BlurrablePicture extends Container {
  private readonly sharp: Sprite;
  private twin: Sprite | null = null;
  private amount = 0;

  constructor(
    picture: Picture,
    private readonly opaque: boolean,
    anchor: { x: number; y: number },
    label: string,
  ) {
    super({ label });
    this.sharp = new Sprite({ texture: picture.texture, anchor });
    this.addChild(this.sharp);
    this.setPicture(picture);
  }

  /** The sharp texture's size: what layout scales from (the twin has the same size). */
  get texture(): Texture {
    return this.sharp.texture;
  }

  setPicture(picture: Picture): void {
    this.sharp.texture = picture.texture;
    if (picture.twin && !this.twin) this.twin = this.addChild(new Sprite({ texture: picture.twin, anchor: this.sharp.anchor }));
    else if (picture.twin && this.twin) this.twin.texture = picture.twin;
    else if (!picture.twin && this.twin) {
      this.twin.destroy();
      this.twin = null;
    }
    this.setBlur(this.amount);
  }

  setBlur(amount: number): void {
    this.amount = amount;
    const twin = this.twin;
    if (twin) {
      twin.alpha = amount;
      twin.visible = amount > 0.002; // a clear twin is not drawn: on software WebGL every full-size layer costs
    }
    this.sharp.alpha = twin && !this.opaque ? 1 - amount : 1;
    // Under an opaque twin in full, the sharp layer cannot be seen: not drawn either.
    this.sharp.visible = this.sharp.alpha > 0.002 && !(twin && this.opaque && amount > 0.998);
    this.updateBlend();
  }

  /** How much of the picture shows over what lies beneath it (a dissolve), 0 to 1. */
  setOpacity(alpha: number): void {
    this.alpha = alpha;
    this.updateBlend();
  }

  /**
   * An opaque picture seen in full is drawn without blending: nothing beneath can show through, and a
   * software renderer otherwise reads back every pixel of a full-screen layer to blend it (measured:
   * cold jumps 745 -> 588 ms median, warm 111 -> 100 at 1280x720).
   */
  private updateBlend(): void {
    this.sharp.blendMode = this.opaque && this.alpha >= 1 && this.sharp.alpha >= 1 ? 'none' : 'inherit';
  }
}
