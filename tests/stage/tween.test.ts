import { describe, expect, it } from 'vitest';
import { Animator } from '../../src/stage/tween';
import type { Tween } from '../../src/stage/tween';

/** What tweens run on: in the stage, the sprites and layers themselves. */
const on = { fade: {}, cut: {}, bg: {}, cast: {}, a: {}, b: {}, c: {}, d: {}, nothing: {} };

/** A tween that records the progress it was given and when it ended. */
function recorder(duration: number, log: string[] = [], name = 't') {
  const seen: number[] = [];
  const tween: Tween = { duration, update: (t) => void seen.push(t), done: () => void log.push(`${name} done`) };
  return { tween, seen, log };
}

describe('the animator', () => {
  it('eases in and out from the first frame it sees, and ends exactly at 1', () => {
    const animator = new Animator();
    const { tween, seen, log } = recorder(400);
    animator.play(on.fade, tween);
    expect(animator.active).toBe(true);
    // The clock starts at the first step, however late it comes.
    expect(animator.step(5000)).toBe(true);
    expect(animator.step(5100)).toBe(true);
    expect(animator.step(5200)).toBe(true);
    expect(animator.step(5300)).toBe(true);
    expect(log).toEqual([]);
    expect(animator.step(5400)).toBe(false);
    expect(seen).toEqual([0, 0.125, 0.5, 0.875, 1]);
    expect(log).toEqual(['t done']);
    expect(animator.active).toBe(false);
  });

  it('a late frame never overshoots the end', () => {
    const animator = new Animator();
    const { tween, seen } = recorder(100);
    animator.play(on.fade, tween);
    animator.step(0);
    animator.step(250);
    expect(seen).toEqual([0, 1]);
    expect(animator.active).toBe(false);
  });

  it('a tween of no duration applies its end state on the next frame', () => {
    const animator = new Animator();
    const { tween, seen, log } = recorder(0);
    animator.play(on.cut, tween);
    expect(seen).toEqual([]);
    expect(animator.step(10)).toBe(false);
    expect(seen).toEqual([1]);
    expect(log).toEqual(['t done']);
  });

  it('a new tween under the same key finishes the old one first', () => {
    const animator = new Animator();
    const log: string[] = [];
    const a = recorder(1000, log, 'a');
    const b = recorder(1000, log, 'b');
    animator.play(on.bg, a.tween);
    animator.step(0);
    animator.play(on.bg, b.tween);
    expect(a.seen).toEqual([0, 1]);
    expect(log).toEqual(['a done']);
    animator.step(100);
    expect(a.seen).toEqual([0, 1]);
    expect(b.seen).toEqual([0]);
  });

  it('finish and finishAll jump to the end; finishing a key with nothing running does nothing', () => {
    const animator = new Animator();
    const log: string[] = [];
    const a = recorder(1000, log, 'a');
    const b = recorder(1000, log, 'b');
    animator.play(on.a, a.tween);
    animator.play(on.b, b.tween);
    animator.finish(on.nothing);
    animator.finish(on.a);
    expect(a.seen).toEqual([1]);
    expect(log).toEqual(['a done']);
    expect(animator.active).toBe(true);
    animator.finish(on.a);
    expect(log).toEqual(['a done']);
    animator.finishAll();
    expect(b.seen).toEqual([1]);
    expect(log).toEqual(['a done', 'b done']);
    expect(animator.active).toBe(false);
    // A tween without `done` ends as well.
    animator.play(on.c, { duration: 50, update: () => {} });
    animator.finishAll();
    animator.play(on.d, { duration: 50, update: () => {} });
    animator.step(0);
    expect(animator.step(50)).toBe(false);
  });

  it('a tween whose end starts another under a key ending on the same frame leaves the new one running', () => {
    const animator = new Animator();
    const log: string[] = [];
    const next = recorder(1000, log, 'next');
    const first = { duration: 100, update: () => {}, done: () => animator.play(on.cast, next.tween) };
    const old = recorder(100, log, 'old');
    animator.play(on.bg, first);
    animator.play(on.cast, old.tween);
    animator.step(0);
    expect(animator.step(100)).toBe(true);
    expect(log).toEqual(['old done']);
    // The replaced tween ended once, at 1, and got no late update from the frame that replaced it.
    expect(old.seen).toEqual([0, 1]);
    expect(next.seen).toEqual([]);
    animator.step(200);
    expect(next.seen).toEqual([0]);
  });
});
