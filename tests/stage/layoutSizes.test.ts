import { describe, expect, it } from 'vitest';
import { computeLayout, cover, placeX, textLayerRect } from '../../src/stage/layout';
import type { Layout, Rect } from '../../src/stage/layout';

/**
 * The layout at the screens the game is checked on, to the hundredth of a pixel: a change to any of
 * these numbers moves the text box, the quick menu or the cast on a real screen, and should be seen.
 */

/** Every number rounded to two decimals, so the float noise of the maths does not matter. */
const rounded = (layout: Layout): unknown => JSON.parse(JSON.stringify(layout, (_, v: unknown) => (typeof v === 'number' ? Math.round(v * 100) / 100 : v)));
const rect = (x: number, y: number, width: number, height: number): Rect => ({ x, y, width, height });

describe('the layout at reference screens', () => {
  it('a 1280x720 window: the box and menu inset 3.5 % at the foot, 24 px text, portraits 90 % of the scene tall', () => {
    expect(rounded(computeLayout(1280, 720))).toEqual({
      orientation: 'landscape', width: 1280, height: 720,
      scene: rect(0, 0, 1280, 720),
      textBox: rect(44.8, 487.36, 1190.4, 180),
      quickBar: rect(44.8, 667.36, 1190.4, 44),
      textBottom: 667.36, padding: 22, fontSize: 24, nameSize: 25, portraitHeight: 648, portraitBottom: 720,
    });
  });

  it('a full HD screen: the quick menu grows with the scene past its 44 px minimum', () => {
    expect(rounded(computeLayout(1920, 1080))).toMatchObject({
      textBox: rect(67.2, 745.04, 1785.6, 270),
      quickBar: rect(67.2, 1015.04, 1785.6, 52),
      padding: 32, fontSize: 37, nameSize: 39, portraitHeight: 972,
    });
  });

  it('a small landscape screen keeps 15 px text and a 44 px menu', () => {
    expect(rounded(computeLayout(640, 360))).toMatchObject({ fontSize: 15, nameSize: 16, quickBar: { height: 44 }, textBox: { height: 90 } });
  });

  it('a square screen is letterboxed like a wide one', () => {
    const l = computeLayout(800, 800);
    expect(l.orientation).toBe('landscape');
    expect(rounded(l)).toMatchObject({ scene: rect(0, 175, 800, 450), portraitBottom: 625 });
  });

  it('a larger text setting grows the text and its box; a smaller one shrinks the text, never the box', () => {
    const base = computeLayout(1280, 720);
    const large = computeLayout(1280, 720, 1.5);
    expect(large.fontSize).toBe(37);
    expect(large.textBox.height).toBeCloseTo(223.2);
    expect(large.textBox.y + large.textBox.height).toBeCloseTo(base.textBox.y + base.textBox.height);
    const small = computeLayout(1280, 720, 0.85);
    expect(small.fontSize).toBe(21);
    expect(small.textBox).toEqual(base.textBox);
  });

  it('a 390x844 phone: the box spans the width, the menu sits inside its foot, portraits stand 60 % of the screen tall', () => {
    expect(rounded(computeLayout(390, 844))).toEqual({
      orientation: 'portrait', width: 390, height: 844,
      scene: rect(0, 0, 390, 844),
      textBox: rect(12, 578.8, 366, 253.2),
      quickBar: rect(16, 736, 358, 92),
      textBottom: 736, padding: 16, fontSize: 18, nameSize: 19, portraitHeight: 506.4, portraitBottom: 730.72,
    });
  });

  it('a short phone: the box keeps room for eight lines of text and the menu', () => {
    expect(rounded(computeLayout(390, 600))).toMatchObject({ textBox: rect(12, 352, 366, 236), portraitHeight: 360, portraitBottom: 460 });
  });

  it('a phone with larger text', () => {
    expect(rounded(computeLayout(390, 844, 1.3))).toMatchObject({ fontSize: 24, padding: 22, textBox: { height: 284 } });
  });

  it('a narrow, tall screen: portraits are as tall as the width allows', () => {
    expect(computeLayout(300, 1000).portraitHeight).toBeCloseTo(435);
    expect(computeLayout(300, 1000).fontSize).toBe(16);
    expect(computeLayout(600, 1000).fontSize).toBe(22);
  });
});

describe('places, cover and the text canvas', () => {
  it('places spread a little wider on a phone than across a letterboxed scene', () => {
    expect(placeX(computeLayout(1280, 720), 'far-left')).toBeCloseTo(128);
    expect(placeX(computeLayout(1280, 720), 'right')).toBeCloseTo(972.8);
    expect(placeX(computeLayout(390, 844), 'far-left')).toBeCloseTo(23.4);
    expect(placeX(computeLayout(390, 844), 'right')).toBeCloseTo(306.54);
    expect(placeX(computeLayout(800, 800), 'center')).toBe(400);
  });

  it('art covers its rect, centred: a wide image is cropped at the sides, a tall one top and bottom', () => {
    const box = rect(10, 20, 160, 90);
    expect(cover(box, 200, 100)).toEqual({ scale: 0.9, x: 0, y: 20 });
    expect(cover(box, 100, 200)).toEqual({ scale: 1.6, x: 10, y: -95 });
  });

  it('the text canvas covers the text box on whole pixels with a 2 px margin', () => {
    expect(textLayerRect(computeLayout(1280, 720))).toEqual(rect(42, 485, 1196, 185));
    expect(textLayerRect(computeLayout(390, 844))).toEqual(rect(10, 576, 370, 258));
  });
});
