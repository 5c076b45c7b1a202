/**
 * The body below the head: shoulder and arm silhouettes shared by every outfit
 * (the recipes are in outfits-*.ts). Arms hang straight and run off the bottom
 * edge, so the frame crops every figure at the waist the same way.
 */
import type { Doc } from '../doc.ts';
import type { Character } from '../types.ts';
import { CX, line, mirror, symPath } from '../svg.ts';

export const BOTTOM = 906;

/** Layers an outfit contributes: `back` sits behind everything (a pillow), `top` over the neck. */
export interface OutfitLayers {
  back?: string;
  base: string;
  top?: string;
}

export type OutfitRecipe = (doc: Doc, c: Character) => OutfitLayers;

/** Shoulders and both arms as one outline, from the base of the neck down to the crop. */
export function torso(s: number): string {
  return symPath([CX, 452], [
    [[CX - 44, 456], [CX - s + 50, 474], [CX - s + 14, 506]],
    [[CX - s - 8, 522], [CX - s - 10, 566], [CX - s - 8, 620]],
    [[CX - s - 6, 720], [CX - s - 2, 820], [CX - s + 2, BOTTOM]],
    [[CX - 50, BOTTOM], [CX - 20, BOTTOM], [CX, BOTTOM]],
  ]);
}

/** The left arm alone (mirror it for the right), for bare or differently coloured arms. */
export function arm(s: number): string {
  const x = CX - s;
  return `M${x + 14} 506C${x - 8} 522 ${x - 10} 566 ${x - 8} 620C${x - 6} 720 ${x - 2} 820 ${x + 2} ${BOTTOM}` +
    `L${x + 66} ${BOTTOM}Q${x + 58} 760 ${x + 60} 630Q${x + 52} 540 ${x + 14} 506Z`;
}

/** The crease between arm and body on both sides. */
export function armLines(s: number): string {
  const x = CX - s;
  const d = `M${x + 60} 630Q${x + 58} 760 ${x + 66} ${BOTTOM}`;
  return line(d, 3.5) + mirror(line(d, 3.5));
}

/** A sleeveless front panel (vests, tops): over the shoulders, round the armholes, down to the crop. */
export function panel(s: number, neckY = 470): string {
  return symPath([CX, neckY], [
    [[CX - 30, neckY - 2], [CX - s + 60, 478], [CX - s + 20, 508]],
    [[CX - s + 2, 520], [CX - s + 8, 560], [CX - s + 36, 600]],
    [[CX - s + 56, 626], [CX - s + 66, 640], [CX - s + 68, 700]],
    [[CX - s + 68, 780], [CX - s + 66, 860], [CX - s + 66, BOTTOM]],
    [[CX - 50, BOTTOM], [CX - 20, BOTTOM], [CX, BOTTOM]],
  ]);
}
