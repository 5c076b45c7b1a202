/**
 * What sits on the skin of the face: scars, Tsunade's diamond, Kakashi's mask
 * and blood, Asuma's beard, and the expression extras (tears, blush, sweat).
 */
import type { Doc } from '../doc.ts';
import type { Character, Expression } from '../types.ts';
import { CX, el, INK, line, mirror, mix, paint, shape, symPath } from '../svg.ts';
import { EYE_Y, facePath, MOUTH_Y } from './head.ts';
import { BLOOD } from './outfits-ninja.ts';

const SCAR = '#b97f74';
const TEAR = paint('#a9dcff', 0.2);

/** A healed scar: a light seam with a dark edge, so it reads on any skin tone. */
const scar = (d: string, w = 5): string => line(d, w + 3) + line(d, w, SCAR);

/** Marks under the eyes and mouth layer. */
export function skinMarks(doc: Doc, c: Character): string {
  let out = '';
  for (const m of c.marks) {
    if (m === 'nose-scar') out += scar(`M${CX - 44} 330Q${CX} 322 ${CX + 44} 330`, 5);
    if (m === 'diamond') out += shape(`M${CX} 202L${CX + 8} 214L${CX} 226L${CX - 8} 214Z`, '#8a4cc2', 2.5);
    if (m === 'burn') {
      // A healed burn: a rough-edged patch of darker skin over the nose and his left cheek.
      out += shape(`M${CX - 14} 322L${CX + 10} 314L${CX + 30} 322L${CX + 56} 316L${CX + 82} 328L${CX + 100} 326` +
        `L${CX + 96} 344L${CX + 104} 360L${CX + 80} 356L${CX + 60} 366L${CX + 40} 352L${CX + 16} 354L${CX - 4} 342Z`,
        mix(c.skin.shade, '#a0503c', 0.35), 2);
    }
    if (m === 'ibiki-scars') {
      out += scar(`M${CX - 96} 318L${CX - 40} 404`) + scar(`M${CX + 60} 332L${CX + 30} 414`) +
        scar(`M${CX + 84} 244L${CX + 106} 300`, 4) + line(`M${CX - 80} 334l12 -6M${CX - 64} 360l12 -6M${CX - 50} 384l12 -6`, 2.5);
    }
    if (m === 'eye-scar') out += scar(`M${CX + 54} 250L${CX + 50} 350`, 4);
    if (m === 'beard') out += beard(doc, c);
    // Cheek folds and lines under the eyes: age and hard weather, for the older interrogator.
    if (m === 'creases') {
      const fold = line(`M${CX - 30} 350Q${CX - 44} 372 ${CX - 36} 396M${CX - 78} 322Q${CX - 58} 332 ${CX - 36} 324`, 2.5,
        mix(c.skin.shade, INK, 0.3));
      out += fold + mirror(fold);
    }
  }
  return out;
}

/** Asuma's short full beard: jaw, chin and moustache in one mass, with the lips showing through. */
function beard(doc: Doc, c: Character): string {
  const hw = c.face.halfWidth;
  const d = symPath([CX, 366], [
    [[CX - 14, 360], [CX - 34, 364], [CX - 42, 376]],
    [[CX - 50, 384], [CX - 56, 376], [CX - 66, 360]],
    [[CX - 80, 340], [CX - hw + 16, 320], [CX - hw + 8, 292]],
    [[CX - hw + 4, 292], [CX - hw, 292], [CX - hw - 4, 292]],
    [[CX - hw - 2, 350], [CX - 80, 416], [CX - 36, 440]],
    [[CX - 20, 448], [CX - 8, 450], [CX, 450]],
  ]);
  return doc.cel(d, c.hair.paint, [-8, -6], 3.5) +
    el('ellipse', { cx: CX, cy: MOUTH_Y + 3, rx: 22, ry: 9, fill: c.skin.shade });
}

