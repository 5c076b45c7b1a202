import { Container } from 'pixi.js';
import type { StageActor, Transition } from '../compiler/story';
import { arrangeCast, drawOrder, figureOf } from './crowd';
import type { Layout } from './layout';
import { BlurrablePicture } from './picture';
import type { Picture } from './picture';
import type { Animator } from './tween';

/** Tint of characters who are on stage but not speaking: they step back so the speaker reads. */
const DIMMED = 0x8a8f9c;
const LIT = 0xffffff;

/**
 * The portrait layer: one picture per character on stage, standing at their place. The speaker is
 * lit and drawn in front; the others are dimmed. Arrivals and departures dissolve when asked to.
 */
export class Portraits extends Container {
  private readonly figures = new Map<string, BlurrablePicture>();
  private cast: readonly StageActor[] = [];
  private speaker: string | null = null;
  private layoutNow: Layout | null = null;
  private blur = 0;

  constructor(private readonly animator: Animator) {
    super({ label: 'portraits', sortableChildren: true });
  }

  /** Puts exactly `cast` on stage with the given pictures (by character id). */
  update(cast: readonly StageActor[], pictures: ReadonlyMap<string, Picture>, speaker: string | null, transition: Transition): void {
    const fade = transition.kind !== 'cut' ? transition.duration : 0;
    for (const [id, figure] of this.figures) {
      if (cast.some((a) => a.id === id)) continue;
      this.figures.delete(id);
      this.fadeOut(figure, fade);
    }
    for (const actor of cast) {
      const picture = pictures.get(actor.id);
      if (!picture) continue;
      let figure = this.figures.get(actor.id);
      if (!figure) {
        figure = new BlurrablePicture(picture, false, { x: 0.5, y: 1 }, actor.id);
        figure.setBlur(this.blur);
        this.figures.set(actor.id, figure);
        this.addChild(figure);
        if (fade) {
          const s = figure;
          s.alpha = 0;
          this.animator.play(s, { duration: fade, update: (t) => (s.alpha = t) });
        }
      } else {
        figure.setPicture(picture);
      }
    }
    this.cast = cast;
    this.speaker = speaker;
    this.arrange();
  }

  /** How far the cast is seen through the blur, 0 to 1 (see picture.ts); leaving figures too. */
  setBlur(amount: number): void {
    this.blur = amount;
    for (const child of this.children) if (child instanceof BlurrablePicture) child.setBlur(amount);
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
      const figure = this.figures.get(actor.id);
      if (!figure) return;
      const spot = spots[i]!;
      figure.scale.set(spot.height / figure.texture.height);
      figure.position.set(spot.x, spot.bottom);
      figure.tint = speakerOnStage && this.speaker !== actor.id ? DIMMED : LIT;
      figure.zIndex = order[i]!;
    });
  }

  private fadeOut(figure: BlurrablePicture, duration: number): void {
    if (!duration) return figure.destroy({ children: true });
    const from = figure.alpha;
    this.animator.play(figure, { duration, update: (t) => (figure.alpha = from * (1 - t)), done: () => figure.destroy({ children: true }) });
  }
}
