import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StageActor } from '../../src/compiler/story';
import { arrangeCast, drawOrder, figureOf } from '../../src/stage/crowd';
import type { Box } from '../../src/stage/crowd';
import { computeLayout, placeX } from '../../src/stage/layout';
import { chapter } from '../e2e/story';

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

describe('the cast on stage', () => {
  const story = chapter();
  const SIZES: [number, number][] = [[390, 844], [844, 390], [1280, 720], [360, 640], [1920, 1080]];
  /** Every distinct cast the chapter puts on stage (places and expressions). */
  const casts = [...new Map(story.beats.map((b) => [b.stage.cast.map((a) => `${a.id}-${a.expression}@${a.place}`).join(' '), b])).values()];
  const members = (cast: readonly StageActor[]) => cast.map((a) => ({ place: a.place, figure: figureOf(`${a.id}-${a.expression}`) }));
  /** A figure's box on screen, from its spot (independent of crowd.ts's own maths). */
  const rect = (spot: { x: number; bottom: number; height: number }, b: Box) => {
    const w = (spot.height * 2) / 3;
    return { x0: spot.x + (b.x0 - 0.5) * w, x1: spot.x + (b.x1 - 0.5) * w, y0: spot.bottom - spot.height * (1 - b.y0), y1: spot.bottom - spot.height * (1 - b.y1) };
  };
  const overlap = (a: ReturnType<typeof rect>, b: ReturnType<typeof rect>) => Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) * Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));

  for (const [width, height] of SIZES) {
    it(`at ${width}x${height}, on every beat every head is on screen, every face above the text box and in sight`, () => {
      const layout = computeLayout(width, height);
      const problems: string[] = [];
      for (const beat of casts) {
        const cast = beat.stage.cast;
        const m = members(cast);
        const spots = arrangeCast(layout, m);
        // Whoever speaks (or nobody) is drawn in front of their equals: every order must leave faces clear.
        for (const speaker of [-1, ...cast.keys()]) {
          const z = drawOrder(m, speaker);
          cast.forEach((a, i) => {
            const head = rect(spots[i]!, m[i]!.figure.head);
            const face = rect(spots[i]!, m[i]!.figure.face);
            if (head.x0 < layout.scene.x - 0.5 || head.x1 > layout.scene.x + layout.scene.width + 0.5 || head.y0 < -0.5) problems.push(`${beat.id}: ${a.id}'s head is cut at the edge`);
            if (face.y1 > layout.textBox.y + 0.5) problems.push(`${beat.id}: ${a.id}'s face is under the text box`);
            cast.forEach((b, j) => {
              if (j === i || z[j]! < z[i]!) return;
              for (const s of m[j]!.figure.solid) if (overlap(face, rect(spots[j]!, s)) > 1) problems.push(`${beat.id}: ${b.id} hides ${a.id}'s face`);
            });
          });
        }
        // Left to right as the script placed them, and nobody shrinks to a speck.
        for (let i = 1; i < spots.length; i++) expect(spots[i]!.x).toBeGreaterThan(spots[i - 1]!.x);
        for (const s of spots) expect(s.height).toBeGreaterThan(layout.portraitHeight * 0.3);
      }
      expect([...new Set(problems)]).toEqual([]);
    });
  }

  it('the vigil: the bed stands behind Iruka, and both faces show on a phone', () => {
    const vigil = story.beats.find((b) => b.scene === 'vigil' && b.stage.cast.length === 2)!;
    const m = members(vigil.stage.cast);
    const bed = vigil.stage.cast.findIndex((a) => a.expression === 'bed');
    const iruka = vigil.stage.cast.findIndex((a) => a.id === 'iruka');
    expect(drawOrder(m, bed)[bed]).toBeLessThan(drawOrder(m, bed)[iruka]!);
    const layout = computeLayout(390, 844);
    const spots = arrangeCast(layout, m);
    expect(overlap(rect(spots[iruka]!, m[iruka]!.figure.face), rect(spots[bed]!, m[bed]!.figure.face))).toBe(0);
    expect(overlap(rect(spots[bed]!, m[bed]!.figure.face), rect(spots[iruka]!, m[iruka]!.figure.solid[0]!))).toBe(0);
  });

  it('with room to spare, everyone keeps their place and full size', () => {
    const layout = computeLayout(1280, 720);
    const pair = members([{ id: 'iruka', expression: 'worried', place: 'left' }, { id: 'sakura', expression: 'worried', place: 'right' }]);
    expect(arrangeCast(layout, pair)).toEqual([
      { x: placeX(layout, 'left'), bottom: layout.portraitBottom, height: layout.portraitHeight },
      { x: placeX(layout, 'right'), bottom: layout.portraitBottom, height: layout.portraitHeight },
    ]);
  });

  it('the speaker is drawn in front of the other standing figures', () => {
    const trio = members([{ id: 'a', expression: 'x', place: 'left' }, { id: 'b', expression: 'x', place: 'center' }, { id: 'c', expression: 'x', place: 'right' }]);
    const z = drawOrder(trio, 0);
    expect(z[0]).toBeGreaterThan(Math.max(z[1]!, z[2]!));
  });
});