/** Marks over the face: the mask (which hides nose and mouth), blood, and expression extras. */
export function overMarks(doc: Doc, c: Character, e: Expression): string {
  let out = '';
  if (c.marks.includes('mask')) {
    const face = facePath(c);
    const top = `M0 334L${CX - 40} 324Q${CX - 6} 312 ${CX} 312Q${CX + 6} 312 ${CX + 40} 324L600 334L600 500L0 500Z`;
    out += doc.inside(face, shape(top, c.body.under.base, 0) +
      shape(`M${CX + 60} 330L600 330L600 500L${CX + 10} 500Q${CX + 70} 420 ${CX + 60} 330Z`, c.body.under.shade, 0) +
      el('path', { d: face, fill: 'none', stroke: '#1d1b26', 'stroke-width': 9 })) +
      line(`M${CX - 90} 330L${CX - 40} 324Q${CX} 308 ${CX + 40} 324L${CX + 90} 330`, 4) +
      line(`M${CX} 318Q${CX + 8} 340 ${CX + 2} 356`, 2.5, c.body.under.shade);
  }
  if (c.marks.includes('blood-face')) {
    // A trickle from under the protector down beside the nose, and a spot soaking the mask.
    out += doc.cel(`M${CX - 26} 244C${CX - 14} 262 ${CX - 20} 280 ${CX - 14} 300C${CX - 10} 314 ${CX - 12} 326 ` +
      `${CX - 16} 334L${CX - 22} 310C${CX - 30} 290 ${CX - 34} 262 ${CX - 26} 244Z`, BLOOD, [-3, -3], 2.5) +
      doc.cel(`M${CX + 18} 350C${CX + 40} 346 ${CX + 44} 370 ${CX + 36} 392L${CX + 30} 410L${CX + 26} 390C${CX + 10} 380 ${CX + 6} 358 ${CX + 18} 350Z`,
        BLOOD, [-3, -3], 2.5);
  }
  return out + extras(c, e);
}

/** A sweat drop by the temple; drawn last, over the hair, where it stays visible. */
export function sweat(e: Expression): string {
  return e.extras.includes('sweat') ? shape(`M${CX + 100} 246q-14 24 0 30q14 -6 0 -30Z`, '#d4efff', 2.5) : '';
}

function extras(c: Character, e: Expression): string {
  const gap = c.eyes.gap;
  let out = '';
  if (e.extras.includes('blush')) {
    const cheek = el('ellipse', { cx: CX - gap - 6, cy: 350, rx: 30, ry: 11, fill: '#ef7f93', opacity: 0.45 }) +
      line(`M${CX - gap - 18} 354l8 -10M${CX - gap - 4} 354l8 -10M${CX - gap + 10} 354l8 -10`, 2.2, '#c8566f');
    out += cheek + mirror(cheek);
  }
  if (e.extras.includes('tears')) {
    const stream = `M${CX - gap - 8} ${EYE_Y + 14}C${CX - gap - 16} 350 ${CX - gap - 2} 380 ${CX - gap - 12} 420` +
      `L${CX - gap - 24} 412C${CX - gap - 16} 380 ${CX - gap - 30} 350 ${CX - gap - 20} ${EYE_Y + 14}Z`;
    out += shape(stream, TEAR.base, 2.5) + (c.hideRightEye ? '' : mirror(shape(stream, TEAR.base, 2.5)));
  }
  if (e.extras.includes('teary')) {
    const drop = `M${CX - gap - 26} ${EYE_Y + 16}q-7 12 0 16q7 -4 0 -16Z`;
    out += shape(drop, TEAR.base, 2.2) + mirror(shape(drop, TEAR.base, 2.2));
  }
  if (e.extras.includes('bags')) {
    const bag = line(`M${CX - gap - 22} ${EYE_Y + 22}Q${CX - gap} ${EYE_Y + 30} ${CX - gap + 20} ${EYE_Y + 22}`, 2.2, c.skin.shade);
    out += bag + mirror(bag);
  }
  if (e.extras.includes('pain-lines')) {
    out += line(`M${CX - 10} 262l4 16M${CX + 2} 260l-2 16`, 2.5);
  }
  return out;
}
