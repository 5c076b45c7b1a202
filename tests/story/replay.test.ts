import { describe, expect, it } from 'vitest';
import { Replay } from '../../src/story/replay';
import type { View } from '../../src/story/view';

const at = (scene: string | null, screen: View['screen'] = 'reading') =>
  ({ screen, scene: scene ? ({ id: scene } as View['scene']) : null });

describe('a replayed scene', () => {
  it('does not end while the start passes through the chapter\'s first scene', () => {
    const replay = new Replay('two');
    expect(replay.ends(at('one'))).toBe(false);
    expect(replay.ends(at('two'))).toBe(false);
  });

  it('ends once, on the first view past its scene or at the end card', () => {
    const next = new Replay('two');
    next.ends(at('two'));
    expect(next.ends(at('three'))).toBe(true);
    const last = new Replay('three');
    last.ends(at('three'));
    expect(last.ends(at(null, 'ended'))).toBe(true);
  });

  it('a view of the next scene arriving after the end (an older view, delivered late) does not end it again', () => {
    const replay = new Replay('two');
    replay.ends(at('two'));
    replay.ends(at('three'));
    expect(replay.ends(at('three'))).toBe(false);
    expect(replay.ends(at('two'))).toBe(false);
    expect(replay.ends(at('three'))).toBe(false);
  });

  it('the title on its way (no scene on screen) does not end it', () => {
    const replay = new Replay('two');
    replay.ends(at('two'));
    expect(replay.ends(at(null, 'title'))).toBe(false);
  });
});
