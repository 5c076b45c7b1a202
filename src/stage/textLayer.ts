import type { WebGLOptions } from 'pixi.js';
import type { Beat } from '../compiler/story';
import { charsShown } from '../story/typewriter';
import { textLayerRect } from './layout';
import type { Layout } from './layout';
import { epochNow } from './protocol';
import type { StageView } from './protocol';
import { Surface } from './surface';
import { TextBox } from './TextBox';
import { textCacheSize, trimTextCaches } from './textCaches';

/**
 * The text box on a canvas of its own, the size of the box alone: reading on redraws this small
 * canvas, not the scene. It sets a line's words, reveals them at the typewriter's pace and says
 * which line's words it last drew; when to draw is the stage's business.
 */
export class TextLayer {
  readonly surface = new Surface();
  private readonly box = new TextBox();
  /** The beat whose words the canvas last drew (what frames report as `text`). */
  private drawnFor: string | null = null;
  /** The beat whose typing was last reported done. */
  private typedFor: string | null = null;
  private drawn = 0;

  async init(options: Partial<WebGLOptions>): Promise<void> {
    await this.surface.init({ ...options, backgroundAlpha: 0, width: 1, height: 1 });
    this.surface.stage.addChild(this.box);
  }

  resize(layout: Layout, dpr: number): void {
    const rect = textLayerRect(layout);
    this.surface.renderer.resize(rect.width, rect.height, dpr);
    this.surface.stage.position.set(-rect.x, -rect.y);
    this.box.resize(layout);
  }

  get visible(): boolean {
    return this.box.visible;
  }

  set visible(on: boolean) {
    this.box.visible = on;
  }

  /** Sets `beat`'s words, shown at once in full unless they are to be typed. */
  setLine(beat: Beat, speaker: { name: string; color: string } | null, typing: boolean): void {
    // Only the line on screen is drawn again: Pixi's caches of every prefix typed so far can go.
    trimTextCaches(this.surface.renderer);
    this.box.setLine(speaker?.name ?? null, speaker?.color ?? null, beat.text, beat.rich?.emphasis ?? []);
    this.box.reveal(typing ? 0 : Infinity);
  }

  /** The whole line at once (the reader hurried it, or it was shown whole). */
  showAll(): void {
    this.box.reveal(Infinity);
  }

  /**
   * Reveals `view`'s line as far as the typewriter has come by now; whether letters remain to type.
   * `typed` is told once per line when the last letter is out.
   */
  reveal(view: StageView | null, typed: (beatId: string) => void): boolean {
    if (!view?.line) return false;
    const { id, text, rich } = view.line.beat;
    const shown = view.typing ? charsShown(epochNow() - view.lineStartedAt, view.charsPerSecond, text.length, rich?.pauses) : Infinity;
    const typing = !this.box.reveal(shown);
    if (!typing && this.typedFor !== id) {
      this.typedFor = id;
      typed(id);
    }
    return typing;
  }

  /** Draws the box with the words of `beatId`. */
  draw(beatId: string | null): void {
    this.surface.render();
    this.drawn++;
    this.drawnFor = beatId;
  }

  /** Frames this canvas has drawn. */
  get frames(): number {
    return this.drawn;
  }

  /** The beat whose words are on the canvas. */
  get shows(): string | null {
    return this.drawnFor;
  }

  /** The box and its renderer, for a picture of the stage (thumbnail.ts); null while no line is shown. */
  get picture(): { app: Surface; box: TextBox } | null {
    return this.box.visible ? { app: this.surface, box: this.box } : null;
  }

  /** Entries in Pixi's text caches (see textCaches.ts). */
  get cacheSize(): number {
    return textCacheSize(this.surface.renderer);
  }
}
