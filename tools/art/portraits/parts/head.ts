/**
 * Skull, face, ears, neck and nose. Every face shares these landmarks so eyes,
 * brows and accessories line up across the cast: head top near y=138, eyes on
 * y=300, chin on y=424 (before the per-character scale).
 */
import type { Doc } from '../doc.ts';
import type { Character } from '../types.ts';
import { CX, line, mirror, shape, symPath } from '../svg.ts';
import type { Paint } from '../svg.ts';

export const HEAD_TOP = 138;
export const BROW_Y = 262;
export const EYE_Y = 302;
export const NOSE_Y = 346;
export const MOUTH_Y = 386;
export const CHIN_Y = 424;

/** Outline of skull and face; `jaw` 0 is a narrow pointed chin, 1 a square jaw. */
export function facePath(c: Character): string {
  const hw = c.face.halfWidth;
  const jx = 58 + c.face.jaw * 26;
  return symPath(
    [CX, HEAD_TOP],
    [
      [[CX - hw * 0.56, HEAD_TOP], [CX - hw, 172], [CX - hw, 252]],
      [[CX - hw, 312], [CX - hw + 6 + c.face.jaw * 2, 352], [CX - jx, 394]],
      [[CX - jx + 16, 410 + c.face.jaw * 6], [CX - 22 - c.face.jaw * 14, CHIN_Y], [CX, CHIN_Y]],
    ],
  );
}

function ear(c: Character): string {
  const x = CX - c.face.halfWidth + 4;
  const d = `M${x} 292C${x - 26} 276 ${x - 30} 318 ${x - 16} 342C${x - 10} 352 ${x} 354 ${x + 4} 350Z`;
  return shape(d, c.skin.base) + line(`M${x - 6} 304C${x - 16} 306 ${x - 16} 324 ${x - 8} 334`, 3);
}

export function ears(c: Character): string {
  return ear(c) + mirror(ear(c));
}

/** Neck, and the skin of the upper chest that open necklines reveal. */
export function neck(doc: Doc, c: Character, color: Paint = c.skin): string {
  const w = c.body.neck;
  const d = `M${CX - w} 340L${CX - w} 450C${CX - w - 6} 480 ${CX - w - 30} 500 ${CX - w - 60} 520` +
    `L${CX - 40} 640L${CX + 40} 640L${CX + w + 60} 520C${CX + w + 30} 500 ${CX + w + 6} 480 ${CX + w} 450L${CX + w} 340Z`;
  // The head throws a shadow on the neck; its lower edge echoes the jaw line.
  const shadow = `M${CX - w - 10} 330L${CX - w - 10} 420C${CX - 20} 468 ${CX + 20} 468 ${CX + w + 10} 420L${CX + w + 10} 330Z`;
  return shape(d, color.base) + doc.inside(d, shape(shadow, color.shade, 0));
}

export function head(doc: Doc, c: Character): string {
  const d = facePath(c);
  // The shaded side of the face: a narrow band down the right cheek.
  const hw = c.face.halfWidth;
  const side = `M${CX + hw - 16} 240C${CX + hw - 22} 320 ${CX + 70} 384 ${CX + 16} 440L${CX + 200} 440L${CX + 200} 240Z`;
  return shape(d, c.skin.base) + doc.inside(d, shape(side, c.skin.shade, 0));
}

/** A small anime nose: one shaded stroke on the lit side plus a tip. */
export function nose(c: Character): string {
  return shape(`M${CX + 4} ${NOSE_Y - 20}L${CX + 10} ${NOSE_Y + 2}L${CX - 2} ${NOSE_Y + 4}Z`, c.skin.shade, 0) +
    line(`M${CX + 9} ${NOSE_Y}L${CX - 3} ${NOSE_Y + 4}`, 3);
}
