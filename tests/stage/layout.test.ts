import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../src/stage/layout';

describe('layout', () => {
  it('letterboxes 16:9 on wide screens with the quick menu just under the text box, inside the scene', () => {
    const l = computeLayout(1280, 720);
    expect(l.orientation).toBe('landscape');
    expect(l.scene).toEqual({ x: 0, y: 0, width: 1280, height: 720 });
    expect(l.quickBar.y).toBeCloseTo(l.textBox.y + l.textBox.height);
    expect(l.quickBar.y + l.quickBar.height).toBeLessThanOrEqual(720);
    const wide = computeLayout(1920, 720);
    expect(wide.scene.width / wide.scene.height).toBeCloseTo(16 / 9);
  });

  it('on a phone the text box takes the full width and a readable size, with the quick menu inside its foot', () => {
    const l = computeLayout(390, 844);
    expect(l.orientation).toBe('portrait');
    expect(l.textBox.width).toBeGreaterThan(390 * 0.9);
    expect(l.fontSize).toBeGreaterThanOrEqual(16);
    expect(l.quickBar.height).toBeGreaterThanOrEqual(44);
    expect(l.textBottom).toBe(l.quickBar.y);
  });

  it('for any screen and text size, the text box and quick menu stay on screen and never overlap', () => {
    fc.assert(
      fc.property(fc.integer({ min: 320, max: 3840 }), fc.integer({ min: 320, max: 2160 }), fc.double({ min: 0.85, max: 1.5, noNaN: true }), (w, h, scale) => {
        const l = computeLayout(w, h, scale);
        for (const r of [l.textBox, l.quickBar]) {
          expect(r.x).toBeGreaterThanOrEqual(0);
          expect(r.y).toBeGreaterThanOrEqual(0);
          expect(r.x + r.width).toBeLessThanOrEqual(w + 0.01);
          expect(r.y + r.height).toBeLessThanOrEqual(h + 0.01);
        }
        expect(l.textBottom).toBeLessThanOrEqual(l.quickBar.y + 0.01);
        expect(l.textBottom).toBeGreaterThan(l.textBox.y);
      }),
    );
  });
});
