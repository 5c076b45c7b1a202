/**
 * Title art: Konoha rooftops under a large moon, a single leaf falling across it.
 * The left-centre stays open sky (title and menu are DOM, laid over it); the moon sits
 * just right of centre so a phone's centre crop still shows it; rooftops fill the bottom band.
 */
import { Doc, W, H, rect, poly, group, path, circle, el } from '../lib/svg';
import type { Pt } from '../lib/svg';
import { Rng, SEEDS } from '../lib/rng';
import { mix } from '../lib/color';
import { clumpD, leafD, glowFill, glow } from '../lib/shapes';

const P = {
  skyTop: '#070c26',
  skyMid: '#17234f',
  skyLow: '#34497c',
  skyHorizon: '#5a6f9e',
  moon: '#fbf6e4',
  moonShade: '#e4e1d2',
  moonGlow: '#cfe0ff',
  cliff: '#2c3d6c',
  cliffLit: '#42588e',
  far: '#1f2c57',
  mid: '#141d3d',
  near: '#0a1026',
  window: '#ffcf7a',
  cloud: '#22315f',
  cloudLit: '#4b5f92',
};

export function title(): string {
  const rng = new Rng(SEEDS.title);
  const doc = new Doc('tt');
  const moon: Pt = [1190, 390];
  const R = 225;

  doc.add(rect(0, 0, W, H, doc.linear([[0, P.skyTop], [0.45, P.skyMid], [0.72, P.skyLow], [1, P.skyHorizon]])));
  doc.add(rect(0, 0, W, H, doc.radial([[0, P.moonGlow, 0.38], [0.3, P.moonGlow, 0.14], [1, P.moonGlow, 0]], moon[0], moon[1], 820, true)));

  // Stars: sparse, smaller and fewer over the left-centre where the title sits.
  const stars: string[] = [];
  for (let i = 0; i < 70; i++) {
    const x = rng.range(0, W), y = rng.range(0, 620);
    if (Math.hypot(x - moon[0], y - moon[1]) < R + 60) continue;
    const calm = x > 120 && x < 820 && y > 220;
    if (calm && rng.next() < 0.7) continue;
    stars.push(circle(x, y, rng.range(0.8, calm ? 1.4 : 2.2), '#e6ecff', { opacity: rng.range(0.4, 0.9) }));
  }
  doc.add(group({}, stars));

  // The moon: flat disc, a soft shade crescent and a few pale maria.
  doc.add(glow(moon[0], moon[1], R * 1.35, glowFill(doc, '#f4f0ff', 0.35)));
  doc.add(circle(moon[0], moon[1], R, doc.radial([[0, P.moon], [0.8, P.moon], [1, P.moonShade]], 0.42, 0.4, 0.62)));
  const maria: string[] = [];
  for (const [dx, dy, rx, ry, rot] of [[-55, -45, 62, 40, -20], [40, -85, 34, 22, 15], [60, 25, 70, 46, 30], [-25, 80, 44, 26, -10]] as const) {
    maria.push(el('ellipse', { cx: moon[0] + dx, cy: moon[1] + dy, rx, ry, transform: `rotate(${rot} ${Math.round(moon[0] + dx)} ${Math.round(moon[1] + dy)})` }));
  }
  doc.add(group({ fill: P.moonShade, opacity: 0.5 }, maria));

  // Cliff of the Hokage rock on the right, with a fringe of trees on top.
  const cliff: Pt[] = [[1420, 760], [1450, 600], [1490, 520], [1560, 486], [1660, 478], [1780, 470], [1900, 474], [1940, 480], [1940, 760]];
  doc.add(poly(cliff, P.cliff));
  doc.add(poly([[1450, 600], [1490, 520], [1560, 486], [1580, 500], [1520, 530], [1480, 620], [1462, 700]], P.cliffLit));
  let cliffTrees = '';
  for (let x = 1540; x < 1940; x += rng.range(26, 40)) cliffTrees += clumpD(rng, x, 478 - rng.range(0, 12), rng.range(18, 26), rng.range(12, 18), 7);
  doc.add(path(cliffTrees, mix(P.cliff, P.far, 0.5)));

  // A thin cloud band drifting across the moon's lower edge (lit rim on top).
  let cloudRim = '', cloud = '';
  for (const [cx, cy, w] of [[1000, 560, 260], [1300, 615, 240]] as const) {
    for (let i = 0; i < 4; i++) {
      const x = cx + (i - 1.5) * w * 0.4 + rng.range(-20, 20);
      const ry = rng.range(16, 26), rx = w * rng.range(0.25, 0.35);
      cloudRim += clumpD(rng, x, cy - 5, rx, ry, 8);
      cloud += clumpD(rng, x + 6, cy + 4, rx, ry * 0.9, 8);
    }
  }
  doc.add(path(cloudRim, P.cloudLit, { opacity: 0.85 }));
  doc.add(path(cloud, P.cloud, { opacity: 0.95 }));

  // Far rooftops: flat blocks, water tanks, a round tower with a cone roof.
  const far: string[] = [];
  const farLights: string[] = [];
  for (let x = -20; x < W + 20;) {
    const w = rng.range(70, 150);
    const top = rng.range(690, 740);
    far.push(rect(x, top, w + 2, H - top, P.far));
    if (rng.next() < 0.45) far.push(tank(x + w * rng.range(0.2, 0.6), top, rng.range(18, 26), P.far));
    for (let i = 0; i < 2; i++) if (rng.next() < 0.35) farLights.push(rect(x + rng.range(10, w - 16), top + rng.range(14, 40), 7, 9, P.window));
    x += w;
  }
  far.push(tower(520, 660, 46, P.far), tower(1560, 640, 54, P.far));
  doc.add(group({}, far));
  doc.add(group({ opacity: 0.55 }, farLights));

  // Mid rooftops: tiled roofs with upturned eaves.
  const mid: string[] = [];
  const midLights: string[] = [];
  for (let x = -60; x < W + 60;) {
    const w = rng.range(160, 260);
    const wall = rng.range(740, 820);
    const tone = rng.next() < 0.5 ? P.mid : mix(P.mid, P.far, 0.35);
    mid.push(rect(x + 12, wall, w - 24, H - wall, tone));
    mid.push(eaveRoof(x, wall, w, rng.range(30, 60), tone));
    const nW = rng.int(0, 2);
    for (let i = 0; i < nW; i++) midLights.push(rect(x + 30 + i * (w - 80) / 2 + rng.range(0, 20), wall + 26, 16, 20, P.window));
    x += w + rng.range(-10, 30);
  }
  doc.add(group({}, mid));
  doc.add(group({ opacity: 0.85 }, midLights));

  // Near roof: the ridge we stand on, sloping down to the right, with tile ribs.
  const nearTop = (x: number) => 900 + x * 0.035;
  doc.add(poly([[-10, nearTop(-10)], [W + 10, nearTop(W + 10)], [W + 10, H], [-10, H]], P.near));
  doc.add(poly([[-10, nearTop(-10) - 10], [W + 10, nearTop(W + 10) - 10], [W + 10, nearTop(W + 10) + 4], [-10, nearTop(-10) + 4]], mix(P.near, P.cloudLit, 0.35)));
  const ribs: string[] = [];
  for (let x = 20; x < W; x += 64) ribs.push(poly([[x, nearTop(x) + 4], [x + 6, nearTop(x) + 4], [x - 30, H], [x - 40, H]], mix(P.near, P.mid, 0.6)));
  doc.add(group({}, ribs));

  // Falling leaves: one large across the moon, two small drifting.
  const leaf = { x: 1090, y: 300, len: 130, deg: 28 };
  doc.add(path(leafD(leaf.x, leaf.y, leaf.len, leaf.deg) + leafD(1580, 170, 40, -20) + leafD(880, 600, 28, 70), P.near));
  const a = (leaf.deg * Math.PI) / 180, h = leaf.len * 0.4;
  const rib = (t: number): Pt => [leaf.x + Math.cos(a) * t, leaf.y + Math.sin(a) * t];
  const [r0, r1] = [rib(-h), rib(h)];
  doc.add(path(`M${Math.round(r0[0])} ${Math.round(r0[1])}L${Math.round(r1[0])} ${Math.round(r1[1])}`, 'none', { stroke: mix(P.near, P.moonShade, 0.3), 'stroke-width': 2.5, 'stroke-linecap': 'round' }));

  // Vignette.
  doc.add(rect(0, 0, W, H, doc.radial([[0, '#000', 0], [0.6, '#03061a', 0.1], [1, '#03061a', 0.55]], 1000, 480, 1150, true)));
  return doc.render('Awry Mission title art');
}

