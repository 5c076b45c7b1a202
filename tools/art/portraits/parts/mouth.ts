/**
 * Mouths are short strokes or small dark openings under the nose. Each kind is a
 * recipe on the same centre point, so an expression only has to name one.
 */
import type { Character, MouthKind } from '../types.ts';
import { CX, line, n, shape } from '../svg.ts';
import { MOUTH_Y } from './head.ts';

const INSIDE = '#5b2130';
const TONGUE = '#c4566a';
const TEETH = '#fbfaff';
const Y = MOUTH_Y;

/** A curved stroke from x-w to x+w; positive `curve` smiles, negative frowns. */
function arc(w: number, curve: number, dx = 0, tilt = 0): string {
  return line(`M${n(CX + dx - w)} ${n(Y - curve / 2 + tilt)}Q${n(CX + dx)} ${n(Y + curve)} ${n(CX + dx + w)} ${n(Y - curve / 2 - tilt)}`, 3.5);
}

function open(d: string, teeth?: string): string {
  const tongue = `M${CX - 14} ${Y + 22}Q${CX} ${Y + 8} ${CX + 14} ${Y + 22}Z`;
  return shape(d, INSIDE, 3.5) + (teeth ? shape(teeth, TEETH, 0) : '') + shape(tongue, TONGUE, 0);
}

const RECIPES: Record<MouthKind, () => string> = {
  neutral: () => arc(15, 2),
  flat: () => line(`M${CX - 17} ${Y + 1}L${CX + 17} ${Y - 1}`, 3.5),
  frown: () => arc(17, -6),
  'soft-smile': () => arc(16, 5, 0, 1),
  // A smile that only one corner manages, with a dip: it reads as effort.
  'weak-smile': () => line(`M${CX - 18} ${Y + 2}Q${CX - 6} ${Y + 5} ${CX + 4} ${Y + 2}Q${CX + 12} ${Y} ${CX + 19} ${Y - 5}`, 3.5),
  'wide-smile': () =>
    open(`M${CX - 26} ${Y - 4}Q${CX} ${Y + 2} ${CX + 26} ${Y - 4}Q${CX + 14} ${Y + 24} ${CX} ${Y + 24}Q${CX - 14} ${Y + 24} ${CX - 26} ${Y - 4}Z`,
      `M${CX - 22} ${Y - 2}Q${CX} ${Y + 3} ${CX + 22} ${Y - 2}L${CX + 18} ${Y + 5}Q${CX} ${Y + 9} ${CX - 18} ${Y + 5}Z`),
  o: () => open(`M${CX} ${Y - 8}C${CX + 15} ${Y - 8} ${CX + 13} ${Y + 20} ${CX} ${Y + 20}C${CX - 13} ${Y + 20} ${CX - 15} ${Y - 8} ${CX} ${Y - 8}Z`),
  // Crying: a wide, trembling opening, wider at the bottom, upper teeth showing.
  cry: () =>
    open(`M${CX - 20} ${Y}Q${CX - 8} ${Y - 8} ${CX} ${Y - 5}Q${CX + 8} ${Y - 8} ${CX + 20} ${Y}L${CX + 26} ${Y + 22}Q${CX} ${Y + 30} ${CX - 26} ${Y + 22}Z`,
      `M${CX - 18} ${Y + 1}Q${CX} ${Y - 6} ${CX + 18} ${Y + 1}L${CX + 17} ${Y + 6}Q${CX} ${Y + 2} ${CX - 17} ${Y + 6}Z`),
  wobble: () => line(`M${CX - 18} ${Y + 3}Q${CX - 12} ${Y - 3} ${CX - 6} ${Y + 1}Q${CX} ${Y + 4} ${CX + 6} ${Y}Q${CX + 12} ${Y - 3} ${CX + 18} ${Y + 3}`, 3.5),
  grit: () =>
    shape(`M${CX - 22} ${Y - 2}L${CX + 22} ${Y - 4}L${CX + 20} ${Y + 10}L${CX - 20} ${Y + 10}Z`, TEETH, 3.5) +
    line(`M${CX - 21} ${Y + 4}L${CX + 21} ${Y + 3}M${CX - 8} ${Y - 3}V${Y + 10}M${CX + 7} ${Y - 3}V${Y + 10}`, 2),
};

export function mouth(c: Character, kind: MouthKind): string {
  const drawn = RECIPES[kind]();
  // Lipstick is a red mouth shape under the line, not a different mouth.
  if (!c.marks.includes('lipstick')) return drawn;
  const lips = `M${CX - 20} ${Y}Q${CX - 8} ${Y - 9} ${CX} ${Y - 5}Q${CX + 8} ${Y - 9} ${CX + 20} ${Y}Q${CX} ${Y + 14} ${CX - 20} ${Y}Z`;
  return shape(lips, '#b3243a', 2) + drawn;
}
