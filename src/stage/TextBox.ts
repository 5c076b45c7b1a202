import { CanvasTextMetrics, Container, Graphics, Text, TextStyle } from 'pixi.js';
import type { Layout } from './layout';
import { revealWrapped, tagEmphasis } from './reveal';

export const TEXT_FONT = 'Literata, Georgia, serif';
const BODY_COLOR = 0xf5f1e8;
const NARRATION_COLOR = 0xe3dccb;

// The text has no letter spacing. Measured through the canvas's own letterSpacing where it has one,
// a string is not split into graphemes first on every measure, and the segmenter that split needs
// is never made (see segmenterOnDemand.ts).
CanvasTextMetrics.experimentalLetterSpacing = true;

/**
 * The text box: a translucent panel, the speaker's name in their colour, and the line. The line is
 * wrapped once in full and revealed character by character, so words never jump between lines.
 */
export class TextBox extends Container {
  private readonly panel = new Graphics();
  private readonly nameText = new Text({ text: '', style: new TextStyle({ fontFamily: TEXT_FONT, fontWeight: '700' }) });
  private readonly body = new Text({ text: '', style: new TextStyle({ fontFamily: TEXT_FONT }) });
  private readonly more = new Text({ text: '▼', style: new TextStyle({ fontFamily: TEXT_FONT, fill: 0xf0d9a8 }) });
  private wrapped = '';
  private line = '';
  private emphasis: readonly (readonly [number, number])[] = [];
  private shown = -1;
  private layoutNow: Layout | null = null;

  constructor() {
    super({ label: 'text-box' });
    this.addChild(this.panel, this.nameText, this.body, this.more);
  }

  /** A new line: `name` null for narration; `emphasis` as [start, end) offsets into `text`. */
  setLine(name: string | null, color: string | null, text: string, emphasis: readonly (readonly [number, number])[] = []): void {
    this.nameText.text = name ?? '';
    this.nameText.style.fill = color ?? BODY_COLOR;
    this.body.style.fill = name ? BODY_COLOR : NARRATION_COLOR;
    this.body.style.fontStyle = name ? 'normal' : 'italic';
    // Emphasis turns the line's slant over: italic in speech, upright in (italic) narration.
    // (The whole line is wrapped in a tag of its own slant too: tagged runs do not inherit it.)
    this.body.style.tagStyles = emphasis.length ? { line: { fontStyle: name ? 'normal' : 'italic' }, em: { fontStyle: name ? 'italic' : 'normal' } } : undefined;
    this.line = text;
    this.emphasis = emphasis;
    this.rewrap();
  }

  /** Shows the first `count` characters (Infinity for all); returns whether the line is complete. */
  reveal(count: number): boolean {
    const n = Math.min(this.line.length, Math.max(0, Math.floor(count)));
    if (n !== this.shown) {
      this.shown = n;
      const shown = revealWrapped(this.wrapped, n, this.line.length);
      this.body.text = this.emphasis.length ? `<line>${tagEmphasis(shown, this.emphasis)}</line>` : shown;
    }
    const complete = n >= this.line.length;
    this.more.visible = complete;
    return complete;
  }

  resize(layout: Layout): void {
    this.layoutNow = layout;
    const { textBox: r, padding, fontSize, nameSize } = layout;
    this.panel.clear()
      .roundRect(r.x, r.y, r.width, r.height, Math.round(padding * 0.6))
      .fill({ color: 0x0b0e18, alpha: 0.84 })
      .stroke({ color: 0xf0d9a8, alpha: 0.35, width: 1.5 });
    this.nameText.style.fontSize = nameSize;
    this.nameText.position.set(r.x + padding, r.y + padding * 0.6);
    Object.assign(this.body.style, { fontSize, lineHeight: Math.round(fontSize * 1.45), wordWrap: false });
    this.body.position.set(r.x + padding, r.y + padding * 0.8 + nameSize * 1.3);
    this.more.style.fontSize = Math.round(fontSize * 0.7);
    this.more.position.set(r.x + r.width - padding - fontSize * 0.7, layout.textBottom - padding * 0.6 - fontSize * 0.7);
    this.rewrap();
  }

  private rewrap(): void {
    if (!this.layoutNow) return;
    const { textBox, padding } = this.layoutNow;
    const style = this.body.style.clone();
    // Wrapped as plain words (the emphasis is the same size), so offsets into the line still hold.
    Object.assign(style, { wordWrap: true, wordWrapWidth: textBox.width - padding * 2, tagStyles: undefined });
    this.wrapped = CanvasTextMetrics.measureText(this.line, style).lines.join('\n');
    const shown = this.shown;
    this.shown = -1;
    this.reveal(shown < 0 ? 0 : shown);
  }
}
