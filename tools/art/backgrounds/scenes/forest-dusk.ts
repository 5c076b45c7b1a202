/**
 * Forest at dusk, seen from the ground where Kakashi lies: low horizon, trunks towering
 * into a dark canopy, an orange-violet sky breaking through, god-rays and long shadows
 * fanning from the low sun toward the viewer, undergrowth, a few fireflies.
 */
import { Doc, W, H, rect, path, poly, group, el, pts } from '../lib/svg';
import type { Pt } from '../lib/svg';
import { Rng, SEEDS } from '../lib/rng';
import { mix } from '../lib/color';
import { trunk, clumpD, ridge, tuftD, ray, glowFill, glow } from '../lib/shapes';

const P = {
  skyTop: '#24183f',
  skyHigh: '#4e2d6b',
  skyMid: '#a8487a',
  skyLow: '#ec7a55',
  skyHorizon: '#ffc680',
  haze: '#d97a78',
  far: '#9a4f7c',
  mid: '#4f2752',
  near: '#1c1026',
  canopy: '#170d20',
  canopyRim: '#3b1d3f',
  ground: '#2a1630',
  groundDeep: '#120a17',
  lit: '#ff9a55',
  rim: '#e0745a',
  firefly: '#e8ff9a',
};

export function forestDusk(): string {
  const rng = new Rng(SEEDS.forest);
  const doc = new Doc('fd');
  const horizon = 690;
  const sun: Pt = [960, 655];

  // Sky.
  doc.add(rect(0, 0, W, H, doc.linear([
    [0, P.skyTop], [0.22, P.skyHigh], [0.43, P.skyMid], [0.56, P.skyLow], [0.64, P.skyHorizon], [1, P.skyHorizon],
  ])));
  doc.add(rect(0, 0, W, H, doc.radial([[0, '#fff0c0', 0.95], [0.12, P.skyHorizon, 0.7], [0.45, P.skyLow, 0.25], [1, P.skyLow, 0]], sun[0], sun[1], 900, true)));

  // Far tree line: a pale violet wall of thin trunks and a soft canopy edge.
  const farTrunks: string[] = [];
  const farShadowXs: Array<[number, number]> = [];
  for (const x of rng.spread(19, -40, W + 40, 0.9)) {
    if (Math.abs(x - sun[0]) < 70) continue; // keep the sun gap open
    const w = rng.range(12, 24);
    farTrunks.push(trunk(rng, x, horizon + 6, w, -20, P.far, null, sun[0]));
    farShadowXs.push([x, w]);
  }
  doc.add(group({ opacity: 0.85 }, farTrunks));
  doc.add(path(ridge(rng, horizon - 10, 8, 40, horizon + 30), mix(P.far, P.haze, 0.3)));

  // Haze band over the far layer.
  doc.add(rect(0, horizon - 220, W, 280, doc.linear([[0, P.haze, 0], [0.7, P.haze, 0.45], [1, P.skyHorizon, 0.35]])));

  // God-rays from the low sun.
  const rays: string[] = [];
  const rayFill = doc.radial([[0, '#ffe2a8', 0.42], [0.45, '#ffc680', 0.1], [1, '#ffc680', 0]], sun[0], sun[1], 1300, true);
  for (const [a, w] of [[-2.72, 0.05], [-2.3, 0.03], [-1.86, 0.06], [-1.42, 0.025], [-1.05, 0.05], [-0.62, 0.035]] as const) {
    rays.push(poly(ray(sun, a - w, a + w), rayFill));
  }
  doc.add(group({}, rays));

  // Ground plane.
  doc.add(rect(0, horizon, W, H - horizon, doc.linear([[0, mix(P.ground, P.lit, 0.45)], [0.12, mix(P.ground, P.lit, 0.2)], [0.3, P.ground], [0.5, mix(P.ground, P.groundDeep, 0.5)], [1, P.groundDeep]])));

  // Dappled warm light on the ground: flat ellipses that shrink and thin with distance.
  const dapples: string[] = [];
  for (let i = 0; i < 16; i++) {
    const t = rng.next();
    const y = horizon + 14 + t * t * 190;
    const depth = (y - horizon) / 200;
    const x = rng.next() < 0.5 ? rng.range(120, 860) : rng.range(1060, 1800);
    const rx = 16 + depth * rng.range(30, 80);
    dapples.push(el('ellipse', { cx: x, cy: y, rx, ry: rx * 0.08 + 1 }));
  }
  doc.add(group({ fill: P.lit, opacity: 0.22 }, dapples));

  doc.add(group({ fill: P.groundDeep, opacity: 0.45 }, farShadowXs.map(([x, w]) => shadowPoly(x, horizon + 6, w * 0.6, sun))));

  // Mid layer trunks with long shadows.
  const midXs = [180, 420, 610, 770, 1170, 1330, 1540, 1760];
  const mids: string[] = [];
  const shadows: string[] = [];
  for (const x0 of midXs) {
    const x = x0 + rng.range(-30, 30);
    const base = horizon + rng.range(18, 40);
    const w = rng.range(34, 56);
    mids.push(trunk(rng, x, base, w, -40, P.mid, mix(P.mid, P.rim, 0.55), sun[0]));
    shadows.push(shadowPoly(x, base, w, sun));
  }
  doc.add(group({ fill: P.groundDeep, opacity: 0.7 }, shadows));
  doc.add(group({}, mids));

  // Mid undergrowth along the trunk bases.
  let bush = '';
  for (let x = -20; x < W + 40; x += rng.range(60, 110)) {
    if (x > 820 && x < 1100) continue;
    bush += tuftD(rng, x, horizon + rng.range(34, 56), rng.range(30, 60), rng.int(5, 8));
  }
  doc.add(path(bush, mix(P.mid, P.near, 0.5)));
  let shrubs = '';
  for (const x of [250, 520, 1400, 1690]) shrubs += clumpD(rng, x + rng.range(-40, 40), horizon + 60, rng.range(70, 110), rng.range(34, 48), 8);
  doc.add(path(shrubs, mix(P.mid, P.near, 0.65)));

  // Near trunks framing the sides, with big rim-lit edges.
  const nearSpec: Array<[number, number, number]> = [[60, 930, 150], [330, 860, 96], [1620, 880, 110], [1870, 960, 170]];
  const nearShadows: string[] = [];
  const nears: string[] = [];
  for (const [x, base, w] of nearSpec) {
    nears.push(trunk(rng, x, base, w, -60, P.near, mix(P.near, P.rim, 0.45), sun[0], 0));
    nearShadows.push(shadowPoly(x, base, w, sun));
  }
  doc.add(group({ fill: '#07040a', opacity: 0.6 }, nearShadows));
  doc.add(group({}, nears));

  // Canopy: dark leaf masses hanging from the top, parting over the middle.
  // Each mass is a spread of scalloped clumps; the back layer is lighter and sits a little lower,
  // so it shows as a rim of lit leaves under the dark front layer.
  let canopyBack = '';
  let canopyRim = '';
  let canopy = '';
  const masses: Array<[number, number, number, number, number]> = [
    // cx, cy, spread x, spread y, clumps
    [80, 60, 380, 260, 7], [470, 10, 260, 110, 5], [780, -30, 200, 60, 3], [1120, -40, 220, 60, 3],
    [1430, 10, 260, 120, 5], [1830, 70, 380, 280, 7], [250, 300, 150, 70, 2], [1680, 330, 160, 80, 2],
  ];
  for (const [cx, cy, sx, sy, count] of masses) {
    for (let i = 0; i < count; i++) {
      const x = cx + rng.range(-sx, sx) * 0.7;
      const y = cy + rng.range(-sy, sy) * 0.6;
      const rx = rng.range(100, 170);
      const ry = rx * rng.range(0.55, 0.75);
      canopyBack += clumpD(rng, x + rng.range(-60, 60), y - 40, rx * 1.1, ry, 9);
      canopyRim += clumpD(rng, x, y + 14, rx, ry, 9);
      canopy += clumpD(rng, x - 6, y, rx * 0.97, ry * 0.95, 9);
    }
  }
  doc.add(path(canopyBack, mix(P.canopyRim, P.far, 0.45)));
  doc.add(path(canopyRim, P.canopyRim));
  doc.add(path(canopy, P.canopy));

  // Foreground undergrowth in the corners (kept low in the middle for the text box).
  let fg = '';
  for (let i = 0; i < 14; i++) {
    const left = i % 2 === 0;
    const x = left ? rng.range(-40, 420) : rng.range(1500, W + 40);
    fg += tuftD(rng, x, H + 10, rng.range(120, 240), rng.int(6, 10), 1.2);
  }
  doc.add(path(fg, '#0b0610'));
  let fgLow = '';
  for (let x = 400; x < 1520; x += rng.range(60, 110)) fgLow += tuftD(rng, x, H + 6, rng.range(30, 70), rng.int(4, 7));
  doc.add(path(fgLow, '#0b0610', { opacity: 0.9 }));

  // Fireflies in the middle distance.
  const ff = glowFill(doc, P.firefly, 0.9);
  const flies: string[] = [];
  const spots: Pt[] = [[540, 560], [700, 640], [820, 500], [1110, 590], [1260, 520], [1400, 650], [610, 720], [1320, 735], [460, 470], [1480, 440], [990, 745], [880, 665]];
  for (const [x, y] of spots) {
    const r = rng.range(14, 26);
    flies.push(glow(x + rng.range(-20, 20), y + rng.range(-20, 20), r, ff));
  }
  doc.add(group({}, flies));
  const cores: string[] = [];
  for (const g of flies) {
    const m = /cx="([\d.-]+)" cy="([\d.-]+)"/.exec(g);
    if (m) cores.push(`<circle cx="${m[1]}" cy="${m[2]}" r="2.6"/>`);
  }
  doc.add(group({ fill: '#fbffe0' }, cores));

  // Vignette to pull the eye to the sun gap and darken under the text box.
  doc.add(rect(0, 0, W, H, doc.radial([[0, '#000', 0], [0.6, '#000', 0.05], [1, '#0a0512', 0.6]], 960, 600, 1150, true)));
  return doc.render('Forest at dusk');
}

/** Long shadow cast from a trunk base directly away from the sun, toward the bottom of the frame. */
function shadowPoly(x: number, base: number, w: number, sun: Pt): string {
  const dx = x - sun[0];
  const dy = Math.max(20, base - sun[1]);
  const len = (H + 200 - base) / dy;
  const ex = x + dx * len;
  const spread = w * (1.2 + len * 0.25);
  return el('polygon', { points: pts([[x - w / 2, base], [x + w / 2, base], [ex + spread, H + 200], [ex - spread, H + 200]]) });
}
