import { describe, expect, it } from 'vitest';
import { compileScript, formatDiagnostics } from '../../src/compiler';
import type { AssetIndex, Beat, Story } from '../../src/compiler';
import { readSource } from './source';
import type { Utterance } from './source';
import { chapterStory, compileChapter, describeBeat, files, hasAssets } from './story';

/**
 * The chapter's dialogue survives the adaptation: every quoted utterance of the source is a line
 * of dialogue, word for word, in the source's order, said by the right character.
 */

const source = readSource();
const compiled = compileChapter();
const story = chapterStory();

/** Who says each utterance, read off the source; keyed by the utterance's exact text. */
const SPEAKERS: ReadonlyArray<readonly [string, string]> = [
  ['Iruka-sensei, this way.', 'sakura'],
  ['Iruka.', 'genma'], // "Genma greeted quietly"
  ["Iruka, I don't think you are prepared to see the sight before you.", 'tsunade'], // prefix of the long warning
  ['What happened?', 'iruka'],
  ['Asuma-san, what happened?', 'iruka'],
  ['Tell me. Genma? Anko? Raidou?', 'iruka'],
  ['Someone tell me. Just what the hell had happened?', 'iruka'],
  ['He had been on a S-rank mission,', 'tsunade'], // "a quiet voice ... the pained eyes of his Hokage"
  ['His other team member was dead.', 'tsunade'],
  ['He had severe chakra depletion', 'asuma'], // "Asuma continued"
  ['And his body seems to be under the influence of some sort of foreign substance.', 'asuma'],
  ['Foreign substance?', 'iruka'],
  ['Hokage-sama, here is the blood sample that you have requested.', 'nurse'],
  ['Run the necessary tests, Ibiki.', 'tsunade'],
  ['You guys should leave too.', 'tsunade'],
  ['Can I stay?', 'iruka'],
  ["Yes. But don't tire yourself out.", 'tsunade'],
  ['We will come in tomorrow morning, Iruka.', 'asuma'],
  ['Take care of yourself.', 'asuma'],
  ['Kakashi-sensei will be alright.', 'sakura'],
  ['Naruto will be back from his mission', 'sakura'],
  ['He will be alright. Kakashi-sensei has always pulled through', 'sakura'],
  ['Thank you, Sakura.', 'iruka'],
  ['Take care, Iruka-sensei.', 'sakura'],
];

/** The utterance a SPEAKERS entry names: exact text, or the one utterance that starts with it. */
function utteranceFor(key: string): Utterance[] {
  const exact = source.utterances.filter((u) => u.text === key);
  return exact.length > 0 ? exact : source.utterances.filter((u) => u.text.startsWith(key));
}

interface Match {
  utterance: Utterance;
  beat: Beat;
}

/**
 * Finds the utterances, in order, among the dialogue beats (a subsequence match). A missing line is
 * reported with the beat the search had reached, and the search goes on from there.
 */
function matchUtterances(s: Story, utterances: readonly Utterance[]): { matches: Match[]; problems: string[] } {
  const dialogue = s.beats.filter((b) => b.speaker !== null);
  const matches: Match[] = [];
  const problems: string[] = [];
  let at = 0;
  utterances.forEach((u, n) => {
    const found = dialogue.findIndex((b, k) => k >= at && b.text === u.text);
    if (found >= 0) {
      matches.push({ utterance: u, beat: dialogue[found]! });
      at = found + 1;
      return;
    }
    const elsewhere = dialogue.find((b) => b.text === u.text);
    problems.push(
      `utterance ${n + 1} of ${utterances.length} (source line ${u.line}) is missing: "${u.text}"\n` +
        `  searched from ${describeBeat(dialogue[at])}\n` +
        `  after ${at > 0 ? describeBeat(dialogue[at - 1]) : 'the start of the story'}` +
        (elsewhere ? `\n  (it appears earlier, out of order, at ${describeBeat(elsewhere)})` : ''),
    );
  });
  return { matches, problems };
}

