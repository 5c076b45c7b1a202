import { describe, expect, it } from 'vitest';
import { epochNow } from '../../src/stage/protocol';

describe('the clock the page and the stage share', () => {
  it('is epoch milliseconds, so a worker and the page agree whatever their own clocks started at', () => {
    const before = Date.now();
    const now = epochNow();
    expect(now).toBeGreaterThanOrEqual(before - 5);
    expect(now).toBeLessThanOrEqual(Date.now() + 5);
  });
});
