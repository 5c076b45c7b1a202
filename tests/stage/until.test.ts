import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { until } from '../../src/stage/until';

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] }));
afterEach(() => vi.useRealTimers());

describe('until', () => {
  it('resolves at once when the condition already holds', async () => {
    let done = false;
    void until(() => true).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(true);
  });

  it('waits while the condition does not hold, and resolves at the first check after it does', async () => {
    let ready = false;
    let done = false;
    void until(() => ready).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(100);
    expect(done).toBe(false);
    ready = true;
    await vi.advanceTimersByTimeAsync(16);
    expect(done).toBe(true);
  });

  it('gives up waiting after its patience', async () => {
    let done = false;
    void until(() => false, 500).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(480);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(40);
    expect(done).toBe(true);
  });
});
