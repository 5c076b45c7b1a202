import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Session } from '../../src/story/session';
import type { SkipRules } from '../../src/story/session';
import { compile } from '../fixtures/compile';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** Three scenes, eight beats, with stage changes inside and between scenes. */
const SCRIPT = [
  'scene one "One"', '  bg forest-dusk', '  A.', '  show iruka worried at left', '  iruka: "B."', '  C.',
  'scene two "Two"', '  bg hospital-corridor with dissolve', '  show sakura at right', '  sakura: "D."', '  E.',
  'scene three "Three"', '  bg ward-day', '  F.', '  show iruka at left', '  iruka: "G."', '  H.',
].join('\n');
const story = compile(SCRIPT).story!;
const ids = story.beats.map((b) => b.id);

function session(seen: Iterable<string> = [], rules: SkipRules = { skipUnseen: false, stopAtScene: false }) {
  const s = new Session(story, { charsPerSecond: Infinity }, { seen, skipRules: () => rules });
  s.send({ type: 'player.start' });
  return s;
}

describe('rolling back and forward', () => {
  it('back N then forward N returns the identical beat and stage, across scenes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: ids.length - 1 }), fc.integer({ min: 0, max: ids.length }), (at, n) => {
        const s = session(ids);
        s.jump(ids[at]!);
        const before = s.view().beat!;
        let moved = 0;
        for (let i = 0; i < n && s.back(); i++) moved++;
        expect(moved).toBe(Math.min(n, at));
        for (let i = 0; i < moved; i++) expect(s.forward()).toBe(true);
        expect(s.view().beat).toBe(before);
        expect(s.view().beat!.stage).toEqual(before.stage);
        s.stop();
      }),
    );
  }, 30_000); // a property over many sessions: seconds on a loaded machine

  it('forward stops at a beat never seen', () => {
    const s = session(ids.slice(0, 3));
    s.jump(ids[2]!);
    expect(s.back()).toBe(true);
    expect(s.forward()).toBe(true);
    expect(s.forward()).toBe(false);
    expect(s.view().beat!.id).toBe(ids[2]);
  });

  it('the backlog lists the lines read this session up to the current one', () => {
    const s = session();
    s.send({ type: 'player.advance' });
    s.send({ type: 'player.advance' });
    expect(s.backlog().map((b) => b.text)).toEqual(['A.', 'B.', 'C.']);
    s.back();
    expect(s.backlog().map((b) => b.text)).toEqual(['A.', 'B.']);
  });
});

describe('skipping', () => {
  /** Starts skipping at beat `from` and returns the index it stops at. */
  function skipFrom(from: number, seen: Set<string>, rules: SkipRules): { stop: number; seenBefore: Set<string> } {
    const seenBefore = new Set(seen);
    const s = session(seen, rules);
    s.jump(ids[from]!);
    s.send({ type: 'player.skip.set', on: true });
    vi.advanceTimersByTime(5_000);
    const v = s.view();
    expect(v.skipping).toBe(false);
    const stop = v.beat ? v.beat.index : ids.length;
    s.stop();
    return { stop, seenBefore };
  }

  it('read-only skip never passes a beat never seen, and stops on the first one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: ids.length - 1 }), fc.array(fc.boolean(), { minLength: ids.length, maxLength: ids.length }), (from, flags) => {
        const seen = new Set(ids.filter((_, i) => flags[i] || i === from));
        const { stop, seenBefore } = skipFrom(from, seen, { skipUnseen: false, stopAtScene: false });
        for (let i = from + 1; i < stop; i++) expect(seenBefore.has(ids[i]!)).toBe(true);
        if (stop < ids.length - 1) expect(seenBefore.has(ids[stop]!)).toBe(false);
      }),
    );
  }, 30_000); // a property over many sessions: seconds on a loaded machine

  it('with "skip unseen too" it runs to the last line; with "stop at scene change" it stops on the next scene', () => {
    expect(skipFrom(0, new Set(), { skipUnseen: true, stopAtScene: false }).stop).toBe(ids.length - 1);
    const two = story.scenes[1]!;
    expect(skipFrom(0, new Set(ids), { skipUnseen: false, stopAtScene: true }).stop).toBe(two.firstBeat);
  });
});
