/**
 * Construction helpers for hair silhouettes: spiky crowns from a list of
 * spikes, and symmetric outlines written as one half.
 */
import { mx } from '../svg.ts';
import type { Pt } from '../svg.ts';

export interface HairGeometry {
  /** Closed masses drawn behind the head, back to front. */
  back: string[];
  /** Closed shapes drawn over the clothes but under the head (pigtails). */
  tails?: string[];
  /** Hair ties over the tails. */
  ties?: string[];
  /** Bang line from the left temple over the forehead to the right temple. */
  bangs?: Pt[];
  /** Thin strand lines drawn over the front cap. */
  strands?: string;
}

/** One spike of a crown: base angle and half-width (deg, 0 = up, clockwise), length, lean. */
export type Spike = readonly [angle: number, length: number, halfWidth: number, lean: number];

const polar = (c: Pt, deg: number, r: number): Pt => {
  const a = (deg * Math.PI) / 180;
  return [c[0] + r * Math.sin(a), c[1] - r * Math.cos(a)];
};

/** A closed star of curved spikes around a centre: spiky crowns and ponytail fans. */
export function crown(c: Pt, r: number, spikes: readonly Spike[]): string {
  let d = '';
  for (const [a, len, hw, lean] of spikes) {
    const b1 = polar(c, a - hw, r);
    const tip = polar(c, a + lean, r + len);
    const c1 = polar(c, a - hw * 0.2 + lean * 0.5, r + len * 0.55);
    const c2 = polar(c, a + hw * 0.6 + lean * 0.4, r + len * 0.45);
    const b2 = polar(c, a + hw, r);
    d += `${d ? 'L' : 'M'}${b1[0].toFixed(1)} ${b1[1].toFixed(1)}` +
      `Q${c1[0].toFixed(1)} ${c1[1].toFixed(1)} ${tip[0].toFixed(1)} ${tip[1].toFixed(1)}` +
      `Q${c2[0].toFixed(1)} ${c2[1].toFixed(1)} ${b2[0].toFixed(1)} ${b2[1].toFixed(1)}`;
  }
  return `${d}Z`;
}

/** Points for a symmetric outline: the left half from the top axis point down; the right half is mirrored. */
export function symPts(left: readonly Pt[]): Pt[] {
  const right = left.slice(1, -1).map(mx).reverse();
  return [...left, ...right];
}

/** Bangs for symmetric styles: the left half ending on the axis. */
export function symBangs(left: readonly Pt[]): Pt[] {
  return [...left, ...left.slice(0, -1).map(mx).reverse()];
}
