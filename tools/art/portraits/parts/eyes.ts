/**
 * Anime eyes built from a few numbers: the lid opening, a slant, the iris size
 * and the gaze. Each eye is drawn with its own side sign so the shape mirrors
 * while the catch-lights stay on the same side (the light comes from one place).
 */
import type { Doc } from '../doc.ts';
import type { Character, Expression } from '../types.ts';
import { CX, el, INK, line, n, shape } from '../svg.ts';
import type { Pt } from '../svg.ts';
import { EYE_Y } from './head.ts';

const WHITE = '#fbfaff';
const WHITE_SHADE = '#d3d2e4';
const PUPIL = '#17141f';
const WET = '#bfe4ff';
/** Iris rim: softer than the outline so small irises don't turn into black dots. */
const INK_SOFT = '#2a2536';

function closedEye(inner: Pt, outer: Pt, s: number, curve: 'down' | 'up'): string {
  const mid: Pt = [(inner[0] + outer[0]) / 2, EYE_Y + (curve === 'down' ? 8 : -14)];
  const arc = `M${n(inner[0])} ${n(inner[1])}Q${n(mid[0])} ${n(mid[1])} ${n(outer[0])} ${n(outer[1])}`;
  // Lashes flick outward from the outer corner so a closed eye still reads as an eye.
  const flick = `M${n(outer[0] - s * 6)} ${n(outer[1] + 1)}l${s * 10} ${curve === 'down' ? 4 : -2}`;
  return line(arc, 5) + line(flick, 4);
}

function eye(doc: Doc, c: Character, e: Expression, s: number): string {
  const st = e.eyes;
  const round = c.eyes.shape === 'round';
  const k = c.eyes.size;
  const hw = (round ? 31 : 32) * k;
  const up = (round ? 25 : 17) * k * st.open * (c.eyes.lid ?? 1);
  const low = (round ? 17 : 11) * k * Math.max(1, st.open);
  const cx = CX + s * c.eyes.gap;
  const inner: Pt = [cx - s * hw * 0.9, EYE_Y + 4 + st.slant];
  const outer: Pt = [cx + s * hw, EYE_Y - 3 - st.slant * 0.4];
  if (st.open < 0.12) return closedEye(inner, outer, s, st.closed);

  const top = EYE_Y - up;
  const upper = `M${n(inner[0])} ${n(inner[1])}C${n(inner[0] + s * hw * 0.3)} ${n(top - st.slant * 0.6)} ` +
    `${n(outer[0] - s * hw * 0.5)} ${n(top)} ${n(outer[0])} ${n(outer[1])}`;
  const lower = `C${n(outer[0] - s * hw * 0.15)} ${n(EYE_Y + low)} ${n(inner[0] + s * hw * 0.35)} ${n(EYE_Y + low)} ` +
    `${n(inner[0])} ${n(inner[1])}Z`;
  const white = upper + lower;

  const ix = cx + st.look[0] - s * 2;
  const iy = EYE_Y + 3 + st.look[1];
  const rx = (round ? 15.5 : 12.5) * k * st.iris;
  const ry = (round ? 19 : 14.5) * k * st.iris;
  const iris = c.eyes.iris;
  const inside =
    el('path', { d: `M${cx - 40} ${top - 20}h80v${n(12 + up * 0.35)}h-80Z`, fill: WHITE_SHADE }) +
    el('ellipse', { cx: ix, cy: iy, rx, ry, fill: iris.shade, stroke: INK_SOFT, 'stroke-width': 2 }) +
    el('ellipse', { cx: ix, cy: iy + ry * 0.3, rx: rx * 0.78, ry: ry * 0.6, fill: iris.base }) +
    el('ellipse', { cx: ix, cy: iy + 1, rx: rx * 0.42, ry: ry * 0.46, fill: PUPIL }) +
    el('circle', { cx: ix - 5 * k, cy: iy - 7 * k, r: 5 * k, fill: '#fff' }) +
    el('circle', { cx: ix + 5 * k, cy: iy + 8 * k, r: 2.2 * k, fill: '#fff' }) +
    (e.extras.includes('teary') || e.extras.includes('tears')
      ? el('ellipse', { cx, cy: EYE_Y + low, rx: hw, ry: 9, fill: WET, opacity: 0.75 })
      : '');

  const flick = `M${n(outer[0] - s * 14)} ${n(outer[1] - 3)}L${n(outer[0] + s * 9)} ${n(outer[1] - (round ? 9 : 5))}` +
    `L${n(outer[0] + s * 1)} ${n(outer[1] + 4)}Z`;
  const lowerLash = `M${n(outer[0] - s * 3)} ${n(outer[1] + 6)}Q${n(outer[0] - s * hw * 0.3)} ${n(EYE_Y + low)} ` +
    `${n(cx - s * hw * 0.1)} ${n(EYE_Y + low + 1)}`;
  const crease = st.open < 0.8 || !round
    ? line(`M${n(inner[0] + s * 8)} ${n(inner[1] - 12)}Q${n(cx)} ${n(top - 12)} ${n(outer[0] - s * 2)} ${n(outer[1] - 12)}`, 2.2)
    : '';

  return shape(white, WHITE, 0) + doc.inside(white, inside) +
    line(upper, round ? 6.5 : 5.5) + shape(flick, INK, 0) + line(lowerLash, 2.5) + crease;
}


export function eyes(doc: Doc, c: Character, e: Expression): string {
  return eye(doc, c, e, -1) + (c.hideRightEye ? '' : eye(doc, c, e, 1));
}
