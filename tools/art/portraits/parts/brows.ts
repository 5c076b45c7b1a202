/**
 * Brows carry most of an expression at phone size, so they are bold tapered
 * wedges whose inner and outer ends move independently: inner up reads as worry
 * or grief, inner down as anger or resolve.
 */
import type { Character, Expression } from '../types.ts';
import { CX, n, shape } from '../svg.ts';
import { BROW_Y } from './head.ts';

function brow(c: Character, e: Expression, s: number): string {
  const gap = c.eyes.gap;
  const t = c.brows.thick;
  const ix = CX + s * (gap - 34);
  const ox = CX + s * (gap + 36);
  // Moves are exaggerated a little: at phone size subtle brows all read as neutral.
  const iy = BROW_Y + e.brows.inner * 1.4;
  const oy = BROW_Y + 6 + e.brows.outer * 1.4;
  // Any pull on the inner end flattens the arch: worried and angry brows are straight slants.
  const arch = Math.max(2, 10 - Math.abs(e.brows.inner) * 0.6);
  const mx = (ix + ox) / 2;
  const my = Math.min(iy, oy) - arch;
  const d = `M${n(ix)} ${n(iy - t / 2)}Q${n(mx)} ${n(my - t / 2)} ${n(ox)} ${n(oy)}` +
    `Q${n(mx)} ${n(my + t / 2)} ${n(ix)} ${n(iy + t / 2)}Z`;
  return shape(d, c.brows.color, 2.5);
}

export function brows(c: Character, e: Expression): string {
  return brow(c, e, -1) + (c.hideRightEye ? '' : brow(c, e, 1));
}
