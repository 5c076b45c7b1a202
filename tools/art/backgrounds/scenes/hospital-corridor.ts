/**
 * Konoha hospital corridor: one-point perspective with the vanishing point at the centre,
 * pale green wainscot and white walls, receding sliding doors on both sides, ceiling light
 * panels, a bright window at the far end and a polished floor that mirrors lights and window.
 */
import { Doc, W, H, rect, poly, group, path } from '../lib/svg';
import type { Pt } from '../lib/svg';
import { Rng, SEEDS } from '../lib/rng';
import { mix } from '../lib/color';
import { Persp, clumpD } from '../lib/shapes';

const P = {
  ceiling: '#dfe9e2',
  ceilingFar: '#f4f9f3',
  wallL: '#d3e2d7',
  wallR: '#e3ede5',
  wainL: '#86b79d',
  wainR: '#98c6ac',
  rail: '#5a8f74',
  skirting: '#4a7a62',
  floorNear: '#8fae9f',
  floorFar: '#d6e7dc',
  doorFrame: '#6b9a83',
  doorPanel: '#b8d5c5',
  doorPanelLit: '#cde3d6',
  doorGlass: '#d4eaec',
  plate: '#f3f8f4',
  haze: '#eef6f1',
  light: '#ffffff',
  sky: '#cfeaf2',
  skyLow: '#eef8f4',
  trees: '#7fb496',
};

