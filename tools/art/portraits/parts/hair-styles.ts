/**
 * The eleven hair silhouettes. Coordinates are on the shared head frame
 * (skull top y=138, temples x=190/410, eyes y=302, chin y=424); each style only
 * says where its masses and bang tips go.
 */
import type { HairStyle } from '../types.ts';
import { bowed, symPath } from '../svg.ts';
import type { Pt } from '../svg.ts';
import { crown, symBangs, symPts } from './hair-kit.ts';
import type { HairGeometry } from './hair-kit.ts';

/** A plain mass hugging the skull, for styles whose shape lives elsewhere (ponytails, bun). */
const skullMass = (margin: number, bottom: number): string =>
  symPath([300, 138 - margin], [
    [[300 - 70 - margin, 138 - margin], [190 - margin, 160], [190 - margin, 250]],
    [[190 - margin, 300], [196, bottom], [300, bottom]],
  ]);

const closed = (pts: readonly Pt[], bend = 0.12): string => bowed(pts, bend, true);

export const STYLES: Record<HairStyle, () => HairGeometry> = {
  // Silver, spiky and swept hard to his left (the viewer's right): the Kakashi silhouette.
  kakashi: () => ({
    back: [crown([300, 252], 120, [
      [-124, 40, 11, 14], [-102, 56, 12, 20], [-80, 66, 12, 24], [-56, 70, 12, 26], [-32, 66, 12, 28],
      [-8, 76, 13, 30], [16, 92, 13, 30], [40, 112, 13, 28], [64, 126, 13, 24], [88, 122, 13, 18],
      [110, 100, 12, 14], [132, 66, 11, 10], [150, 36, 10, 6],
    ])],
    bangs: [[178, 200], [168, 312], [194, 262], [196, 326], [214, 250], [232, 232], [300, 222],
      [380, 236], [408, 262], [430, 338], [424, 270], [432, 200]],
  }),
  // Dark brown, pulled back into a high spiky ponytail: visible above the head from the front.
  iruka: () => ({
    back: [
      crown([300, 112], 20, [[-78, 38, 16, -6], [-48, 58, 15, -4], [-18, 70, 14, 0], [12, 68, 14, 4], [42, 58, 15, 6], [74, 40, 16, 8]]),
      skullMass(14, 330),
    ],
    bangs: symBangs([[184, 200], [182, 292], [198, 262], [206, 236], [300, 218]]),
    strands: 'M232 196Q254 150 286 128M368 196Q346 150 314 128',
  }),
  // Pink, shoulder length, a side part with long locks framing the face.
  sakura: () => ({
    back: [closed(symPts([[300, 110], [236, 114], [188, 150], [168, 214], [164, 300], [166, 380],
      [170, 452], [190, 430], [204, 470], [226, 440], [250, 470], [300, 470]]))],
    bangs: [[180, 196], [172, 310], [184, 410], [198, 330], [204, 262], [222, 236], [240, 214],
      [254, 240], [272, 208], [318, 176], [350, 214], [370, 240], [384, 216], [404, 266],
      [412, 340], [420, 410], [428, 300], [424, 196]],
  }),
  // Blonde, centre parting, two low pigtails falling forward over the shoulders.
  tsunade: () => {
    // Gathered just under the ear, so the tails read as pigtails rather than loose side hair.
    const tail: Pt[] = [[196, 372], [178, 440], [158, 540], [152, 650], [166, 760], [184, 840],
      [200, 760], [214, 650], [224, 540], [232, 450], [230, 388]];
    return {
      back: [skullMass(16, 400)],
      tails: [closed(tail, 0.06), closed(tail.map(([x, y]): Pt => [600 - x, y]), -0.06)],
      ties: ['M186 404Q210 414 232 404L232 420Q210 430 184 420Z', 'M414 404Q390 414 368 404L368 420Q390 430 416 420Z'],
      bangs: symBangs([[180, 196], [174, 310], [184, 372], [202, 320], [208, 270], [228, 226],
        [252, 192], [278, 172], [300, 166]]),
    };
  },
  // Short, dark and bristly all round.
  asuma: () => ({
    back: [crown([300, 250], 118, Array.from({ length: 13 }, (_, i): readonly [number, number, number, number] =>
      [-120 + i * 20, 24 + (i % 3) * 6, 10, 4])),
    ],
    bangs: symBangs([[180, 200], [178, 300], [194, 258], [206, 232], [300, 216]]),
  }),
  // Brown, chin length, with a few bangs escaping under the bandana.
  genma: () => ({
    back: [closed(symPts([[300, 118], [232, 120], [180, 158], [164, 230], [160, 320], [150, 430],
      [180, 404], [186, 444], [208, 410], [300, 404]]))],
    bangs: [[182, 214], [170, 330], [172, 430], [196, 350], [202, 270], [214, 236], [240, 254],
      [256, 228], [300, 250], [318, 228], [356, 252], [372, 232], [396, 276], [402, 350],
      [428, 430], [430, 330], [418, 214]],
  }),
  // Dark, short and pushed up and back.
  raidou: () => ({
    back: [crown([300, 250], 118, [
      [-110, 28, 12, -6], [-86, 36, 12, -8], [-62, 44, 12, -10], [-38, 50, 12, -8], [-14, 54, 12, -4],
      [10, 54, 12, 4], [34, 50, 12, 8], [58, 44, 12, 10], [82, 36, 12, 8], [106, 28, 12, 6],
    ])],
    bangs: symBangs([[182, 200], [180, 290], [196, 256], [208, 232], [300, 216]]),
  }),
  // Ibiki's head is entirely under his bandana (drawn as an accessory).
  ibiki: () => ({ back: [] }),
  // Purple, a short spiky ponytail high on the head and choppy bangs.
  anko: () => ({
    back: [
      crown([300, 118], 24, [[-84, 44, 12, -14], [-60, 60, 12, -12], [-36, 72, 11, -8], [-12, 80, 11, -2],
        [12, 78, 11, 4], [36, 70, 11, 10], [60, 58, 12, 14], [84, 42, 12, 16]]),
      skullMass(20, 340),
    ],
    bangs: [[176, 196], [156, 270], [180, 262], [172, 360], [198, 300], [206, 258], [226, 270], [236, 238],
      [300, 224], [362, 238], [376, 272], [394, 256], [402, 300], [428, 360], [420, 262], [444, 270], [424, 196]],
  }),
  // Black, long and wild: a wide wavy mass down past the shoulders.
  kurenai: () => ({
    back: [closed(symPts([[300, 104], [222, 108], [168, 146], [140, 220], [128, 310], [112, 400],
      [126, 470], [100, 560], [122, 640], [104, 720], [150, 680], [168, 740], [194, 660],
      [222, 590], [300, 590]]), 0.2)],
    bangs: [[180, 200], [170, 330], [152, 440], [192, 360], [202, 286], [218, 248], [240, 272],
      [256, 236], [300, 222], [344, 236], [360, 272], [382, 248], [398, 286], [408, 360],
      [448, 440], [430, 330], [420, 200]],
  }),
  // Neat dark hair, centre parting, gathered into a bun behind the cap.
  nurse: () => ({
    back: [
      'M300 72C340 72 356 100 352 126C348 150 252 150 248 126C244 100 260 72 300 72Z',
      skullMass(12, 330),
    ],
    bangs: symBangs([[186, 206], [184, 300], [196, 276], [204, 236], [240, 200], [276, 184], [300, 180]]),
  }),
};
