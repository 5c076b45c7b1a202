/**
 * Hospital ward, one composition in two lights.
 * The room is modelled in metres and projected with the same one-point camera helper as the
 * corridor; the night version runs every surface colour through a moonlight grade, swaps the
 * window view and adds the moon's pale rectangle and the monitor's green glow.
 *
 * Layout (for the stage): window left of centre on the back wall, bed head against the wall
 * just right of centre, monitor and drip stand beyond it, chair far left; the middle of the
 * lower two thirds is bare wall and floor so a row of standing characters can go in front.
 */
import { Doc, W, H, rect, poly, group, path, circle, el, pts } from '../lib/svg';
import type { Pt } from '../lib/svg';
import { Rng, SEEDS } from '../lib/rng';
import { mix, multiply } from '../lib/color';
import { Persp, clumpD, glowFill, glow } from '../lib/shapes';

export type WardLight = 'day' | 'night';

/** Bed footprint in room metres: head end at x0 (left), long side facing the camera. */
const BED = { x0: 1.45, x1: 3.5, z0: 6.8, z1: 7.85 };

const DAY = {
  ceiling: '#f1f4ec',
  wall: '#edf1e8',
  wallSide: '#dde7dd',
  wain: '#a7cbb5',
  wainSide: '#94bca5',
  skirting: '#6a9882',
  floorFar: '#cbdacf',
  floorNear: '#a9c0b2',
  frame: '#f7f8f2',
  frameShade: '#c3d3c8',
  curtain: '#e4eedf',
  curtainFold: '#c2d6c4',
  metal: '#9db3ad',
  metalDark: '#6f8a84',
  sheet: '#fafcf8',
  sheetShade: '#d3e1dc',
  blanket: '#bcd9e2',
  blanketShade: '#93bccb',
  wood: '#c9a984',
  woodDark: '#a07f5c',
  monitor: '#dfe6e1',
  monitorDark: '#889c97',
  screen: '#17322b',
  trace: '#5dffa0',
  door: '#b8d5c5',
  doorFrame: '#6b9a83',
};

type Pal = typeof DAY;

/** Moonlight grade: multiply by a cool blue, with a slight lift so darks stay readable. */
function nightOf(p: Pal): Pal {
  const out = { ...p };
  for (const k of Object.keys(out) as Array<keyof Pal>) out[k] = multiply(p[k], '#3f5088', 0.025);
  out.trace = '#5dffa0';
  out.screen = '#0d2a22';
  return out;
}

