import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import type { PlayerEvent } from '../../src/story/events';
import { autoDelay, createPlayerMachine, SKIP_INTERVAL_MS, typingDuration } from '../../src/story/playerMachine';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** A player actor with its emitted requests recorded. */
function player(pace = { charsPerSecond: 10, autoBaseMs: 1000, autoPerCharMs: 10 }) {
  const actor = createActor(createPlayerMachine({ ...pace, now: () => Date.now() })).start();
  const asked: string[] = [];
  for (const type of ['advance', 'skip', 'restart', 'finishTransition'] as const) actor.on(type, () => asked.push(type));
  const state = () => actor.getSnapshot();
  return { actor, asked, state, send: (e: PlayerEvent) => actor.send(e) };
}

describe('player machine', () => {
  it('goes from the title to reading, types a line, then shows it', () => {
    const p = player();
    expect(p.state().matches('title')).toBe(true);
    p.send({ type: 'player.start' });
    expect(p.asked).toEqual(['restart']);
    p.send({ type: 'player.line', length: 20 });
    expect(p.state().hasTag('typing')).toBe(true);
    vi.advanceTimersByTime(typingDuration(20, 10));
    expect(p.state().hasTag('shown')).toBe(true);
  });

  it("a writer's pause holds the typewriter, and so auto, for its length; a press still completes the line", () => {
    const p = player();
    p.send({ type: 'player.start' });
    p.send({ type: 'player.auto.toggle' });
    p.send({ type: 'player.line', length: 20, pauseMs: 700 });
    vi.advanceTimersByTime(typingDuration(20, 10));
    expect(p.state().hasTag('typing')).toBe(true);
    vi.advanceTimersByTime(700);
    expect(p.state().hasTag('shown')).toBe(true);
    p.send({ type: 'player.line', length: 20, pauseMs: 700 });
    p.send({ type: 'player.advance' });
    expect(p.state().hasTag('shown')).toBe(true);
  });

  it('completes typing on the first advance and asks for the next line on the second', () => {
    const p = player();
    p.send({ type: 'player.start' });
    p.send({ type: 'player.line', length: 20 });
    p.send({ type: 'player.advance' });
    expect(p.state().hasTag('shown')).toBe(true);
    expect(p.asked).toEqual(['restart']);
    p.send({ type: 'player.advance' });
    expect(p.asked).toEqual(['restart', 'advance']);
  });

  it('auto waits for the typewriter, then for the delay of the line, then advances', () => {
    const p = player();
    p.send({ type: 'player.start' });
    p.send({ type: 'player.line', length: 20 });
    p.send({ type: 'player.auto.toggle' });
    vi.advanceTimersByTime(typingDuration(20, 10) + autoDelay(20, { autoBaseMs: 1000, autoPerCharMs: 10 }) - 1);
    expect(p.asked).not.toContain('advance');
    vi.advanceTimersByTime(1);
    expect(p.asked).toContain('advance');
  });

  it('auto turned on while a line is shown starts counting from then', () => {
    const p = player();
    p.send({ type: 'player.start' });
    p.send({ type: 'player.line', length: 0 });
    vi.advanceTimersByTime(5000);
    p.send({ type: 'player.auto.toggle' });
    vi.advanceTimersByTime(999);
    expect(p.asked).not.toContain('advance');
    vi.advanceTimersByTime(1);
    expect(p.asked).toContain('advance');
  });

  it('a menu or a hidden tab pauses auto; closing it resumes where it was', () => {
    const p = player();
    p.send({ type: 'player.start' });
    p.send({ type: 'player.line', length: 0 });
    p.send({ type: 'player.auto.toggle' });
    p.send({ type: 'player.menu.open' });
    vi.advanceTimersByTime(60_000);
    expect(p.asked).not.toContain('advance');
    p.send({ type: 'player.menu.close' });
    expect(p.state().hasTag('shown')).toBe(true);
    p.send({ type: 'player.suspend' });
    vi.advanceTimersByTime(60_000);
    expect(p.asked).not.toContain('advance');
    p.send({ type: 'player.resume' });
    vi.advanceTimersByTime(1000);
    expect(p.asked).toContain('advance');
  });

  it('skipping shows lines at once and asks for the next every interval; a press stops it', () => {
    const p = player();
    p.send({ type: 'player.start' });
    p.send({ type: 'player.line', length: 200 });
    p.send({ type: 'player.skip.toggle' });
    expect(p.state().hasTag('shown')).toBe(true);
    vi.advanceTimersByTime(SKIP_INTERVAL_MS);
    expect(p.asked).toEqual(['restart', 'skip']);
    p.send({ type: 'player.line', length: 200 });
    expect(p.state().hasTag('shown')).toBe(true);
    p.send({ type: 'player.advance' });
    expect(p.state().context.skipping).toBe(false);
    vi.advanceTimersByTime(60_000);
    expect(p.asked).toEqual(['restart', 'skip']);
  });

  it('a press during a stage transition finishes the transition, not the line; auto waits for its end', () => {
    const p = player();
    p.send({ type: 'player.start' });
    p.send({ type: 'player.line', length: 20 });
    p.send({ type: 'player.transition', running: true });
    p.send({ type: 'player.advance' });
    expect(p.asked).toEqual(['restart', 'finishTransition']);
    expect(p.state().hasTag('typing')).toBe(true);
    p.send({ type: 'player.transition', running: false });
    p.send({ type: 'player.advance' });
    expect(p.state().hasTag('shown')).toBe(true);
    p.send({ type: 'player.auto.toggle' });
    p.send({ type: 'player.transition', running: true });
    vi.advanceTimersByTime(10_000);
    expect(p.asked).not.toContain('advance');
    p.send({ type: 'player.transition', running: false });
    vi.advanceTimersByTime(autoDelay(20, { autoBaseMs: 1000, autoPerCharMs: 10 }));
    expect(p.asked).toContain('advance');
  });

  it('opening a menu stops skipping', () => {
    const p = player();
    p.send({ type: 'player.start' });
    p.send({ type: 'player.line', length: 5 });
    p.send({ type: 'player.skip.set', on: true });
    p.send({ type: 'player.menu.open' });
    expect(p.state().context.skipping).toBe(false);
  });

  it('no sequence of events reaches an impossible state', () => {
    const event = fc.constantFrom<PlayerEvent>(
      { type: 'player.start' }, { type: 'player.advance' }, { type: 'player.line', length: 12 }, { type: 'player.line', length: 0 },
      { type: 'player.end' }, { type: 'player.menu.open' }, { type: 'player.menu.close' }, { type: 'player.title' },
      { type: 'player.auto.toggle' }, { type: 'player.skip.toggle' }, { type: 'player.skip.set', on: true },
      { type: 'player.suspend' }, { type: 'player.resume' },
      { type: 'player.transition', running: true }, { type: 'player.transition', running: false },
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(event, fc.integer({ min: 0, max: 3000 })), { maxLength: 40 }), (steps) => {
        const p = player();
        for (const [e, wait] of steps) {
          p.send(e);
          vi.advanceTimersByTime(wait);
          const s = p.state();
          const { auto, skipping } = s.context;
          expect(auto && skipping).toBe(false);
          if (s.matches('menu') || s.matches('suspended') || s.matches('title') || s.matches('ended')) expect(skipping).toBe(false);
          if (s.matches('title') || s.matches('ended')) expect(auto).toBe(false);
          expect(s.hasTag('typing') && s.hasTag('shown')).toBe(false);
        }
        p.actor.stop();
      }),
      { numRuns: 200 },
    );
  });

  it('the auto delay never shrinks as lines grow', () => {
    fc.assert(
      fc.property(fc.nat(5000), fc.nat(5000), fc.nat(6000), fc.nat(200), (a, b, base, perChar) => {
        const [short, long] = a <= b ? [a, b] : [b, a];
        expect(autoDelay(short, { autoBaseMs: base, autoPerCharMs: perChar })).toBeLessThanOrEqual(autoDelay(long, { autoBaseMs: base, autoPerCharMs: perChar }));
      }),
    );
  });
});
