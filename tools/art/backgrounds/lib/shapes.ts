/**
 * Shared silhouette builders: perspective projection, tree trunks, foliage masses,
 * skyline ridges, leaves, grass tufts, light shafts and glows.
 * All return SVG markup strings or point lists; colours are passed in so each scene keeps its palette.
 */
import type { Doc, Pt } from './svg';
import { circle, n, path, poly, polyD, pts, smoothD } from './svg';
import type { Rng } from './rng';

/** One-point perspective camera: X right, Y up (metres), Z depth away from the camera. */
export class Persp {
  constructor(
    readonly cx: number,
    readonly horizon: number,
    readonly focal: number,
    readonly eye: number,
  ) {}

  p(x: number, y: number, z: number): Pt {
    return [this.cx + (x * this.focal) / z, this.horizon - ((y - this.eye) * this.focal) / z];
  }

  /** Quad on a wall of constant X (side walls), spanning depth z0..z1 and height y0..y1. */
  sideQuad(x: number, z0: number, z1: number, y0: number, y1: number): Pt[] {
    return [this.p(x, y0, z0), this.p(x, y0, z1), this.p(x, y1, z1), this.p(x, y1, z0)];
  }

  /** Quad on a plane of constant Y (floor, ceiling, bed tops). */
  flatQuad(y: number, x0: number, x1: number, z0: number, z1: number): Pt[] {
    return [this.p(x0, y, z0), this.p(x1, y, z0), this.p(x1, y, z1), this.p(x0, y, z1)];
  }

  /** Quad facing the camera (constant Z). */
  frontQuad(z: number, x0: number, x1: number, y0: number, y1: number): Pt[] {
    return [this.p(x0, y0, z), this.p(x1, y0, z), this.p(x1, y1, z), this.p(x0, y1, z)];
  }

  /** An axis-aligned box drawn as its visible faces (front, top, and the side facing the centre). */
  box(
    x0: number, x1: number, y0: number, y1: number, z0: number, z1: number,
    front: string, top: string, side: string,
  ): string {
    const out: string[] = [];
    // Side faces: the one turned towards the vanishing point is visible.
    const midX = (x0 + x1) / 2;
    if (midX > 0 && x0 > 0) out.push(poly(this.sideQuad(x0, z0, z1, y0, y1), side));
    if (midX < 0 && x1 < 0) out.push(poly(this.sideQuad(x1, z0, z1, y0, y1), side));
    // Top visible when below eye level; bottom never drawn.
    if (y1 < this.eye) out.push(poly(this.flatQuad(y1, x0, x1, z0, z1), top));
    else out.push(poly(this.flatQuad(y0, x0, x1, z0, z1), top));
    out.push(poly(this.frontQuad(z0, x0, x1, y0, y1), front));
    return out.join('');
  }
}

/**
 * Tapered tree trunk rising from (x, base) to above the frame top, with flared roots,
 * a cel-shaded lit edge on the side facing `lightX`, and a couple of stub branches.
 */
export function trunk(
  rng: Rng, x: number, base: number, width: number, top: number,
  fill: string, lit: string | null, lightX: number, maxBranches = 2,
): string {
  const lean = rng.range(-0.04, 0.04) * (base - top);
  const wTop = width * rng.range(0.55, 0.75);
  const flare = width * rng.range(0.35, 0.6);
  const rootH = width * rng.range(0.5, 0.9);
  const l: Pt[] = [];
  const r: Pt[] = [];
  const steps = 4;
  for (let i = 0; i <= steps; i++) {
    const t = i / steps; // 0 at base, 1 at top
    const y = base + (top - base) * t;
    const cx = x + lean * t + Math.sin(t * 5 + x) * width * 0.06;
    const w = width + (wTop - width) * t;
    l.push([cx - w / 2, y]);
    r.push([cx + w / 2, y]);
  }
  // Root flare: widen the base with a curve.
  const shape: Pt[] = [
    [x - width / 2 - flare, base + 2],
    [x - width / 2 - flare * 0.3, base - rootH * 0.35],
    ...l.slice(1),
    ...r.slice(1).reverse(),
    [x + width / 2 + flare * 0.3, base - rootH * 0.35],
    [x + width / 2 + flare, base + 2],
  ];
  const out: string[] = [path(smoothD(shape, true, 0.6), fill)];
  // Stub branches reaching outward.
  const nb = Math.min(maxBranches, rng.int(1, 2));
  for (let b = 0; b < nb; b++) {
    const t = rng.range(0.35, 0.75);
    const by = base + (top - base) * t;
    const side = rng.next() < 0.5 ? -1 : 1;
    const bw = width * rng.range(0.14, 0.24);
    const len = Math.min(90, width * rng.range(1.4, 2.6));
    const bx = x + lean * t + (side * (width + (wTop - width) * t)) / 2.2;
    out.push(poly([[bx, by], [bx + side * len, by - len * rng.range(0.5, 0.9)], [bx + side * len * 0.95, by - len * 0.6 - bw], [bx, by - bw * 2.5]], fill));
  }
  if (lit) {
    // Rim light: a thin band on the edge that faces the light source.
    const side = lightX > x ? 1 : -1;
    const edge = side > 0 ? r : l;
    const band = width * 0.16;
    const inner = edge.map(([ex, ey]) => [ex - side * band, ey] as Pt);
    out.push(poly([...edge.slice(0, 4), ...inner.slice(0, 4).reverse()], lit));
  }
  return out.join('');
}