/** Rooftop water tank on short legs. */
function tank(x: number, roof: number, r: number, fill: string): string {
  const top = roof - r * 2.3;
  return (
    rect(x - r, top, r * 2, r * 1.6, fill) +
    poly([[x - r - 3, top], [x, top - r * 0.45], [x + r + 3, top]], fill) +
    rect(x - r * 0.8, top + r * 1.6, 4, r * 0.7, fill) +
    rect(x + r * 0.8 - 4, top + r * 1.6, 4, r * 0.7, fill)
  );
}

/** Round tower with a shallow cone roof and a finial. */
function tower(x: number, top: number, r: number, fill: string): string {
  return (
    rect(x - r, top, r * 2, H - top, fill) +
    poly([[x - r - 10, top + 4], [x, top - r * 0.6], [x + r + 10, top + 4]], fill) +
    rect(x - 2, top - r * 0.6 - 16, 4, 18, fill)
  );
}

/** Tiled roof with upturned eaves, Konoha style: a trapezoid with flicked corners. */
function eaveRoof(x: number, wall: number, w: number, h: number, fill: string): string {
  const ridge = wall - h;
  const d = `M${Math.round(x - 8)} ${Math.round(wall - 8)}Q${Math.round(x + 18)} ${Math.round(wall - 2)} ${Math.round(x + w * 0.22)} ${Math.round(ridge)}L${Math.round(x + w * 0.78)} ${Math.round(ridge)}Q${Math.round(x + w - 18)} ${Math.round(wall - 2)} ${Math.round(x + w + 8)} ${Math.round(wall - 8)}L${Math.round(x + w - 4)} ${Math.round(wall + 6)}L${Math.round(x + 4)} ${Math.round(wall + 6)}Z`;
  return path(d, fill);
}