export function ward(light: WardLight): string {
  const night = light === 'night';
  const P = night ? nightOf(DAY) : DAY;
  const rng = new Rng(SEEDS.ward); // same seed for both: identical composition
  const doc = new Doc(night ? 'wn' : 'wd');
  const cam = new Persp(960, 470, 1400, 1.5);
  const X0 = -4.2, X1 = 4.2, TOP = 3, BACK = 8, NEAR = 2;

  // Shell: ceiling, walls, floor.
  doc.add(rect(0, 0, W, H, P.ceiling));
  doc.add(poly(cam.flatQuad(TOP, X0, X1, NEAR, BACK), doc.linear([[0, mix(P.ceiling, P.frameShade, 0.5)], [1, P.ceiling]], 0, 0, 0, cam.p(0, TOP, BACK)[1], true)));
  const floorTop = cam.p(0, 0, BACK)[1];
  doc.add(poly(cam.flatQuad(0, X0, X1, NEAR, BACK), doc.linear([[0, P.floorFar], [1, P.floorNear]], 0, floorTop, 0, H, true)));
  for (const x of [X0, X1]) {
    doc.add(poly(cam.sideQuad(x, NEAR, BACK, 0, TOP), P.wallSide));
    doc.add(poly(cam.sideQuad(x, NEAR, BACK, 0, 1.0), P.wainSide));
    doc.add(poly(cam.sideQuad(x, NEAR, BACK, 0, 0.12), P.skirting));
  }
  doc.add(poly(cam.frontQuad(BACK, X0, X1, 0, TOP), P.wall));
  doc.add(poly(cam.frontQuad(BACK, X0, X1, 0, 1.0), P.wain));
  doc.add(poly(cam.frontQuad(BACK, X0, X1, 0.98, 1.04), P.skirting));
  doc.add(poly(cam.frontQuad(BACK, X0, X1, 0, 0.12), P.skirting));
  // Cel shadow line under the ceiling.
  doc.add(poly(cam.frontQuad(BACK, X0, X1, 2.9, TOP), mix(P.wall, P.frameShade, 0.5)));

  // Floor seams.
  const seams: string[] = [];
  for (let z = 2.6; z < BACK; z *= 1.22) {
    const a = cam.p(X0, 0, z), b = cam.p(X1, 0, z);
    seams.push(poly([a, b, [b[0], b[1] + 1.5], [a[0], a[1] + 1.5]], P.skirting));
  }
  for (let x = -3.6; x < 4; x += 1.2) {
    const a = cam.p(x, 0, BACK), b = cam.p(x, 0, NEAR);
    seams.push(poly([a, [a[0] + 1.5, a[1]], [b[0] + 2, b[1]], b], P.skirting));
  }
  doc.add(group({ opacity: 0.18 }, seams));

  // Sliding door on the left wall.
  doc.add(poly(cam.sideQuad(X0 + 0.002, 6.2, 7.7, 0, 2.3), P.doorFrame));
  doc.add(poly(cam.sideQuad(X0 + 0.004, 6.28, 7.62, 0.02, 2.22), P.door));
  doc.add(poly(cam.sideQuad(X0 + 0.006, 6.5, 6.7, 1.25, 1.95), mix(P.door, P.frame, 0.5)));
  doc.add(poly(cam.sideQuad(X0 + 0.006, 7.3, 7.36, 0.85, 1.25), P.doorFrame));

  // Window: frame, view, mullions, sill.
  const WX0 = -1.8, WX1 = 0.3, WY0 = 0.95, WY1 = 2.5;
  const win = cam.frontQuad(BACK, WX0, WX1, WY0, WY1);
  const wx0 = win[0]![0], wx1 = win[1]![0], wyB = win[0]![1], wyT = win[2]![1];
  doc.add(poly(cam.frontQuad(BACK, WX0 - 0.1, WX1 + 0.1, WY0 - 0.08, WY1 + 0.1), P.frameShade));
  doc.add(rect(wx0, wyT, wx1 - wx0, wyB - wyT, night
    ? doc.linear([[0, '#0b1330'], [0.6, '#1d2d5c'], [1, '#2f4677']])
    : doc.linear([[0, '#8fcaec'], [0.7, '#cdeaf5'], [1, '#eef8f4']])));
  const clip = doc.clip(rect(wx0, wyT, wx1 - wx0, wyB - wyT, '#000'));
  const view: string[] = [];
  const moon: Pt = [(wx0 + wx1) / 2 + 40, wyT + 72];
  if (night) {
    view.push(glow(moon[0], moon[1], 150, glowFill(doc, '#c9dcff', 0.55)));
    const stars: string[] = [];
    for (let i = 0; i < 14; i++) stars.push(circle(rng.range(wx0, wx1), rng.range(wyT, wyT + 150), rng.range(0.8, 1.8), '#dfe8ff'));
    view.push(group({ opacity: 0.8 }, stars));
    view.push(circle(moon[0], moon[1], 40, '#f4f6ff'));
    view.push(circle(moon[0] + 10, moon[1] - 6, 30, '#e3e9fb', { opacity: 0.7 }));
  } else {
    let clouds = '';
    clouds += clumpD(rng, wx0 + 90, wyT + 60, 60, 18, 8);
    clouds += clumpD(rng, wx1 - 80, wyT + 100, 46, 14, 7);
    view.push(path(clouds, '#ffffff', { opacity: 0.85 }));
    // consume the star draws so the rest of the layout matches the night version
    for (let i = 0; i < 14; i++) { rng.next(); rng.next(); rng.next(); }
  }
  // Konoha rooftops and trees in the distance.
  const roofs: string[] = [];
  for (let x = wx0 - 10; x < wx1 + 10; x += rng.range(44, 70)) {
    const w = rng.range(36, 60), top = wyB - rng.range(36, 70);
    roofs.push(poly([[x - 6, top], [x + w / 2, top - rng.range(8, 16)], [x + w + 6, top], [x + w, top], [x + w, wyB], [x, wyB], [x, top]], night ? '#141d3a' : '#b9cfd6'));
    if (night && rng.next() < 0.5) roofs.push(rect(x + w * 0.3, top + 14, 6, 8, '#ffd98a', { opacity: 0.8 }));
    else rng.next();
  }
  view.push(group({}, roofs));
  let trees = '';
  for (let i = 0; i < 7; i++) trees += clumpD(rng, wx0 + (i + 0.3) * ((wx1 - wx0) / 6.5), wyB - rng.range(2, 16), rng.range(18, 28), rng.range(14, 20), 7);
  view.push(path(trees, night ? '#0f1830' : '#86b99a'));
  doc.add(group({ 'clip-path': clip }, view));
  const mull = P.frame;
  const midX = (wx0 + wx1) / 2;
  doc.add(rect(midX - 4, wyT, 8, wyB - wyT, mull));
  doc.add(rect(wx0, wyT + (wyB - wyT) * 0.42 - 3, wx1 - wx0, 6, mull));
  // frame inner edges (cel: light top-left, shade bottom-right)
  doc.add(poly([[wx0, wyT], [wx1, wyT], [wx1 - 8, wyT + 8], [wx0 + 8, wyT + 8]], P.frameShade));
  doc.add(poly([[wx0, wyT], [wx0 + 8, wyT + 8], [wx0 + 8, wyB], [wx0, wyB]], P.frameShade));
  doc.add(cam.box(WX0 - 0.16, WX1 + 0.16, WY0 - 0.1, WY0 - 0.03, BACK - 0.16, BACK, P.frame, mix(P.frame, P.wall, 0.3), P.frameShade));

  // Flowers from a visitor on the sill.
  const pot = cam.p(WX0 + 0.45, WY0 - 0.03, BACK - 0.08);
  let leaves = '';
  for (let i = 0; i < 5; i++) leaves += clumpD(rng, pot[0] + rng.range(-16, 16), pot[1] - 40 - rng.range(0, 20), rng.range(9, 14), rng.range(7, 10), 6);
  doc.add(path(leaves, night ? '#1f3b3a' : '#6fa886'));
  const blooms: string[] = [];
  for (let i = 0; i < 5; i++) blooms.push(circle(pot[0] + rng.range(-22, 22), pot[1] - 48 - rng.range(0, 26), rng.range(5, 7.5), i % 2 ? P.blanket : '#f2b8c6'));
  doc.add(group({ opacity: night ? 0.45 : 1 }, blooms));
  doc.add(poly([[pot[0] - 15, pot[1] - 34], [pot[0] + 15, pot[1] - 34], [pot[0] + 11, pot[1]], [pot[0] - 11, pot[1]]], mix(P.frame, P.blanket, 0.5)));

  // Light from the window falling on the floor, split by the mullions.
  const kz = 0.95, kx = 0.42;
  const hit = (x: number, y: number): Pt => cam.p(x + y * kx, 0, BACK - y * kz);
  const mx = (WX0 + WX1) / 2, my = WY0 + (WY1 - WY0) * 0.58;
  const g = 0.05;
  const panes: Array<[number, number, number, number]> = [
    [WX0, mx - g, WY0, my - g], [mx + g, WX1, WY0, my - g], [WX0, mx - g, my + g, WY1], [mx + g, WX1, my + g, WY1],
  ];
  const patch: string[] = [];
  for (const [a, b, c, d] of panes) patch.push(el('polygon', { points: pts([hit(a, c), hit(b, c), hit(b, d), hit(a, d)]) }));
  const patchColor = night ? '#a9c2ff' : '#fff6d8';
  doc.add(group({ fill: patchColor, opacity: night ? 0.32 : 0.5 }, patch));
  // Faint shaft of light from the window to the patch.
  const shaft: Pt[] = [cam.p(WX0, WY1, BACK), cam.p(WX1, WY1, BACK), hit(WX1, WY1), hit(WX1, WY0), hit(WX0, WY0)];
  doc.add(poly(shaft, doc.linear([[0, patchColor, night ? 0.14 : 0.12], [1, patchColor, 0.02]]), {}));

  // Curtains, gathered at both sides of the window on a rail.
  doc.add(poly(cam.frontQuad(BACK - 0.1, WX0 - 0.75, WX1 + 0.48, 2.72, 2.78), P.metalDark));
  const curtain = (x0: number, x1: number, bunchLeft: boolean): string => {
    const tl = cam.p(x0, 2.74, BACK - 0.12), tr = cam.p(x1, 2.74, BACK - 0.12);
    const bl = cam.p(x0, 0.78, BACK - 0.12), br = cam.p(x1, 0.78, BACK - 0.12);
    // gathered with a tie-back: narrower at 40% height
    const tie = 0.45;
    const ty = bl[1] + (tl[1] - bl[1]) * tie;
    const pinch = (tr[0] - tl[0]) * 0.35;
    const outline: Pt[] = bunchLeft
      ? [tl, tr, [tr[0] - pinch, ty], [br[0] + 6, br[1]], [bl[0], bl[1] + 8]]
      : [tl, tr, [tr[0], br[1] + 8], [bl[0] - 6, bl[1]], [tl[0] + pinch, ty]];
    let folds = '';
    const nF = 4;
    for (let i = 1; i < nF; i++) {
      const t = i / nF;
      const fx = tl[0] + (tr[0] - tl[0]) * t;
      const fxB = bunchLeft ? bl[0] + (br[0] + 6 - bl[0]) * t : bl[0] - 6 + (br[0] - bl[0] + 6) * t;
      const fxT = bunchLeft ? tl[0] + (tr[0] - pinch - tl[0]) * t : tl[0] + pinch + (tr[0] - tl[0] - pinch) * t;
      folds += `M${Math.round(fx - 5)} ${Math.round(tl[1])}L${Math.round(fx + 5)} ${Math.round(tl[1])}L${Math.round(fxT + 4)} ${Math.round(ty)}L${Math.round(fxB + 5)} ${Math.round(bl[1])}L${Math.round(fxB - 7)} ${Math.round(bl[1])}L${Math.round(fxT - 4)} ${Math.round(ty)}Z`;
    }
    const tieBand = poly([[tl[0] + (bunchLeft ? 0 : pinch) - 4, ty - 6], [tr[0] - (bunchLeft ? pinch : 0) + 4, ty - 6], [tr[0] - (bunchLeft ? pinch : 0) + 4, ty + 6], [tl[0] + (bunchLeft ? 0 : pinch) - 4, ty + 6]], P.wain);
    return poly(outline, P.curtain) + path(folds, P.curtainFold) + tieBand;
  };
  doc.add(curtain(WX0 - 0.7, WX0 + 0.08, true));
  doc.add(curtain(WX1 - 0.08, WX1 + 0.42, false));

  // Wall clock (right of the window) and the medical gas rail over the bed head.
  const clock = cam.p(3.1, 2.3, BACK);
  doc.add(circle(clock[0], clock[1], 30, P.frameShade), circle(clock[0], clock[1], 25, P.frame));
  doc.add(poly([[clock[0] - 1.5, clock[1]], [clock[0] + 1.5, clock[1]], [clock[0] + 1.5, clock[1] - 17], [clock[0] - 1.5, clock[1] - 17]], P.metalDark));
  doc.add(poly([[clock[0], clock[1] - 1.5], [clock[0] + 12, clock[1] + 6], [clock[0] + 10, clock[1] + 9], [clock[0] - 1, clock[1] + 2]], P.metalDark));
  doc.add(poly(cam.frontQuad(BACK, BED.x0 + 0.05, BED.x0 + 1.35, 1.45, 1.62), P.frameShade));
  const outlets: string[] = [];
  for (const x of [0.25, 0.55, 0.85, 1.1].map((d) => BED.x0 + d)) {
    const o = cam.p(x, 1.535, BACK);
    outlets.push(circle(o[0], o[1], 5, outlets.length === 1 ? P.blanketShade : P.wain));
  }
  doc.add(group({}, outlets));

  // Chair (far left, facing the bed).
  doc.add(chair(cam, P, -2.9, 6.6));

  // Drip stand behind the bed, heart monitor at the head end, then the bed itself.
  doc.add(dripStand(cam, P, BED.x0 + 0.75, BED.z1 + 0.05));
  doc.add(monitor(doc, cam, P, night, BED.x0 - 0.42, 7.45));
  doc.add(bed(cam, P, night));


  // Gentle vignette; darker and bluer at night.
  doc.add(rect(0, 0, W, H, doc.radial(night
    ? [[0, '#000', 0], [0.55, '#050a1e', 0.15], [1, '#050a1e', 0.6]]
    : [[0, '#000', 0], [0.6, '#24443a', 0.03], [1, '#24443a', 0.22]], 940, 480, 1150, true)));
  return doc.render(night ? 'Hospital ward at night' : 'Hospital ward by day');
}