/** Blobby foliage mass: a cluster of overlapping circles (one path per colour keeps files small). */
export function foliage(rng: Rng, cx: number, cy: number, rx: number, ry: number, count: number, minR: number, maxR: number): string {
  let d = '';
  for (let i = 0; i < count; i++) {
    const a = rng.range(0, Math.PI * 2);
    const k = Math.sqrt(rng.next());
    const x = cx + Math.cos(a) * rx * k;
    const y = cy + Math.sin(a) * ry * k;
    const r = rng.range(minR, maxR);
    d += circleD(x, y, r);
  }
  return d;
}

/** Path data for a circle (two arcs), so many circles can share one <path>. */
export function circleD(x: number, y: number, r: number): string {
  return `M${n(x - r)} ${n(y)}a${n(r)} ${n(r)} 0 1 0 ${n(2 * r)} 0a${n(r)} ${n(r)} 0 1 0 ${n(-2 * r)} 0Z`;
}

/**
 * Scalloped foliage clump, the classic cel-background leaf mass: points around an irregular
 * ellipse joined by outward-bulging arcs. Returns path data (combine many in one <path>).
 */
export function clumpD(rng: Rng, cx: number, cy: number, rx: number, ry: number, bumps: number): string {
  const p: Pt[] = [];
  const a0 = rng.range(0, Math.PI * 2);
  for (let i = 0; i < bumps; i++) {
    const a = a0 + (i / bumps) * Math.PI * 2 + rng.range(-0.12, 0.12);
    const k = rng.range(0.82, 1.08);
    p.push([cx + Math.cos(a) * rx * k, cy + Math.sin(a) * ry * k]);
  }
  let d = `M${n(p[0]![0])} ${n(p[0]![1])}`;
  for (let i = 1; i <= bumps; i++) {
    const a = p[(i - 1) % bumps]!;
    const b = p[i % bumps]!;
    const chord = Math.hypot(b[0] - a[0], b[1] - a[1]);
    const rr = chord * rng.range(0.55, 0.75);
    d += `A${n(rr)} ${n(rr)} 0 0 1 ${n(b[0])} ${n(b[1])}`;
  }
  return d + 'Z';
}

/** Skyline ridge: noisy line from x=0 to x=W at around `y`, closed down to `bottom`. */
export function ridge(rng: Rng, y: number, amp: number, step: number, bottom: number, width = 1920): string {
  const p: Pt[] = [[-20, bottom]];
  for (let x = -20; x <= width + 20; x += step) p.push([x, y + rng.range(-amp, amp)]);
  p.push([width + 20, bottom]);
  return polyD(p);
}

/** A single leaf silhouette (pointed oval with a stem), centred at (x, y), rotated by `deg`. */
export function leafD(x: number, y: number, len: number, deg: number): string {
  const a = (deg * Math.PI) / 180;
  const rot = (px: number, py: number): Pt => [x + px * Math.cos(a) - py * Math.sin(a), y + px * Math.sin(a) + py * Math.cos(a)];
  const w = len * 0.46;
  const base = rot(-len / 2, 0), tip = rot(len / 2, 0);
  const c1 = rot(-len * 0.42, -w * 0.75), c2 = rot(len * 0.12, -w * 0.62);
  const c3 = rot(len * 0.12, w * 0.62), c4 = rot(-len * 0.42, w * 0.75);
  const s = `M${n(base[0])} ${n(base[1])}C${pts([c1, c2, tip])}C${pts([c3, c4, base])}Z`;
  const stemA = rot(-len / 2 + 1, 0);
  const stemB = rot(-len * 0.7, -len * 0.05);
  const t = len * 0.03;
  return s + polyD([[stemA[0], stemA[1] - t], [stemB[0], stemB[1] - t], [stemB[0], stemB[1] + t], [stemA[0], stemA[1] + t]]);
}

/** Grass / fern tuft: thin curved blades fanning upward from a base point. One path. */
export function tuftD(rng: Rng, x: number, y: number, height: number, blades: number, spread = 1): string {
  let d = '';
  for (let i = 0; i < blades; i++) {
    const ang = ((i / Math.max(1, blades - 1)) - 0.5) * 1.6 * spread + rng.range(-0.15, 0.15);
    const h = height * rng.range(0.55, 1);
    const tipX = x + Math.sin(ang) * h;
    const tipY = y - Math.cos(ang) * h;
    const bend = Math.sin(ang) * h * 0.35;
    const bw = height * 0.045 + 1.5;
    d += `M${r1(x - bw)} ${r1(y)}Q${r1(x + bend * 0.3 - bw)} ${r1(y - h * 0.6)} ${r1(tipX)} ${r1(tipY)}Q${r1(x + bend * 0.3 + bw)} ${r1(y - h * 0.55)} ${r1(x + bw)} ${r1(y)}Z`;
  }
  return d;
}

const r1 = n;

/** Wedge radiating from a light source at `src` between two angles (radians), long enough to leave the frame. */
export function ray(src: Pt, a0: number, a1: number, len = 2600): Pt[] {
  return [src, [src[0] + Math.cos(a0) * len, src[1] + Math.sin(a0) * len], [src[0] + Math.cos(a1) * len, src[1] + Math.sin(a1) * len]];
}

/** Soft glow: a circle filled with a radial gradient that fades to transparent. */
export function glowFill(doc: Doc, color: string, strength = 0.8): string {
  return doc.radial([[0, color, strength], [0.35, color, strength * 0.45], [1, color, 0]]);
}

/** Circle filled with a glow gradient (pass a shared `fill` from glowFill to reuse one gradient). */
export function glow(x: number, y: number, r: number, fill: string): string {
  return circle(x, y, r, fill);
}
