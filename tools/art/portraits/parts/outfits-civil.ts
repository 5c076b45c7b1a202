/**
 * Clothes away from the field: Kakashi's hospital bed (gown, bandages, pillow,
 * blanket), Tsunade's kimono and haori, Kurenai's wrapped dress, the nurse.
 */
import type { Doc } from '../doc.ts';
import type { Character, Outfit } from '../types.ts';
import { CX, line, mirror, paint, shape } from '../svg.ts';
import { arm, armLines, BOTTOM, torso } from './body.ts';
import type { OutfitLayers, OutfitRecipe } from './body.ts';

const LINEN = paint('#eef0f6', 0.22);
const LINE_W = 4.5;
const BANDAGE = paint('#f6f1e7', 0.2);

/** Parallel wrap lines across a region: bandages and Kurenai's dress. */
function wraps(from: number, to: number, step: number, slope: number): string {
  let d = '';
  for (let y = from; y <= to; y += step) d += `M60 ${y}L540 ${y + slope}`;
  return d;
}

function hospitalBed(doc: Doc, c: Character): OutfitLayers {
  const s = c.body.shoulders;
  // A wide pillow with pinched corners behind head and shoulders: it says "lying back".
  const pillow = 'M36 290Q50 236 118 250Q300 222 482 250Q550 236 564 290Q548 430 564 570Q550 616 482 604' +
    'Q300 628 118 604Q50 616 36 570Q52 430 36 290Z';
  // The gown has slipped off his left shoulder: bandages wrap that shoulder and
  // the chest above the gown's diagonal edge, and the bare arm shows below.
  const x = CX + s;
  const bandage = `M${CX - 44} 456Q${CX} 470 ${CX + 44} 456C${CX + 70} 468 ${x - 50} 474 ${x - 14} 506` +
    `C${x + 8} 522 ${x + 10} 566 ${x + 8} 620L${x + 7} 660L${x - 60} 660Q${CX + 30} 600 ${CX - 44} 456Z`;
  const bareArm = `M${x + 7} 650C${x + 5} 740 ${x + 2} 820 ${x - 2} ${BOTTOM}L${x - 66} ${BOTTOM}Q${x - 58} 760 ${x - 60} 650Z`;
  const gownEdge = `M${CX - 44} 456Q${CX + 30} 600 ${x - 60} 660`;
  const blanket = 'M30 806Q300 780 570 806L580 906L20 906Z';
  return {
    back: doc.cel(pillow, LINEN, [-14, -10]) + line('M70 300Q90 420 70 540M530 300Q510 420 530 540', 3, LINEN.shade),
    base: doc.cel(torso(s), c.body.main) + armLines(s) + doc.cel(bareArm, c.skin, [-8, -4]) +
      doc.cel(bandage, BANDAGE, [-10, -8]) + doc.inside(bandage, line(wraps(440, 700, 24, -60), 2.2, BANDAGE.shade)) +
      line(gownEdge, 6, c.body.main.shade) + line(gownEdge, LINE_W),
    top: doc.cel(blanket, LINEN, [0, -14]) + line('M90 840Q200 826 300 836M330 850Q430 840 520 846', 3, LINEN.shade) +
      shape('M30 806Q300 780 570 806L570 822Q300 798 30 822Z', c.body.main.base, 3),
  };
}

function kimonoHaori(doc: Doc, c: Character): OutfitLayers {
  const s = c.body.shoulders;
  const x = CX - s;
  const v = `M${CX - 46} 454L${CX} 600L${CX + 46} 454L${CX + 60} 470L${CX} 640L${CX - 60} 470Z`;
  const haori = `M${CX - 44} 454C${CX - 70} 468 ${x + 50} 474 ${x + 14} 506C${x - 14} 524 ${x - 18} 580 ${x - 20} 640` +
    `C${x - 22} 760 ${x - 14} 840 ${x - 10} ${BOTTOM}L${CX - 112} ${BOTTOM}C${CX - 112} 760 ${CX - 96} 600 ${CX - 44} 454Z`;
  const obi = `M${CX - 110} 780Q${CX} 770 ${CX + 110} 780L${CX + 110} 860Q${CX} 850 ${CX - 110} 860Z`;
  const under = c.body.under;
  return {
    base: doc.cel(torso(s), under) + doc.cel(obi, paint('#3c3f6b'), [-8, -8]) +
      shape(`M${CX - 46} 454L${CX} 596L${CX + 46} 454Z`, c.skin.base, 0) + doc.cel(v, under, [-6, -6], 3.5) +
      line(`M${CX - 40} 560Q${CX - 70} 600 ${CX - 96} 580`, 3, under.shade) +
      doc.cel(haori, c.body.main, [-20, -10]) + mirror(doc.cel(haori, c.body.main, [20, -10])) +
      line(`M${CX - 100} ${BOTTOM}C${CX - 100} 760 ${CX - 84} 600 ${CX - 34} 458`, 3, c.body.main.shade) +
      line(`M${x + 50} 640Q${x + 44} 780 ${x + 50} ${BOTTOM}`, 3.5) + mirror(line(`M${x + 50} 640Q${x + 44} 780 ${x + 50} ${BOTTOM}`, 3.5)),
  };
}

/** Kurenai: white wrapped cloth, a red sleeve on her right arm, bandage wraps on the left. */
function wrapDress(doc: Doc, c: Character): OutfitLayers {
  const s = c.body.shoulders;
  const sil = torso(s);
  const neckline = `M${CX - 50} 458Q${CX} 530 ${CX + 50} 458Z`;
  return {
    base: doc.cel(sil, c.body.main) + doc.inside(sil, line(wraps(480, 900, 30, 70), 2.2, c.body.main.shade)) +
      doc.cel(arm(s), c.body.under, [-20, -10]) +
      doc.inside(arm(s), line(wraps(520, 900, 22, -14), 2, c.body.under.shade)) +
      armLines(s) + shape(neckline, c.skin.base),
  };
}

function nurseUniform(doc: Doc, c: Character): OutfitLayers {
  const s = c.body.shoulders;
  const x = CX - s;
  const forearm = `M${x - 8} 690L${x + 62} 690L${x + 66} ${BOTTOM}L${x + 2} ${BOTTOM}Z`;
  const collar = `M${CX} 500L${CX - 70} 480L${CX - 52} 448Q${CX - 26} 470 ${CX} 476Z`;
  const cuff = line(`M${x - 8} 690L${x + 62} 690`, 7, c.body.under.base);
  return {
    base: doc.cel(torso(s), c.body.main) + doc.cel(forearm, c.skin, [-6, -4]) +
      mirror(doc.cel(forearm, c.skin, [6, -4])) + cuff + mirror(cuff) + armLines(s) +
      line(`M${CX} 476V${BOTTOM}`, 3) +
      [540, 610, 680, 750, 820].map((y) => shape(`M${CX + 14} ${y}a6 6 0 1 0 0.1 0Z`, c.body.under.base, 2.5)).join(''),
    top: doc.cel(collar, c.body.main, [-6, -4], 3.5) + mirror(doc.cel(collar, c.body.main, [6, -4], 3.5)) +
      line(`M${CX - 66} 478L${CX - 50} 452`, 3, c.body.under.base) + mirror(line(`M${CX - 66} 478L${CX - 50} 452`, 3, c.body.under.base)),
  };
}

export const CIVIL: Partial<Record<Outfit, OutfitRecipe>> = {
  'hospital-bed': hospitalBed,
  'kimono-haori': kimonoHaori,
  'wrap-dress': wrapDress,
  'nurse-uniform': nurseUniform,
};
