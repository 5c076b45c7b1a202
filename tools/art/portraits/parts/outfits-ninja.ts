/**
 * Shinobi clothes: the chunin flak vest (and Kakashi's torn, bloodied one),
 * Sakura's sleeveless top, Ibiki's long coat and Anko's trench over mesh.
 */
import type { Doc } from '../doc.ts';
import type { Character, Outfit } from '../types.ts';
import { CX, line, mirror, paint, shape } from '../svg.ts';
import { arm, armLines, BOTTOM, panel, torso } from './body.ts';
import type { OutfitLayers, OutfitRecipe } from './body.ts';

export const BLOOD = paint('#a3141f', 0.35);

/** Scroll pouches, two a side: the chunin vest's most readable detail. */
function pouches(doc: Doc, c: Character): string {
  const one = (x: number): string =>
    doc.cel(`M${x} 640h42v78q0 6 -6 6h-30q-6 0 -6 -6Z`, c.body.main, [-6, -6], 3.5) +
    line(`M${x} 664h42`, 3);
  return one(CX - 100) + one(CX - 52) + mirror(one(CX - 100) + one(CX - 52));
}

/** The vest's thick rolled collar, open a little at the throat. */
function vestCollar(doc: Doc, c: Character): string {
  const half = `M${CX} 512L${CX - 66} 500C${CX - 74} 472 ${CX - 70} 446 ${CX - 58} 428C${CX - 42} 444 ${CX - 22} 454 ${CX} 460Z`;
  return doc.cel(half, c.body.main, [-8, -6]) + mirror(doc.cel(half, c.body.main, [8, -6]));
}

function flakVest(doc: Doc, c: Character): OutfitLayers {
  const s = c.body.shoulders;
  return {
    base: doc.cel(torso(s), c.body.under) + armLines(s) + doc.cel(panel(s), c.body.main, [-24, -10]) +
      line(`M${CX} 470V${BOTTOM}`, 3.5) + pouches(doc, c),
    top: vestCollar(doc, c),
  };
}

/** Kakashi after the fight: a rip in the vest over his left side, soaked through. */
function flakVestTorn(doc: Doc, c: Character): OutfitLayers {
  const vest = flakVest(doc, c);
  const rip = 'M352 742L376 734L370 752L396 748L388 766L414 770L400 786L430 800L420 812L360 790Z';
  // Ragged-edged stain spreading from the rip, with a drip running down.
  const stain = 'M346 700L370 690L378 706L398 694L412 712L434 706L436 730L452 746L440 766L450 790L436 808L442 840' +
    'L430 846L424 900L414 850L400 834L380 840L372 818L352 812L356 790L338 776L348 756L334 738L350 724Z';
  const sleeve = 'M118 700C132 690 152 700 150 716L148 760L142 726C134 720 120 716 118 700Z';
  return {
    base: vest.base + doc.cel(stain, BLOOD, [-8, -8], 3) + shape(rip, c.body.under.shade, 3) +
      doc.cel(sleeve, BLOOD, [-4, -4], 2.5),
    top: vest.top ?? '',
  };
}

function sakuraTop(doc: Doc, c: Character): OutfitLayers {
  const s = c.body.shoulders;
  const collar = `M${CX - 48} 474C${CX - 52} 456 ${CX - 46} 442 ${CX - 38} 436Q${CX} 458 ${CX + 38} 436` +
    `C${CX + 46} 442 ${CX + 52} 456 ${CX + 48} 474Q${CX} 492 ${CX - 48} 474Z`;
  return {
    base: doc.cel(arm(s), c.skin, [-20, -10]) + mirror(doc.cel(arm(s), c.skin, [20, -10])) +
      doc.cel(panel(s, 466), c.body.main, [-24, -10]) + line(`M${CX} 480V${BOTTOM}`, 3) +
      shape(`M${CX - 7} 492h14v22h-14Z`, c.body.under.base, 3),
    top: doc.cel(collar, c.body.main, [-8, -4]) + line(`M${CX - 40} 448Q${CX} 470 ${CX + 40} 448`, 2.5, c.body.under.base),
  };
}

/** Open front panels over a shirt: shoulder, sleeve and a lapel edge that runs to the crop. */
function coatHalf(s: number, lapel: number): string {
  const x = CX - s;
  return `M${CX - 42} 456C${CX - 70} 468 ${x + 50} 474 ${x + 14} 506C${x - 8} 522 ${x - 10} 566 ${x - 8} 620` +
    `C${x - 6} 720 ${x - 2} 820 ${x + 2} ${BOTTOM}L${CX - lapel} ${BOTTOM}` +
    `C${CX - lapel} 760 ${CX - lapel + 6} 620 ${CX - 42} 456Z`;
}

function longCoat(doc: Doc, c: Character): OutfitLayers {
  const s = c.body.shoulders;
  const collar = `M${CX} 500L${CX - 78} 494C${CX - 92} 452 ${CX - 88} 416 ${CX - 76} 388` +
    `C${CX - 56} 420 ${CX - 30} 440 ${CX} 450Z`;
  return {
    base: doc.cel(torso(s), c.body.under) + doc.cel(coatHalf(s, 20), c.body.main, [-20, -10]) +
      mirror(doc.cel(coatHalf(s, 20), c.body.main, [20, -10])) + armLines(s) +
      line(`M${CX - 30} 620Q${CX - 70} 640 ${CX - 110} 600`, 3, c.body.main.shade),
    top: doc.cel(collar, c.body.main, [-8, -6]) + mirror(doc.cel(collar, c.body.main, [8, -6])),
  };
}

/** Anko: a fishnet body suit (skin under a diamond grid) and an open tan trench coat. */
function trenchMesh(doc: Doc, c: Character): OutfitLayers {
  const s = c.body.shoulders;
  const sil = torso(s);
  let grid = '';
  for (let k = -8; k <= 8; k++) grid += `M${CX + k * 26 - 220} 440l440 440M${CX + k * 26 + 220} 440l-440 440`;
  const lapel = `M${CX - 42} 456L${CX - 98} 520L${CX - 70} 560L${CX - 112} 600L${CX - 82} 700` +
    `L${CX - 78} 720C${CX - 70} 620 ${CX - 56} 520 ${CX - 42} 456Z`;
  return {
    base: doc.cel(sil, c.skin) + doc.inside(sil, line(grid, 1.6, c.body.under.shade)) +
      doc.cel(coatHalf(s, 80), c.body.main, [-20, -10]) + mirror(doc.cel(coatHalf(s, 80), c.body.main, [20, -10])) +
      doc.cel(lapel, c.body.main, [-6, -4], 3.5) + mirror(doc.cel(lapel, c.body.main, [6, -4], 3.5)) + armLines(s),
  };
}

export const NINJA: Partial<Record<Outfit, OutfitRecipe>> = {
  'flak-vest': flakVest,
  'flak-vest-torn': flakVestTorn,
  'sakura-top': sakuraTop,
  'long-coat': longCoat,
  'trench-mesh': trenchMesh,
};
