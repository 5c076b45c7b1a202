import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { charsShown, typingMs } from '../../src/story/typewriter';

describe('the typewriter with pauses', () => {
  it('types at the given speed and holds at a pause for its length', () => {
    // 10 characters a second: one every 100 ms; a 500 ms pause after the 3rd.
    const pauses = [{ at: 3, ms: 500 }];
    expect([0, 99, 100, 299, 300, 799, 800, 899, 900].map((t) => charsShown(t, 10, 6, pauses))).toEqual([0, 0, 1, 2, 3, 3, 3, 3, 4]);
    expect(charsShown(1300, 10, 6, pauses)).toBe(6);
    expect(typingMs(6, 10, pauses)).toBe(1100);
    expect(typingMs(6, 10)).toBe(600);
  });

  it('instant text shows at once and has no pauses', () => {
    expect(charsShown(0, Infinity, 12, [{ at: 4, ms: 800 }])).toBe(12);
    expect(typingMs(12, Infinity, [{ at: 4, ms: 800 }])).toBe(0);
  });

  it('never goes back, never passes the end, and ends exactly when typing is done', () => {
    const pause = fc.record({ at: fc.integer({ min: 0, max: 60 }), ms: fc.integer({ min: 0, max: 2000 }) });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 200 }), fc.array(pause, { maxLength: 4 }), fc.array(fc.integer({ min: 0, max: 20_000 }), { minLength: 2, maxLength: 8 }), (length, cps, pauses, times) => {
        const shown = [...times].sort((a, b) => a - b).map((t) => charsShown(t, cps, length, pauses));
        for (let i = 1; i < shown.length; i++) expect(shown[i]!).toBeGreaterThanOrEqual(shown[i - 1]!);
        for (const n of shown) expect(n).toBeLessThanOrEqual(length);
        expect(charsShown(typingMs(length, cps, pauses), cps, length, pauses)).toBe(length);
      }),
    );
  });
});
