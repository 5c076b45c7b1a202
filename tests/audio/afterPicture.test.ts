import { describe, expect, it } from 'vitest';
import { SOUND_PATIENCE_MS, soundAfterPicture } from '../../src/audio/afterPicture';
import type { View } from '../../src/story/view';

const view = (id: string | null, ambience: string | null, skipping = false): View =>
  ({ skipping, beat: id === null ? null : { id, sfx: [], stage: { ambience } } }) as unknown as View;

function rig() {
  const played: string[] = [];
  let ambience: string | null = null;
  const frames: Array<(f: { staged: string | null }) => void> = [];
  const timers: Array<{ work: () => void; ms: number; live: boolean }> = [];
  const update = soundAfterPicture(
    { onFrame: (listener) => void frames.push(listener) },
    (v) => {
      played.push(v.beat?.id ?? 'title');
      ambience = v.beat?.stage.ambience ?? null;
    },
    () => ambience,
    { set: (work, ms) => timers.push({ work, ms, live: true }) - 1, clear: (i) => void (timers[i as number]!.live = false) },
  );
  const drawn = (staged: string | null) => frames.forEach((f) => f({ staged }));
  const timeout = () => timers.filter((t) => t.live).forEach((t) => ((t.live = false), t.work()));
  return { played, update, drawn, timeout, timers };
}

describe('sound after the picture', () => {
  it('holds a new ambience until the stage has drawn its beat, with the views behind it, in order', () => {
    const r = rig();
    r.update(view('a', 'forest'));
    r.update(view('b', 'forest'));
    expect(r.played).toEqual([]);
    r.drawn('x'); // another beat's frame: still waiting
    expect(r.played).toEqual([]);
    r.drawn('a');
    expect(r.played).toEqual(['a', 'b']);
  });

  it('plays at once what keeps the ambience, and what stops it (the title)', () => {
    const r = rig();
    r.update(view('a', 'forest'));
    r.drawn('a');
    r.update(view('b', 'forest'));
    r.update(view(null, null));
    expect(r.played).toEqual(['a', 'b', 'title']);
  });

  it('waits a second at most: a stage that never draws the beat does not silence it', () => {
    const r = rig();
    r.update(view('a', 'forest'));
    expect(r.timers[0]!.ms).toBe(SOUND_PATIENCE_MS);
    r.timeout();
    expect(r.played).toEqual(['a']);
    r.drawn('a'); // late news changes nothing
    expect(r.played).toEqual(['a']);
  });

  it('waits for the latest new ambience when a jump overtakes the one awaited', () => {
    const r = rig();
    r.update(view('a', 'forest'));
    r.update(view('w', 'ward'));
    r.drawn('a');
    expect(r.played).toEqual([]);
    r.drawn('w');
    expect(r.played).toEqual(['a', 'w']);
  });

  it('does not hold views while skipping (their sound waits for where skipping lands)', () => {
    const r = rig();
    r.update(view('a', 'forest', true));
    expect(r.played).toEqual(['a']);
  });
});
