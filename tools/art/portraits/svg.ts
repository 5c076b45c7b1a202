/**
 * Tiny SVG writer shared by every part. Numbers are rounded to one decimal so the
 * output is small and byte-identical between runs (the generator must be deterministic).
 */

export const INK = '#1d1b26';
export const LINE = 4.5;
export const W = 600;
export const H = 900;
/** Every face is built around this vertical axis. */
export const CX = 300;

export type Pt = readonly [number, number];

/** One base colour and its single cel-shade tone. */
export interface Paint {
  base: string;
  shade: string;
}

export const n = (v: number): string => String(Math.round(v * 10) / 10);
export const p = (pt: Pt): string => `${n(pt[0])} ${n(pt[1])}`;

type Attrs = Record<string, string | number | undefined>;

export function el(tag: string, attrs: Attrs, children = ''): string {
  const a = Object.entries(attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? n(v) : v}"`)
    .join('');
  return children ? `<${tag}${a}>${children}</${tag}>` : `<${tag}${a}/>`;
}

/** A filled shape with the standard outline; pass width 0 for an unoutlined fill. */
export function shape(d: string, fill: string, width = LINE, extra: Attrs = {}): string {
  const stroke = width > 0 ? { stroke: INK, 'stroke-width': width, 'stroke-linejoin': 'round' } : {};
  return el('path', { d, fill, ...stroke, ...extra });
}

/** An open stroked line (creases, seams, strands). */
export function line(d: string, width = 3, color = INK, extra: Attrs = {}): string {
  return el('path', { d, fill: 'none', stroke: color, 'stroke-width': width, 'stroke-linecap': 'round', 'stroke-linejoin': 'round', ...extra });
}

export const g = (children: string, transform?: string, extra: Attrs = {}): string =>
  el('g', { transform, ...extra }, children);

/** Mirror markup across the face axis, so symmetric parts are written once. */
export const mirror = (markup: string): string => g(markup, `matrix(-1 0 0 1 ${2 * CX} 0)`);

/** Reflect a point across the face axis. */
export const mx = (pt: Pt): Pt => [2 * CX - pt[0], pt[1]];

/**
 * A closed, left-right symmetric path: `segs` are cubic segments drawing the
 * left half from `start` (on the axis, top) down to a point on the axis (bottom);
 * the right half is the same curve reflected and walked backwards.
 */
export function symPath(start: Pt, segs: ReadonlyArray<readonly [Pt, Pt, Pt]>): string {
  let d = `M${p(start)}`;
  for (const [c1, c2, e] of segs) d += `C${p(c1)} ${p(c2)} ${p(e)}`;
  let from = start;
  const back: string[] = [];
  for (const [c1, c2, e] of segs) {
    back.unshift(`C${p(mx(c2))} ${p(mx(c1))} ${p(mx(from))}`);
    from = e;
  }
  return `${d}${back.join('')}Z`;
}

/**
 * A path through points where every segment bows sideways by `bend` times its
 * length: gives hair strands and cloth edges a drawn curve without hand-placed
 * control points.
 */
export function bowed(pts: readonly Pt[], bend = 0.15, close = false): string {
  const first = pts[0];
  if (!first) return '';
  let d = `M${p(first)}`;
  const all = close ? [...pts, first] : pts;
  for (let i = 1; i < all.length; i++) {
    const a = all[i - 1] as Pt;
    const b = all[i] as Pt;
    const c: Pt = [(a[0] + b[0]) / 2 - (b[1] - a[1]) * bend, (a[1] + b[1]) / 2 + (b[0] - a[0]) * bend];
    d += `Q${p(c)} ${p(b)}`;
  }
  return close ? `${d}Z` : d;
}

/** Mix two #rrggbb colours; t=0 gives a. */
export function mix(a: string, b: string, t: number): string {
  const ch = (hex: string, i: number): number => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
  const out = [0, 1, 2].map((i) => Math.round(ch(a, i) * (1 - t) + ch(b, i) * t));
  return `#${out.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

/** The house shade: darker and pushed toward violet, so shadows stay cool across the cast. */
export const paint = (base: string, depth = 0.28): Paint => ({ base, shade: mix(base, '#3a2a5c', depth) });
