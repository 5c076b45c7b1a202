import { Container, Sprite } from 'pixi.js';
import type { Texture } from 'pixi.js';
import type { StageActor, Transition } from '../compiler/story';
import { arrangeCast, drawOrder, figureOf } from './crowd';
import type { Layout } from './layout';
import type { Animator } from './tween';

/** Tint of characters who are on stage but not speaking: they step back so the speaker reads. */
const DIMMED = 0x8a8f9c;
const LIT = 0xffffff;

/**
 * The portrait layer: one sprite per character on stage, standing at their place. The speaker is
 * lit and drawn in front; the others are dimmed. Arrivals and departures dissolve when asked to.
 */
export class Portraits extends Container {
  private readonly sprites = new Map<string, Sprite>();
  private cast: readonly StageActor[] = [];
  private speaker: string | null = null;
  private layoutNow: Layout | null = null;

  constructor(private readonly animator: Animator) {
    super({ label: 'portraits', sortableChildren: true });
  }

  /** Puts exactly `cast` on stage with the given textures (by character id). */
  update(cast: readonly StageActor[], textures: ReadonlyMap<string, Texture>, speaker: string | null, transition: Transition): void {
    const fade = transition.kind !== 'cut' ? transition.duration : 0;
    for (const [id, sprite] of this.sprites) {
      if (cast.some((a) => a.id === id)) continue;
      this.sprites.delete(id);
      this.fadeOut(sprite, fade);
    }
    for (const actor of cast) {
      const texture = textures.get(actor.id);
      if (!texture) continue;
      let sprite = this.sprites.get(actor.id);
      if (!sprite) {
        sprite = new Sprite({ texture, anchor: { x: 0.5, y: 1 }, label: actor.id });
        this.sprites.set(actor.id, sprite);
        this.addChild(sprite);
        if (fade) {
          const s = sprite;
          s.alpha = 0;
          this.animator.play(s, { duration: fade, update: (t) => (s.alpha = t) });
        }
      } else {
        sprite.texture = texture;
      }
    }
    this.cast = cast;
    this.speaker = speaker;
    this.arrange();
  }

  resize(layout: Layout): void {
    this.layoutNow = layout;
    this.arrange();
  }

  private arrange(): void {
    const layout = this.layoutNow;
    if (!layout) return;
    const members = this.cast.map((a) => ({ place: a.place, figure: figureOf(`${a.id}-${a.expression}`) }));
    const spots = arrangeCast(layout, members);
    const speakerOnStage = this.cast.some((a) => a.id === this.speaker);
    const order = drawOrder(members, this.cast.findIndex((a) => a.id === this.speaker));
    this.cast.forEach((actor, i) => {
      const sprite = this.sprites.get(actor.id);
      if (!sprite) return;
      const spot = spots[i]!;
      sprite.scale.set(spot.height / sprite.texture.height);
      sprite.position.set(spot.x, spot.bottom);
      sprite.tint = speakerOnStage && this.speaker !== actor.id ? DIMMED : LIT;
      sprite.zIndex = order[i]!;
    });
  }

  private fadeOut(sprite: Sprite, duration: number): void {
    if (!duration) return sprite.destroy();
    const from = sprite.alpha;
    this.animator.play(sprite, { duration, update: (t) => (sprite.alpha = from * (1 - t)), done: () => sprite.destroy() });
  }
}
