/**
 * Hair is the strongest recognition cue, so each style is its own silhouette
 * (see hair-styles.ts). This module turns a style's geometry into layers: a back
 * mass behind the head, optional tails in front of the body, and a front cap
 * whose lower edge forms the bangs.
 */
import type { Doc } from '../doc.ts';
import type { Character } from '../types.ts';
import { bowed, line, LINE, shape } from '../svg.ts';
import type { Pt } from '../svg.ts';
import { STYLES } from './hair-styles.ts';

const TIE = '#3c3f6b';

/** The front cap: the bang line closed by an arc over the skull that stays inside the back mass. */
function cap(bangs: readonly Pt[]): string {
  const a = bangs[0] as Pt;
  const b = bangs[bangs.length - 1] as Pt;
  const top = 118;
  return `${bowed(bangs, 0.12)}L${b[0]} 200C${b[0]} ${top} ${a[0]} ${top} ${a[0]} 200Z`;
}

export interface HairLayers {
  back: string;
  tails: string;
  front: string;
}

export function hair(doc: Doc, c: Character, faceClip: (inner: string) => string): HairLayers {
  const geo = STYLES[c.hair.style]();
  const paint = c.hair.paint;
  const back = geo.back.map((d) => doc.cel(d, paint)).join('');
  const tails = (geo.tails ?? []).map((d) => doc.cel(d, paint, [-10, -4])).join('') +
    (geo.ties ?? []).map((d) => shape(d, TIE, 3.5)).join('');
  let front = '';
  if (geo.bangs) {
    const d = cap(geo.bangs);
    // The bangs cast a shadow on the forehead: the same cap, dropped and clipped to the face.
    front = faceClip(shape(d, c.skin.shade, 0, { transform: 'translate(5 13)' })) +
      doc.cel(d, paint, [-12, -8], 0) +
      line(bowed(geo.bangs, 0.12), LINE);
  }
  if (geo.strands) front += line(geo.strands, 2.5, paint.shade);
  return { back, tails, front };
}