describe('the source chapter', () => {
  it('has the quoted utterances the adaptation is measured against', () => {
    expect(source.utterances.length).toBe(24);
    expect(source.utterances[0]!.text).toBe('Iruka-sensei, this way.');
    expect(source.utterances.at(-1)!.text).toBe('Take care, Iruka-sensei.');
    // Apostrophes stay inside the words they belong to.
    expect(source.utterances.some((u) => u.text.includes("don't"))).toBe(true);
  });

  it('the speaker table names every utterance exactly once', () => {
    const named = SPEAKERS.map(([key]) => {
      const hits = utteranceFor(key);
      expect(hits, `speaker table entry "${key}"`).toHaveLength(1);
      return hits[0]!.text;
    });
    expect(named).toEqual(source.utterances.map((u) => u.text));
  });
});

describe('script/*.vn', () => {
  it(`compiles without errors${hasAssets() ? ' against assets/' : ''}`, () => {
    const errors = compiled.diagnostics.filter((d) => d.severity === 'error');
    expect(errors, formatDiagnostics(errors, files)).toEqual([]);
    expect(compiled.story).not.toBeNull();
  });

  it('has the title, cast and scenes of the chapter', () => {
    expect(story.title).toBe('Awry Mission');
    expect(story.cast).toEqual({
      kakashi: { name: 'Kakashi', color: '#b9c6d8' },
      iruka: { name: 'Iruka', color: '#e0a062' },
      sakura: { name: 'Sakura', color: '#f3a5c0' },
      tsunade: { name: 'Tsunade', color: '#e8cf6a' },
      genma: { name: 'Genma', color: '#a8c07a' },
      asuma: { name: 'Asuma', color: '#8fc3a8' },
      anko: { name: 'Anko', color: '#c9a2ef' },
      raidou: { name: 'Raidou', color: '#9ab4d0' },
      kurenai: { name: 'Kurenai', color: '#ee8a8a' },
      ibiki: { name: 'Ibiki', color: '#c2b8ae' },
      nurse: { name: 'Nurse', color: '#9fd3d0' },
    });
    expect(story.scenes.map((s) => s.id)).toEqual(['forest', 'corridor', 'ward', 'alone', 'vigil']);
  });

  it('uses only the planned backgrounds, sounds and portraits', () => {
    // Checked against the planned asset list, so this holds even before the files land in assets/.
    const portraits: Record<string, string[]> = {
      kakashi: ['wounded', 'bed'],
      iruka: ['neutral', 'worried', 'shocked', 'crying', 'smile-weak'],
      sakura: ['neutral', 'worried', 'crying', 'smile-forced', 'determined'],
      tsunade: ['neutral', 'stern', 'sympathetic', 'tired'],
      asuma: ['neutral', 'grave', 'regretful'],
      genma: ['neutral'], raidou: ['neutral'], ibiki: ['neutral'], nurse: ['neutral'],
      anko: ['neutral', 'teary'],
      kurenai: ['neutral', 'gentle'],
    };
    const planned: AssetIndex = {
      bg: new Set(['forest-dusk', 'hospital-corridor', 'ward-day', 'ward-night']),
      portraits: new Set(Object.entries(portraits).flatMap(([who, exprs]) => exprs.map((e) => `${who}-${e}`))),
      audio: new Set(['forest-dusk', 'hospital-hum', 'ward-monitor', 'night-quiet', 'footsteps-run', 'door-slide', 'door-close']),
    };
    const { diagnostics } = compileScript(files, { assets: planned });
    expect(diagnostics, formatDiagnostics(diagnostics, files)).toEqual([]);
  });

  it('says every utterance of the chapter, word for word and in order', () => {
    const { matches, problems } = matchUtterances(story, source.utterances);
    expect(problems.join('\n\n'), `${problems.length} utterance(s) missing or out of order`).toBe('');
    expect(matches).toHaveLength(source.utterances.length);
  });

  it('gives each utterance to the character who says it in the chapter', () => {
    const { matches } = matchUtterances(story, source.utterances);
    const wrong: string[] = [];
    for (const [key, speaker] of SPEAKERS) {
      const u = utteranceFor(key)[0]!;
      const match = matches.find((m) => m.utterance === u);
      if (match && match.beat.speaker !== speaker) {
        wrong.push(`"${u.text}" should be said by ${speaker}, not ${describeBeat(match.beat)}`);
      }
    }
    expect(wrong.join('\n')).toBe('');
  });

  it('never gives a line of dialogue to someone who is not in the cast', () => {
    const cast = new Set(Object.keys(story.cast));
    expect(story.beats.filter((b) => b.speaker !== null && !cast.has(b.speaker)).map(describeBeat)).toEqual([]);
  });
});
