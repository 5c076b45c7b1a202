/**
 * Minimal SVG string builder for the background generator.
 * Everything is plain SVG 1.1: shapes, paths, linear/radial gradients, clip paths.
 * Numbers are rounded to one decimal so the files stay small and diff-friendly.
 */

export type Pt = readonly [number, number];
export type Attrs = Record<string, string | number | undefined>;
/** [offset 0..1, colour, opacity?] */
export type Stop = readonly [number, string, number?];

export const W = 1920;
export const H = 1080;

/**
 * Format a coordinate compactly: whole pixels for large values (invisible at 1920 px),
 * one decimal for small ones (radii, offsets, opacities), never "-0".
 */
export function n(v: number): string {
  const r = Math.abs(v) >= 60 ? Math.round(v) : Math.round(v * 10) / 10;
  return Object.is(r, -0) || r === 0 ? '0' : String(r);
}

function attrs(a: Attrs): string {
  let s = '';
  for (const [k, v] of Object.entries(a)) {
    if (v === undefined) continue;
    s += ` ${k}="${typeof v === 'number' ? n(v) : v}"`;
  }
  return s;
}

export function el(tag: string, a: Attrs = {}, children?: string | readonly string[]): string {
  const inner = children === undefined ? '' : typeof children === 'string' ? children : children.join('');
  return inner ? `<${tag}${attrs(a)}>${inner}</${tag}>` : `<${tag}${attrs(a)}/>`;
}

export const rect = (x: number, y: number, w: number, h: number, fill: string, extra: Attrs = {}): string =>
  el('rect', { x, y, width: w, height: h, fill, ...extra });

export const circle = (cx: number, cy: number, r: number, fill: string, extra: Attrs = {}): string =>
  el('circle', { cx, cy, r, fill, ...extra });

export const ellipse = (cx: number, cy: number, rx: number, ry: number, fill: string, extra: Attrs = {}): string =>
  el('ellipse', { cx, cy, rx, ry, fill, ...extra });

export const line = (a: Pt, b: Pt, stroke: string, width: number, extra: Attrs = {}): string =>
  el('line', { x1: a[0], y1: a[1], x2: b[0], y2: b[1], stroke, 'stroke-width': width, ...extra });

export const pts = (p: readonly Pt[]): string => p.map(([x, y]) => `${n(x)} ${n(y)}`).join(' ');

export const poly = (p: readonly Pt[], fill: string, extra: Attrs = {}): string =>
  el('polygon', { points: pts(p), fill, ...extra });

export const path = (d: string, fill: string, extra: Attrs = {}): string => el('path', { d, fill, ...extra });

export const group = (a: Attrs, children: readonly string[]): string => el('g', a, children);

/** Straight-segment path through points. */
export function polyD(p: readonly Pt[], closed = true): string {
  if (p.length === 0) return '';
  let d = `M${n(p[0]![0])} ${n(p[0]![1])}`;
  for (let i = 1; i < p.length; i++) d += `L${n(p[i]![0])} ${n(p[i]![1])}`;
  return closed ? d + 'Z' : d;
}

/**
 * Smooth path through points (Catmull-Rom converted to cubic Béziers).
 * `closed` wraps around; otherwise the curve starts and ends on the first and last point.
 */
export function smoothD(p: readonly Pt[], closed = true, tension = 1): string {
  const len = p.length;
  if (len < 3) return polyD(p, closed);
  const at = (i: number): Pt => (closed ? p[(i + len) % len]! : p[Math.max(0, Math.min(len - 1, i))]!);
  let d = `M${n(p[0]![0])} ${n(p[0]![1])}`;
  const segs = closed ? len : len - 1;
  const k = tension / 6;
  for (let i = 0; i < segs; i++) {
    const p0 = at(i - 1), p1 = at(i), p2 = at(i + 1), p3 = at(i + 2);
    const c1: Pt = [p1[0] + (p2[0] - p0[0]) * k, p1[1] + (p2[1] - p0[1]) * k];
    const c2: Pt = [p2[0] - (p3[0] - p1[0]) * k, p2[1] - (p3[1] - p1[1]) * k];
    d += `C${n(c1[0])} ${n(c1[1])} ${n(c2[0])} ${n(c2[1])} ${n(p2[0])} ${n(p2[1])}`;
  }
  return closed ? d + 'Z' : d;
}

/** Document with a shared <defs> block and auto-numbered gradient ids. */
export class Doc {
  private readonly defs: string[] = [];
  private readonly body: string[] = [];
  private seq = 0;

  constructor(private readonly prefix: string) {}

  id(kind: string): string {
    return `${this.prefix}-${kind}${this.seq++}`;
  }

  private stops(stops: readonly Stop[]): string {
    return stops
      .map(([o, c, a]) => el('stop', { offset: o, 'stop-color': c, 'stop-opacity': a === undefined || a === 1 ? undefined : a }))
      .join('');
  }

  /** Linear gradient; coordinates are fractions of the shape's box unless `user` is set. Returns `url(#id)`. */
  linear(stops: readonly Stop[], x1 = 0, y1 = 0, x2 = 0, y2 = 1, user = false): string {
    const id = this.id('l');
    this.defs.push(
      el('linearGradient', { id, x1, y1, x2, y2, gradientUnits: user ? 'userSpaceOnUse' : undefined }, this.stops(stops)),
    );
    return `url(#${id})`;
  }

  /** Radial gradient in user space (cx, cy, r in pixels) or box fractions when `user` is false. */
  radial(stops: readonly Stop[], cx = 0.5, cy = 0.5, r = 0.5, user = false, extra: Attrs = {}): string {
    const id = this.id('r');
    this.defs.push(
      el('radialGradient', { id, cx, cy, r, gradientUnits: user ? 'userSpaceOnUse' : undefined, ...extra }, this.stops(stops)),
    );
    return `url(#${id})`;
  }

  /** Clip path from raw shape markup. Returns `url(#id)`. */
  clip(shapes: string): string {
    const id = this.id('c');
    this.defs.push(el('clipPath', { id }, shapes));
    return `url(#${id})`;
  }

  add(...parts: string[]): this {
    this.body.push(...parts);
    return this;
  }

  render(title: string): string {
    return (
      `<?xml version="1.0" encoding="UTF-8"?>\n` +
      `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">\n` +
      `<title>${title}</title>\n` +
      `<defs>${this.defs.join('\n')}</defs>\n` +
      this.body.join('\n') +
      `\n</svg>\n`
    );
  }
}
