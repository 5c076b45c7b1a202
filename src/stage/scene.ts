import { Container, Graphics, Sprite } from 'pixi.js';
import type { Texture } from 'pixi.js';
import type { Beat, Transition } from '../compiler/story';
import { Background } from './Background';
import { diffBeats } from './diff';
import { Effects } from './Effects';
import type { Layout } from './layout';
import { Portraits } from './Portraits';
import type { StagePictures } from './stageArt';
import { planTransitions } from './transitionPolicy';
import type { MotionFacts } from './transitionPolicy';
import type { Animator } from './tween';

const CUT: Transition = { kind: 'cut', duration: 0 };

/**
 * What the scene canvas shows: the background and portraits (the content), swaying as one (the
 * world), the veils of dim and dark over them, and the curtain a fade closes. It sets a beat's
 * pictures with the beat's transitions; when to draw is the stage's business.
 */
export class Scene {
  readonly root = new Container({ label: 'scene' });
  readonly effects: Effects;
  private readonly world = new Container({ label: 'world' });
  private readonly content = new Container({ label: 'content' });
  private readonly curtain = new Graphics({ label: 'curtain' });
  private readonly background: Background;
  private readonly portraits: Portraits;

  constructor(private readonly animator: Animator) {
    this.background = new Background(animator);
    this.portraits = new Portraits(animator);
    this.effects = new Effects(this.world, this.content, animator, (amount) => {
      this.background.setBlur(amount);
      this.portraits.setBlur(amount);
    });
    this.content.addChild(this.background, this.portraits);
    this.world.addChild(this.content);
    this.root.addChild(this.world, this.effects.veil, this.curtain);
    this.curtain.alpha = 0;
  }

  /** Whether a beat is on show (off at the title: the canvas is black). */
  get visible(): boolean {
    return this.world.visible;
  }

  set visible(on: boolean) {
    this.world.visible = on;
  }

  resize(layout: Layout): void {
    this.background.resize(layout);
    this.portraits.resize(layout);
    this.effects.resize(layout);
    this.curtain.clear().rect(0, 0, layout.width, layout.height).fill(0x000000);
  }

  /**
   * Sets `beat`'s pictures, coming from `previous` with the beat's transitions (`previous === beat`:
   * the same beat again, at a new scale, in one cut).
   */
  show(beat: Beat, previous: Beat | null, pictures: StagePictures, options: MotionFacts): void {
    const again = previous === beat;
    const before = again ? null : previous;
    const castPictures = new Map(beat.stage.cast.map((a, i) => [a.id, pictures.cast[i]!]));
    const plan = planTransitions(beat, before, options);
    const diff = diffBeats(before, beat);
    const apply = (bgTransition: Transition): void => {
      if (diff.bgChanged || again) this.background.show(pictures.bg, bgTransition);
      this.portraits.update(beat.stage.cast, castPictures, beat.speaker, plan.cast);
      if (diff.effectsChanged || !previous) this.effects.set(beat.stage.effects, again ? 0 : plan.effectsMs);
    };
    if (diff.bgChanged && plan.bg.kind === 'fade' && before) {
      // A fade goes through black: the curtain closes, the new stage is set behind it, it opens.
      const half = plan.bg.duration / 2;
      const curtain = this.curtain;
      this.animator.play(curtain, {
        duration: half,
        update: (t) => (curtain.alpha = t),
        done: () => {
          apply(CUT);
          this.animator.play(curtain, { duration: half, update: (t) => (curtain.alpha = 1 - t) });
        },
      });
    } else {
      this.animator.finish(this.curtain);
      apply(again ? CUT : plan.bg);
    }
  }

  /** Software WebGL pays for every full-screen layer: the veils are left out while they are clear. */
  prepareDraw(): void {
    this.curtain.visible = this.curtain.alpha > 0.002;
    this.effects.veil.visible = this.world.visible && this.effects.veil.alpha > 0.002;
  }

  /** Textures that some sprite shows right now (art a preload must not free). */
  liveTextures(): Set<Texture> {
    const live = new Set<Texture>();
    const visit = (node: Container): void => {
      if (node instanceof Sprite) live.add(node.texture);
      for (const child of node.children) visit(child);
    };
    visit(this.world);
    return live;
  }
}