export function hospitalCorridor(): string {
  const rng = new Rng(SEEDS.corridor);
  const doc = new Doc('hc');
  const cam = new Persp(960, 470, 700, 1.6);
  const X0 = -1.9, X1 = 1.9, TOP = 3, NEAR = 0.35, FAR = 12;
  const fog = (c: string, z: number) => mix(c, P.haze, Math.min(0.75, Math.max(0, (z - 1.5) / 13)));

  // Floor and ceiling planes (gradients run from the frame edge toward the vanishing point).
  doc.add(rect(0, 0, W, H, P.ceiling));
  const endTop = cam.p(0, TOP, FAR)[1];
  const endBottom = cam.p(0, 0, FAR)[1];
  doc.add(poly(cam.flatQuad(TOP, X0, X1, NEAR, FAR), doc.linear([[0, mix(P.ceiling, '#b9cfc2', 0.4)], [1, P.ceilingFar]], 0, 0, 0, endTop, true)));
  doc.add(poly(cam.flatQuad(0, X0, X1, NEAR, FAR), doc.linear([[0, P.floorFar], [0.25, mix(P.floorFar, P.floorNear, 0.5)], [1, P.floorNear]], 0, endBottom, 0, H, true)));

  // Side walls: white upper, green wainscot, handrail, skirting.
  for (const side of [-1, 1] as const) {
    const x = side < 0 ? X0 : X1;
    const wall = side < 0 ? P.wallL : P.wallR;
    const wain = side < 0 ? P.wainL : P.wainR;
    const g = doc.linear([[0, wall], [1, mix(wall, P.haze, 0.6)]], cam.p(x, 1, NEAR)[0], 0, cam.p(x, 1, FAR)[0], 0, true);
    doc.add(poly(cam.sideQuad(x, NEAR, FAR, 0, TOP), g));
    const gw = doc.linear([[0, wain], [1, mix(wain, P.haze, 0.6)]], cam.p(x, 1, NEAR)[0], 0, cam.p(x, 1, FAR)[0], 0, true);
    doc.add(poly(cam.sideQuad(x, NEAR, FAR, 0, 1.0), gw));
    doc.add(poly(cam.sideQuad(x, NEAR, FAR, 0, 0.12), P.skirting));
    doc.add(poly(cam.sideQuad(x, NEAR, FAR, 0.98, 1.06), P.rail));
    // Corner shading where wall meets ceiling: a thin cel shadow band.
    doc.add(poly(cam.sideQuad(x, NEAR, FAR, 2.88, TOP), mix(wall, '#6f9483', 0.25)));
  }

  // End wall with a tall window full of daylight.
  doc.add(poly(cam.frontQuad(FAR, X0, X1, 0, TOP), mix(P.wallR, P.haze, 0.5)));
  doc.add(poly(cam.frontQuad(FAR, X0, X1, 0, 1.0), mix(P.wainR, P.haze, 0.55)));
  const win = cam.frontQuad(FAR, -1.15, 1.15, 0.85, 2.7);
  doc.add(poly(cam.frontQuad(FAR, -1.25, 1.25, 0.78, 2.78), mix(P.doorFrame, P.haze, 0.45)));
  const wx0 = win[0]![0], wx1 = win[1]![0], wyB = win[0]![1], wyT = win[2]![1];
  doc.add(rect(wx0, wyT, wx1 - wx0, wyB - wyT, doc.linear([[0, P.sky], [1, P.skyLow]])));
  // Trees and rooftops outside.
  let outside = '';
  for (let i = 0; i < 6; i++) outside += clumpD(rng, wx0 + (i + 0.5) * ((wx1 - wx0) / 6), wyB - 10 - rng.range(0, 10), rng.range(13, 19), rng.range(11, 16), 7);
  const roofs: string[] = [];
  for (let i = 0; i < 4; i++) {
    const rx = wx0 + 8 + i * ((wx1 - wx0) / 4) + rng.range(0, 10);
    const rw = rng.range(22, 34);
    const ry = wyB - rng.range(30, 46);
    roofs.push(poly([[rx - 4, ry], [rx + rw / 2, ry - 9], [rx + rw + 4, ry], [rx + rw, ry], [rx + rw, wyB], [rx, wyB], [rx, ry]], '#b7cfc9'));
  }
  const winClip = doc.clip(rect(wx0, wyT, wx1 - wx0, wyB - wyT, '#000'));
  doc.add(group({ 'clip-path': winClip }, [...roofs, path(outside, P.trees), rect(wx0, wyB - 6, wx1 - wx0, 6, mix(P.trees, '#4f7d66', 0.3))]));
  const mull = mix(P.doorFrame, P.haze, 0.35);
  doc.add(rect((wx0 + wx1) / 2 - 2.5, wyT, 5, wyB - wyT, mull));
  doc.add(rect(wx0, wyT + (wyB - wyT) * 0.38, wx1 - wx0, 4, mull));
  // Window bloom spilling into the corridor.
  doc.add(rect(0, 0, W, H, doc.radial([[0, '#ffffff', 0.3], [0.3, '#f4fbf6', 0.14], [1, '#f4fbf6', 0]], 960, (wyT + wyB) / 2, 520, true)));

  // Doors: sliding double panels with glass slits, a frame and a blank plate above.
  const doorsL = [1.4, 4.6, 7.8, 10.3];
  const doorsR = [2.9, 6.2, 9.2];
  const doors: string[] = [];
  for (const [side, list] of [[-1, doorsL], [1, doorsR]] as const) {
    const x = side < 0 ? X0 + 0.002 : X1 - 0.002;
    for (const z0 of [...list].reverse()) {
      const z1 = z0 + 1.3;
      const zm = (z0 + z1) / 2;
      doors.push(poly(cam.sideQuad(x, z0 - 0.08, z1 + 0.08, 0, 2.3), fog(P.doorFrame, zm)));
      doors.push(poly(cam.sideQuad(x, z0, zm - 0.01, 0.02, 2.22), fog(side < 0 ? P.doorPanel : P.doorPanelLit, zm)));
      doors.push(poly(cam.sideQuad(x, zm + 0.01, z1, 0.02, 2.22), fog(side < 0 ? mix(P.doorPanel, P.doorFrame, 0.15) : P.doorPanel, zm)));
      doors.push(poly(cam.sideQuad(x, z0 + 0.15, z0 + 0.3, 1.25, 1.95), fog(P.doorGlass, zm)));
      doors.push(poly(cam.sideQuad(x, z1 - 0.3, z1 - 0.15, 1.25, 1.95), fog(P.doorGlass, zm)));
      doors.push(poly(cam.sideQuad(x, zm - 0.09, zm - 0.05, 0.85, 1.25), fog(P.rail, zm)));
      doors.push(poly(cam.sideQuad(x, zm + 0.05, zm + 0.09, 0.85, 1.25), fog(P.rail, zm)));
      doors.push(poly(cam.sideQuad(x, zm - 0.3, zm + 0.3, 2.38, 2.56), fog(P.plate, zm)));
    }
  }
  doc.add(group({}, doors));

  // A bench against the left wall between doors.
  const bench = (z0: number, z1: number) =>
    cam.box(X0 + 0.02, X0 + 0.45, 0.42, 0.48, z0, z1, fog('#5d8d75', z0), fog('#7fae95', z0), fog('#6b9a83', z0)) +
    poly(cam.sideQuad(X0 + 0.4, z0 + 0.05, z0 + 0.1, 0, 0.42), fog(P.skirting, z0)) +
    poly(cam.sideQuad(X0 + 0.4, z1 - 0.1, z1 - 0.05, 0, 0.42), fog(P.skirting, z0));
  doc.add(bench(3.0, 4.4));

  // Floor seams: a few cross lines, fading with distance.
  const seams: string[] = [];
  for (let z = 1.2; z < FAR; z *= 1.35) {
    const a = cam.p(X0, 0, z), b = cam.p(X1, 0, z);
    seams.push(poly([a, b, [b[0], b[1] + 1.5], [a[0], a[1] + 1.5]], mix(P.floorNear, '#6f9483', 0.4)));
  }
  doc.add(group({ opacity: 0.35 }, seams));

  // Ceiling light panels and their reflections in the polished floor.
  const lights: string[] = [];
  const refl: string[] = [];
  const lightZ = [1.3, 3.6, 5.9, 8.2, 10.5];
  for (const z of lightZ) {
    const q = cam.flatQuad(TOP - 0.005, -0.42, 0.42, z, z + 0.9);
    lights.push(poly(cam.flatQuad(TOP - 0.004, -0.5, 0.5, z - 0.08, z + 0.98), mix(P.ceiling, '#9fbcae', 0.45)));
    lights.push(poly(q, P.light));
    const r = cam.flatQuad(-TOP, -0.36, 0.36, z - 0.1, z + 1.1);
    refl.push(poly(r, '#ffffff'));
  }
  const reflFill = doc.linear([[0, '#ffffff', 0.3], [1, '#ffffff', 0]], 0, endBottom, 0, H, true);
  doc.add(group({ fill: reflFill }, refl.map((r) => r.replace(' fill="#ffffff"', ''))));
  doc.add(group({}, lights));
  // Glow pools under each light on the walls' upper edge.
  for (const z of lightZ) {
    const c = cam.p(0, TOP, z + 0.45);
    const rr = 260 * (1.6 / z);
    doc.add(rect(0, 0, W, H, doc.radial([[0, '#ffffff', 0.35], [1, '#ffffff', 0]], c[0], c[1], rr, true, { gradientTransform: `translate(0 ${Math.round(c[1] * 0.5)}) scale(1 0.5)` })));
  }

  // Window reflection: a long bright streak on the floor below the vanishing point.
  const wr = cam.frontQuad(FAR, -1.15, 1.15, -0.85, -2.7);
  doc.add(poly(wr, doc.linear([[0, '#ffffff', 0.6], [1, '#ffffff', 0]]), {}));
  const streak: Pt[] = [[wx0 + 20, endBottom], [wx1 - 20, endBottom], [960 + 140, H], [960 - 140, H]];
  doc.add(poly(streak, doc.linear([[0, '#ffffff', 0.22], [0.6, '#ffffff', 0.06], [1, '#ffffff', 0]])));

  // Soft darkening at the frame edges and toward the bottom for the text box.
  doc.add(rect(0, 0, W, H, doc.radial([[0, '#000', 0], [0.65, '#1d3a2c', 0.04], [1, '#1d3a2c', 0.35]], 960, 470, 1200, true)));
  return doc.render('Konoha hospital corridor');
}
