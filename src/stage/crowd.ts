import type { Place } from '../compiler/story';
import { placeX } from './layout';
import type { Layout } from './layout';

/**
 * Where the cast stands: pure maths, unit-tested apart from Pixi. Every face stays on screen, above
 * the text box, and in sight: no portrait drawn in front of another covers its face, whoever speaks.
 * Characters keep their places while there is room; a crowd first draws together (keeping its order),
 * then stands smaller, until that holds.
 */

/** A box in fractions of a portrait image: 0..1 across, 0..1 down. */
export interface Box { x0: number; x1: number; y0: number; y1: number }

/**
 * What staging needs to know of a portrait: its face (to keep in sight), its head (to keep on
 * screen) and the opaque parts that hide what stands behind. A figure of lower depth is drawn behind.
 */
export interface Figure { face: Box; head: Box; solid: readonly Box[]; depth: number }

/** Every portrait is authored at 600x900. */
export const PORTRAIT_ASPECT = 600 / 900;

const STANDING: Figure = {
  face: { x0: 0.3, x1: 0.7, y0: 0.2, y1: 0.47 },
  head: { x0: 0.24, x1: 0.76, y0: 0.03, y1: 0.5 },
  solid: [{ x0: 0.24, x1: 0.76, y0: 0.03, y1: 0.5 }, { x0: 0.16, x1: 0.84, y0: 0.47, y1: 1 }],
  depth: 0,
};

/** Someone lying in bed: a wide pillow and sheet, so the bed stands behind whoever is at the bedside. */
const LYING: Figure = {
  face: { x0: 0.25, x1: 0.62, y0: 0.2, y1: 0.47 },
  head: { x0: 0.17, x1: 0.87, y0: 0.07, y1: 0.47 },
  solid: [{ x0: 0.17, x1: 0.87, y0: 0.07, y1: 0.27 }, { x0: 0.05, x1: 0.95, y0: 0.27, y1: 1 }],
  depth: -1,
};

/** Portraits that are not a standing figure, by art id (`character-expression`). */
const FIGURES: Record<string, Figure> = { 'kakashi-bed': LYING };

export const figureOf = (art: string): Figure => FIGURES[art] ?? STANDING;

export interface Member { place: Place; figure: Figure }
export interface Spot { x: number; bottom: number; height: number }

/** How much of a figure may stand below the text box's top edge (its face never does). */
const SUNK = { portrait: 0.3, landscape: 0.5 } as const;
const SHRINK = 0.96;
const SMALLEST = 0.25;

/** Scale a crowd starts from: more than three stand a little smaller. */
function startScale(layout: Layout, count: number): number {
  if (count <= 3) return 1;
  return layout.orientation === 'portrait' ? 0.8 : 0.88;
}

/** The spot of each member (same order as `cast`, which is ordered left to right). Pure; never throws. */
export function arrangeCast(layout: Layout, cast: readonly Member[]): Spot[] {
  let scale = startScale(layout, cast.length);
  for (;;) {
    const spots = tryScale(layout, cast, scale);
    if (spots && clear(layout, cast, spots)) return spots;
    if (scale * SHRINK < SMALLEST) return spots ?? cast.map((m) => at(layout, m, placeX(layout, m.place), scale));
    scale *= SHRINK;
  }
}

function at(layout: Layout, m: Member, x: number, scale: number): Spot {
  const height = layout.portraitHeight * scale;
  const bottom = Math.min(layout.portraitBottom, layout.textBox.y + SUNK[layout.orientation] * height);
  return { x, bottom, height };
}

/** Places as near their places as the gaps allow (forward then backward pass), or null when they cannot fit. */
function tryScale(layout: Layout, cast: readonly Member[], scale: number): Spot[] | null {
  const width = layout.portraitHeight * scale * PORTRAIT_ASPECT;
  const left = layout.scene.x;
  const right = layout.scene.x + layout.scene.width;
  const lo = cast.map((m) => left + width * (0.5 - m.figure.head.x0));
  const hi = cast.map((m) => right - width * (m.figure.head.x1 - 0.5));
  const gap = cast.slice(1).map((m, i) => width * gapBetween(cast[i]!.figure, m.figure));
  const xs = cast.map((m) => placeX(layout, m.place));
  for (let i = 0; i < xs.length; i++) xs[i] = Math.max(xs[i]!, lo[i]!, i ? xs[i - 1]! + gap[i - 1]! : -Infinity);
  for (let i = xs.length - 1; i >= 0; i--) xs[i] = Math.min(xs[i]!, hi[i]!, i < xs.length - 1 ? xs[i + 1]! - gap[i]! : Infinity);
  if (xs.some((x, i) => x < lo[i]! - 0.01)) return null;
  return cast.map((m, i) => at(layout, m, xs[i]!, scale));
}

/** Least distance between the centres of `a` (left) and `b` (right), in portrait widths, so neither hides the other's face. */
function gapBetween(a: Figure, b: Figure): number {
  let need = a.face.x1 - b.face.x0; // faces never overlap
  if (b.depth >= a.depth) for (const s of b.solid) if (overlapsY(s, a.face)) need = Math.max(need, a.face.x1 - s.x0);
  if (a.depth >= b.depth) for (const s of a.solid) if (overlapsY(s, b.face)) need = Math.max(need, s.x1 - b.face.x0);
  return need;
}

const overlapsY = (s: Box, face: Box) => s.y0 < face.y1 && face.y0 < s.y1;

/** Screen rect of a box of a figure standing at `spot`. */
export function boxAt(spot: Spot, box: Box): { x0: number; x1: number; y0: number; y1: number } {
  const w = spot.height * PORTRAIT_ASPECT;
  const top = spot.bottom - spot.height;
  return { x0: spot.x + (box.x0 - 0.5) * w, x1: spot.x + (box.x1 - 0.5) * w, y0: top + box.y0 * spot.height, y1: top + box.y1 * spot.height };
}

/** Every head on screen, every face above the text box, and no face under a figure that may be drawn over it. */
export function clear(layout: Layout, cast: readonly Member[], spots: readonly Spot[]): boolean {
  const { scene, textBox } = layout;
  for (let i = 0; i < cast.length; i++) {
    const head = boxAt(spots[i]!, cast[i]!.figure.head);
    const face = boxAt(spots[i]!, cast[i]!.figure.face);
    if (head.x0 < scene.x - 0.5 || head.x1 > scene.x + scene.width + 0.5 || head.y0 < scene.y - 0.5) return false;
    if (face.y1 > textBox.y + 0.5) return false;
    for (let j = 0; j < cast.length; j++) {
      if (j === i || cast[j]!.figure.depth < cast[i]!.figure.depth) continue;
      for (const s of cast[j]!.figure.solid) if (intersects(face, boxAt(spots[j]!, s))) return false;
    }
  }
  return true;
}

const intersects = (a: { x0: number; x1: number; y0: number; y1: number }, b: typeof a) =>
  a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5;

/** Draw order: lying figures behind standing ones; among equals the speaker in front, then left to right. */
export function drawOrder(cast: readonly Member[], speakerIndex: number): number[] {
  return cast.map((m, i) => m.figure.depth * 1000 + (i === speakerIndex ? 100 : i));
}