/** Hospital bed side-on against the back wall, head end on the left (toward the window). */
function bed(cam: Persp, P: Pal, night: boolean): string {
  const x0 = BED.x0, x1 = BED.x1, z0 = BED.z0, z1 = BED.z1;
  const out: string[] = [];
  // Back legs, then frame.
  for (const lx of [x0 + 0.1, x1 - 0.1]) out.push(poly(cam.frontQuad(z1 - 0.05, lx - 0.025, lx + 0.025, 0.06, 0.32), P.metalDark));
  // Headboard and footboard: panels at each end, metal rim around a pale inset.
  const endPanel = (x: number, h: number) =>
    poly(cam.sideQuad(x, z0 - 0.03, z1, 0.3, h), P.metal) +
    poly(cam.sideQuad(x, z0 + 0.1, z1 - 0.1, 0.62, h - 0.07), P.frame) +
    poly(cam.frontQuad(z0 - 0.03, x - 0.03, x + 0.03, 0.06, h), P.metalDark);
  out.push(endPanel(x0, 1.2));
  out.push(endPanel(x1, 0.9));
  out.push(cam.box(x0 + 0.02, x1 - 0.02, 0.3, 0.42, z0, z1, P.metal, P.metal, P.metalDark));
  // Mattress and sheet.
  out.push(cam.box(x0 + 0.03, x1 - 0.04, 0.42, 0.62, z0 + 0.02, z1 - 0.02, P.sheetShade, P.sheet, P.sheetShade));
  // Pillow at the head end.
  const pa = cam.p(x0 + 0.08, 0.62, z1 - 0.1), pb = cam.p(x0 + 0.55, 0.62, z1 - 0.1);
  const pc = cam.p(x0 + 0.55, 0.64, z0 + 0.12), pd = cam.p(x0 + 0.08, 0.64, z0 + 0.12);
  const top = cam.p(x0 + 0.3, 0.8, (z0 + z1) / 2);
  out.push(path(`M${pts([pd])}Q${pts([[pd[0] - 6, top[1] + 6]])} ${pts([pa])}L${pts([pb])}Q${pts([[pb[0] + 8, top[1]]])} ${pts([pc])}Q${pts([[(pc[0] + pd[0]) / 2, pc[1] + 10]])} ${pts([pd])}Z`, P.sheet));
  out.push(path(`M${pts([pd])}Q${pts([[(pc[0] + pd[0]) / 2, pc[1] + 10]])} ${pts([pc])}L${pts([[pc[0], pc[1] - 8]])}Q${pts([[(pc[0] + pd[0]) / 2, pc[1]]])} ${pts([[pd[0], pd[1] - 8]])}Z`, P.sheetShade));
  // Blanket from the chest down, draping over the front edge; folded-back sheet band at its top.
  const bx0 = x0 + 0.62;
  out.push(cam.box(bx0, x1 - 0.02, 0.36, 0.66, z0 - 0.02, z1 - 0.04, P.blanketShade, P.blanket, P.blanketShade));
  out.push(poly(cam.flatQuad(0.665, bx0, bx0 + 0.16, z0 - 0.02, z1 - 0.04), P.sheet));
  out.push(poly(cam.frontQuad(z0 - 0.021, bx0, bx0 + 0.16, 0.36, 0.66), P.sheetShade));
  // Blanket fold lines on the drape.
  for (const t of [0.35, 0.62, 0.86]) {
    const fx = bx0 + (x1 - bx0) * t;
    out.push(poly(cam.frontQuad(z0 - 0.022, fx - 0.015, fx + 0.015, 0.38, 0.6), mix(P.blanketShade, P.metalDark, 0.2)));
  }
  // Front legs with casters.
  for (const lx of [x0 + 0.1, x1 - 0.1]) {
    out.push(poly(cam.frontQuad(z0 + 0.05, lx - 0.025, lx + 0.025, 0.06, 0.3), P.metalDark));
    const c = cam.p(lx, 0.045, z0 + 0.05);
    out.push(circle(c[0], c[1], 8, P.metalDark));
  }
  if (night) out.push(poly(cam.flatQuad(0.67, bx0, x1 - 0.3, z0 + 0.1, z1 - 0.2), '#b4c8ff', { opacity: 0.16 }));
  return group({}, out);
}

