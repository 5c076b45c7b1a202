/**
 * Things worn on or held at the head: the Leaf forehead protector in its five
 * ways of wearing, Kakashi's head bandage, the nurse's cap, Asuma's cigarette and
 * Genma's senbon.
 */
import type { Doc } from '../doc.ts';
import type { Character } from '../types.ts';
import { CX, el, g, line, n, paint, shape, symPath } from '../svg.ts';
import type { Paint } from '../svg.ts';

const METAL = paint('#c9cdd8', 0.3);
const ENGRAVE = '#3b3f52';

/** The Leaf mark: an inward spiral that opens into a pointed leaf, plus a short stem. */
function leafMark(): string {
  const pts: string[] = [];
  for (let i = 0; i <= 26; i++) {
    const a = (i / 26) * Math.PI * 3.3;
    const r = 1.5 + i * 0.42;
    pts.push(`${n(Math.cos(a) * r)} ${n(Math.sin(a) * r)}`);
  }
  const spiral = `M${pts.join('L')}`;
  return line(`${spiral}L-19 -8L6 -12M-9 9L-18 15`, 3, ENGRAVE);
}

/** The metal plate, drawn at the origin and placed by transform. */
function plate(w: number, h: number): string {
  const rivets = [[-1, -1], [1, -1], [-1, 1], [1, 1]]
    .map(([sx, sy]) => el('circle', { cx: (sx ?? 0) * (w / 2 - 9), cy: (sy ?? 0) * (h / 2 - 8), r: 3, fill: METAL.shade }))
    .join('');
  const body = `M${-w / 2} ${-h / 2 + 8}q0 -8 8 -8h${w - 16}q8 0 8 8v${h - 16}q0 8 -8 8h${-(w - 16)}q-8 0 -8 -8Z`;
  const sheen = `M${w / 2 - 18} ${-h / 2}h10q8 0 8 8v${h - 16}q0 8 -8 8h-24Z`;
  return shape(body, METAL.base, 0) + shape(sheen, METAL.shade, 0) + shape(body, 'none') + rivets + leafMark();
}

/** A cloth band across the head: top and bottom edges as quadratic curves between the temples. */
function band(doc: Doc, l: number, r: number, top: readonly number[], bottom: readonly number[], cloth: Paint): string {
  const [t1 = 0, tc = 0, t2 = 0] = top;
  const [b1 = 0, bc = 0, b2 = 0] = bottom;
  return doc.cel(`M${l} ${t1}Q${CX} ${tc} ${r} ${t2}L${r} ${b2}Q${CX} ${bc} ${l} ${b1}Z`, cloth, [0, -8]);
}

export function protector(doc: Doc, c: Character): string {
  const p = c.protector;
  if (!p) return '';
  const hw = c.face.halfWidth + 8;
  const L = CX - hw;
  const R = CX + hw;
  switch (p.wear) {
    case 'forehead':
      return band(doc, L, R, [204, 176, 204], [250, 226, 250], p.cloth) + g(plate(118, 46), `translate(${CX} 206)`);
    case 'over-eye':
      // Kakashi's slants down to his left and covers that eye.
      return doc.cel(`M${L} 196Q${CX} 176 ${R + 6} 236L${R + 6} 346Q${CX + 60} 300 ${L} 250Z`, p.cloth, [0, -10]) +
        g(plate(120, 48), `translate(${CX + 12} 236) rotate(17)`);
    case 'hairband':
      return band(doc, L - 6, R + 6, [208, 106, 208], [234, 132, 234], p.cloth) + g(plate(100, 40), `translate(${CX} 168)`);
    case 'full-bandana': {
      const cloth = symPath([CX, 112], [
        [[CX - 80, 112], [L - 6, 150], [L - 8, 236]],
        [[L - 8, 270], [L, 300], [L + 8, 300]],
        [[L + 10, 262], [CX - 60, 246], [CX, 244]],
      ]);
      return doc.cel(cloth, p.cloth, [-14, -10]) + line(`M${CX - 40} 140Q${CX - 10} 170 ${CX - 30} 196`, 3, p.cloth.shade) +
        g(plate(118, 46), `translate(${CX} 214)`);
    }
    case 'backward-bandana': {
      // The plate sits at the back of his head; from the front only the knotted cloth shows.
      const cloth = symPath([CX, 106], [
        [[CX - 80, 106], [L - 4, 150], [L - 6, 232]],
        [[CX - 60, 212], [CX - 30, 210], [CX, 210]],
      ]);
      return doc.cel(cloth, p.cloth, [-14, -10]) + line(`M${L + 20} 200Q${CX} 178 ${R - 20} 200`, 3, p.cloth.shade);
    }
  }
}

export function headBandage(doc: Doc, c: Character): string {
  const hw = c.face.halfWidth + 8;
  return band(doc, CX - hw, CX + hw, [206, 182, 214], [250, 228, 258], paint('#f6f1e7', 0.2)) +
    line(`M${CX - 60} 194L${CX - 30} 234M${CX + 30} 196L${CX + 56} 238`, 2.2, '#c9c0b0');
}

export function nurseCap(doc: Doc): string {
  return doc.cel(`M${CX - 70} 176L${CX - 58} 120Q${CX} 104 ${CX + 58} 120L${CX + 70} 176Q${CX} 160 ${CX - 70} 176Z`,
    paint('#fbfbfd', 0.2), [-8, -6]) + shape(`M${CX - 5} 124h10v10h10v10h-10v10h-10v-10h-10v-10h10Z`, '#d33a4a', 0);
}

/** Asuma's cigarette from the right corner of the mouth, with a thin curl of smoke. */
export function cigarette(): string {
  return line('M316 392L378 410', 13) + line('M316 392L378 410', 8, '#f4f1ea') + line('M368 407L378 410', 8, '#e8793a') +
    line('M384 398C370 380 396 366 384 346C374 330 392 318 386 300', 4, '#b9bccb', { opacity: 0.8 });
}

/** Genma's senbon needle, held jauntily in the corner of the mouth. */
export function senbon(): string {
  return line('M306 390L400 366', 6) + line('M306 390L400 366', 2.6, '#c8ced9');
}
