/**
 * Pixi's text module makes an `Intl.Segmenter` as it loads, to split graphemes for text that needs it
 * (a word wider than the box; letter spacing where canvas lacks it). Making one loads ICU's break
 * rules: 30 to 60 ms of the stage worker's start, on the way to the first line, for splits the text
 * box may never need. Imported before Pixi, this module makes `Intl.Segmenter` hand out segmenters
 * that build the real one on first use; `restoreSegmenter` puts the real constructor back once Pixi
 * has loaded.
 */
const Native = Intl.Segmenter;

class SegmenterOnDemand {
  private real: Intl.Segmenter | null = null;
  private readonly args: ConstructorParameters<typeof Intl.Segmenter>;

  constructor(...args: ConstructorParameters<typeof Intl.Segmenter>) {
    this.args = args;
  }

  segment(input: string): Intl.Segments {
    return (this.real ??= new Native(...this.args)).segment(input);
  }

  resolvedOptions(): Intl.ResolvedSegmenterOptions {
    return (this.real ??= new Native(...this.args)).resolvedOptions();
  }
}

if (typeof Native === 'function') (Intl as { Segmenter: unknown }).Segmenter = SegmenterOnDemand;

export function restoreSegmenter(): void {
  if (typeof Native === 'function') (Intl as { Segmenter: unknown }).Segmenter = Native;
}
