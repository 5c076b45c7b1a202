import { describe, expect, it } from 'vitest';
import { ngrams, readSource, words } from './source';
import { beatsOfScene, chapterStory, describeBeat } from './story';

/**
 * The narration is ours: short visual-novel beats, never the chapter's prose pasted in. No narration
 * beat may share a run of RUN or more consecutive words with the chapter's narration.
 */

const RUN = 8;
const MAX_WORDS = 30;

const source = readSource();
const sourceRuns = ngrams(source.narration, RUN);
const story = chapterStory();
const narration = () => story.beats.filter((b) => b.speaker === null);

/** The longest stretches of `text` made of shared RUN-word runs, each joined into one phrase. */
function sharedStretches(text: string): string[] {
  const w = words(text);
  const shared = new Array<boolean>(w.length).fill(false);
  for (let k = 0; k + RUN <= w.length; k++) {
    if (sourceRuns.has(w.slice(k, k + RUN).join(' '))) shared.fill(true, k, k + RUN);
  }
  const out: string[] = [];
  let start = -1;
  for (let k = 0; k <= w.length; k++) {
    if (k < w.length && shared[k]) { if (start < 0) start = k; continue; }
    if (start >= 0) out.push(w.slice(start, k).join(' '));
    start = -1;
  }
  return out;
}

describe('narration', () => {
  it('there is narration to check', () => {
    expect(narration().length).toBeGreaterThan(0);
  });

  it(`shares no run of ${RUN} consecutive words with the chapter's narration`, () => {
    expect(sourceRuns.size).toBeGreaterThan(1000);
    const copied = narration().flatMap((b) => sharedStretches(b.text).map((s) => `${b.id} (${b.span.file}:${b.span.line}) shares "${s}"`));
    expect(copied.join('\n')).toBe('');
  });

  it(`keeps each narration beat short (at most ${MAX_WORDS} words)`, () => {
    const long = narration().filter((b) => words(b.text).length > MAX_WORDS).map((b) => `${words(b.text).length} words: ${describeBeat(b)}`);
    expect(long.join('\n')).toBe('');
  });

  it('gives every scene a title and a background on its first beat', () => {
    for (const scene of story.scenes) {
      expect(scene.title.trim(), `scene ${scene.id} title`).not.toBe('');
      expect(scene.beatCount, `scene ${scene.id} beats`).toBeGreaterThan(0);
      const first = beatsOfScene(story, scene.id)[0]!;
      expect(first.stage.bg, `first beat of scene ${scene.id}: ${describeBeat(first)}`).not.toBeNull();
    }
  });
});
