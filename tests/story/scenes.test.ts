import { describe, expect, it } from 'vitest';
import { beatsAround, beatsFarther, sceneBeats, sceneEntries } from '../../src/story/scenes';
import { compile } from '../fixtures/compile';

const SCRIPT = ['scene one "One"', '  A.', '  B.', 'scene two "Two"', '  C.', 'scene three "Three"', '  D.', '  E.'].join('\n');
const story = compile(SCRIPT).story!;
const texts = (beats: { text: string }[]) => beats.map((b) => b.text);

describe('scenes', () => {
  it('gives a scene\'s beats and those of the scenes after it, stopping at the end', () => {
    expect(texts(sceneBeats(story, 'one', 1))).toEqual(['A.', 'B.']);
    expect(texts(sceneBeats(story, 'two', 2))).toEqual(['C.', 'D.', 'E.']);
    expect(texts(sceneBeats(story, 'three', 2))).toEqual(['D.', 'E.']);
    expect(sceneBeats(story, 'nowhere', 2)).toEqual([]);
  });

  it('has the art around a scene ready: the line before it (a rollback lands there), its own lines and the next scene\'s', () => {
    expect(texts(beatsAround(story, 'one'))).toEqual(['A.', 'B.', 'C.']);
    expect(texts(beatsAround(story, 'two'))).toEqual(['B.', 'C.', 'D.', 'E.']);
    expect(texts(beatsAround(story, 'three'))).toEqual(['C.', 'D.', 'E.']);
    expect(beatsAround(story, 'nowhere')).toEqual([]);
  });

  it("has the rest of the story's art ready in idle time, the nearest scenes first (ahead before behind)", () => {
    const five = compile(['one', 'two', 'three', 'four', 'five'].map((n) => `scene ${n} "${n}"\n  ${n.toUpperCase()}.`).join('\n')).story!;
    expect(texts(beatsFarther(five, 'one'))).toEqual(['THREE.', 'FOUR.', 'FIVE.']);
    expect(texts(beatsFarther(five, 'three'))).toEqual(['FIVE.', 'ONE.']);
    expect(texts(beatsFarther(five, 'five'))).toEqual(['THREE.', 'TWO.', 'ONE.']);
    expect(texts(beatsFarther(story, 'two'))).toEqual(['A.']);
    expect(beatsFarther(story, 'nowhere')).toEqual([]);
  });

  it('counts lines seen per scene; the first scene is always open, another once a line of it was seen', () => {
    const seen = new Set([story.beats[0]!.id, story.beats[4]!.id]);
    expect(sceneEntries(story, seen)).toEqual([
      { id: 'one', title: 'One', seen: 1, total: 2, unlocked: true },
      { id: 'two', title: 'Two', seen: 0, total: 1, unlocked: false },
      { id: 'three', title: 'Three', seen: 1, total: 2, unlocked: true },
    ]);
    expect(sceneEntries(story, new Set()).map((e) => e.unlocked)).toEqual([true, false, false]);
  });
});
