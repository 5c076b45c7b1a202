import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { idleGate } from '../src/idle';

describe('the warm-up\'s idle gate', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  const settledNow = async (p: Promise<void>) => {
    let done = false;
    void p.then(() => (done = true));
    await Promise.resolve();
    await Promise.resolve();
    return done;
  };

  it('waits for an idle period until a press hurries it; from then on only for the next task', async () => {
    const gate = idleGate();
    const first = gate.wait();
    expect(await settledNow(first)).toBe(false);
    gate.hurry();
    // Not in the press's own task: the pieces after it each take a task of their own.
    expect(await settledNow(first)).toBe(false);
    vi.advanceTimersByTime(0);
    expect(await settledNow(first)).toBe(true);
    const next = gate.wait();
    expect(await settledNow(next)).toBe(false);
    vi.advanceTimersByTime(0);
    expect(await settledNow(next)).toBe(true);
  });

  it('without a press, each wait ends in the next idle period (a short timer where there is no requestIdleCallback)', async () => {
    const gate = idleGate();
    const waiting = gate.wait();
    expect(await settledNow(waiting)).toBe(false);
    vi.advanceTimersByTime(60);
    expect(await settledNow(waiting)).toBe(true);
  });
});