function chair(cam: Persp, P: Pal, x: number, z: number): string {
  const out: string[] = [];
  const w = 0.48, d = 0.45;
  for (const [lx, lz] of [[x, z], [x + w, z], [x + w, z + d]] as const) out.push(poly(cam.frontQuad(lz, lx, lx + 0.04, 0, 0.45), P.woodDark));
  // Back rest (far edge).
  out.push(poly(cam.frontQuad(z + d, x, x + 0.04, 0.45, 0.95), P.woodDark));
  out.push(poly(cam.frontQuad(z + d, x + w - 0.04, x + w, 0.45, 0.95), P.woodDark));
  out.push(poly(cam.frontQuad(z + d, x, x + w, 0.68, 0.93), P.wood));
  out.push(cam.box(x - 0.02, x + w + 0.04, 0.42, 0.47, z - 0.02, z + d + 0.02, P.woodDark, P.wood, P.woodDark));
  return group({}, out);
}

function dripStand(cam: Persp, P: Pal, x: number, z: number): string {
  const out: string[] = [];
  const base = cam.p(x, 0, z);
  const top = cam.p(x, 2.05, z);
  const s = 1400 / z;
  out.push(poly([[base[0] - 0.28 * s, base[1] + 3], [base[0] + 0.28 * s, base[1] + 3], [base[0] + 0.28 * s, base[1] - 3], [base[0] - 0.28 * s, base[1] - 3]], P.metalDark));
  out.push(rect(top[0] - 2.5, top[1], 5, base[1] - top[1], P.metal));
  out.push(rect(top[0] - 0.18 * s, top[1], 0.36 * s, 4, P.metal));
  // Bag (a soft pouch) hanging from the hook, and its line down toward the bed.
  const bx = top[0] - 0.14 * s, by = top[1] + 6;
  out.push(path(`M${Math.round(bx - 16)} ${Math.round(by)}L${Math.round(bx + 16)} ${Math.round(by)}Q${Math.round(bx + 20)} ${Math.round(by + 52)} ${Math.round(bx + 4)} ${Math.round(by + 64)}L${Math.round(bx - 4)} ${Math.round(by + 64)}Q${Math.round(bx - 20)} ${Math.round(by + 52)} ${Math.round(bx - 16)} ${Math.round(by)}Z`, mix(P.sheet, P.blanket, 0.4), { opacity: 0.9 }));
  const end = cam.p(BED.x0 + 0.7, 0.75, BED.z0 + 0.3);
  out.push(path(`M${Math.round(bx)} ${Math.round(by + 64)}Q${Math.round(bx - 10)} ${Math.round(end[1] - 20)} ${Math.round(end[0])} ${Math.round(end[1])}`, 'none', { stroke: P.metal, 'stroke-width': 2 }));
  return group({}, out);
}

