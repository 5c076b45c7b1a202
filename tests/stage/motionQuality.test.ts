import { describe, expect, it } from 'vitest';
import { MotionQuality } from '../../src/stage/motionQuality';

describe('motion quality', () => {
  it('draws frames at rest at full resolution, whatever came before', () => {
    const q = new MotionQuality();
    for (let t = 0; t < 1000; t += 120) q.frame(t, true);
    expect(q.scale).toBeLessThan(1);
    expect(q.frame(2000, false)).toBe(1);
  });

  it('lowers the resolution of moving frames that come slower than the budget, not below the floor', () => {
    const q = new MotionQuality(34, 0.35);
    const scales = [0, 100, 200, 300, 400, 500, 600].map((t) => q.frame(t, true));
    expect(scales[0]).toBe(1);
    for (let i = 2; i < scales.length; i++) expect(scales[i]!).toBeLessThanOrEqual(scales[i - 1]!);
    expect(scales.at(-1)).toBe(0.35);
  });

  it('keeps full resolution when moving frames are on time, and recovers when they speed up', () => {
    const fast = new MotionQuality();
    for (let t = 0; t < 1000; t += 16) expect(fast.frame(t, true)).toBe(1);
    const recovering = new MotionQuality();
    for (let t = 0; t < 500; t += 100) recovering.frame(t, true);
    const low = recovering.scale;
    for (let t = 500; t < 2000; t += 16) recovering.frame(t, true);
    expect(recovering.scale).toBeGreaterThan(low);
  });
});