function monitor(doc: Doc, cam: Persp, P: Pal, night: boolean, x: number, z: number): string {
  const out: string[] = [];
  const base = cam.p(x, 0, z);
  const s = 1400 / z;
  // Five-spoke base seen low: a flat cross with casters.
  out.push(poly([[base[0] - 0.32 * s, base[1] + 4], [base[0] + 0.32 * s, base[1] + 4], [base[0] + 0.32 * s, base[1] - 3], [base[0] - 0.32 * s, base[1] - 3]], P.metalDark));
  for (const dx of [-0.3, 0.3]) { const c = [base[0] + dx * s, base[1] + 6] as const; out.push(circle(c[0], c[1], 6, P.metalDark)); }
  const top = cam.p(x, 1.15, z);
  out.push(rect(top[0] - 4, top[1], 8, base[1] - top[1], P.metal));
  // Basket / shelf.
  out.push(cam.box(x - 0.22, x + 0.22, 0.8, 0.84, z - 0.12, z + 0.12, P.metalDark, P.metal, P.metalDark));
  // Monitor housing and screen.
  out.push(cam.box(x - 0.36, x + 0.36, 1.12, 1.6, z - 0.14, z + 0.1, P.monitor, mix(P.monitor, P.frame, 0.5), P.monitorDark));
  const sc = cam.frontQuad(z - 0.141, x - 0.3, x + 0.2, 1.18, 1.54);
  const sx0 = sc[0]![0], sx1 = sc[1]![0], sy0 = sc[2]![1], sy1 = sc[0]![1];
  if (night) out.push(glow((sx0 + sx1) / 2, (sy0 + sy1) / 2, 120, glowFill(doc, '#3dff8c', 0.26)));
  out.push(rect(sx0, sy0, sx1 - sx0, sy1 - sy0, P.screen));
  // ECG trace: flat, blip, flat.
  const w = sx1 - sx0, h = sy1 - sy0;
  const ty = sy0 + h * 0.42;
  const trace: Pt[] = [];
  for (const [fx, fy] of [[0.04, 0], [0.2, 0], [0.25, -0.1], [0.3, 0], [0.36, 0], [0.39, 0.12], [0.43, -0.42], [0.47, 0.22], [0.5, 0], [0.6, 0], [0.66, -0.12], [0.72, 0], [0.96, 0]] as const) {
    trace.push([sx0 + w * fx, ty + h * fy]);
  }
  out.push(el('polyline', { points: pts(trace), fill: 'none', stroke: P.trace, 'stroke-width': 2.5, 'stroke-linejoin': 'round' }));
  // Readout bars (no text): two short lines under the trace.
  out.push(rect(sx0 + w * 0.08, sy0 + h * 0.76, w * 0.26, 3, P.trace, { opacity: 0.7 }));
  out.push(rect(sx0 + w * 0.56, sy0 + h * 0.76, w * 0.18, 3, '#ffd35a', { opacity: 0.7 }));
  // Side buttons.
  const b = cam.p(x + 0.28, 1.3, z - 0.141);
  out.push(circle(b[0], b[1], 4, night ? '#3dff8c' : P.monitorDark));
  return group({}, out);
}
