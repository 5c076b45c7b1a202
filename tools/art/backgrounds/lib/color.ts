/** Tiny colour helpers: hex parsing, mixing for aerial perspective and palette ramps. */

function parse(hex: string): [number, number, number] {
  const h = hex.replace('#', '');
  const full = h.length === 3 ? h.split('').map((c) => c + c).join('') : h;
  const v = parseInt(full, 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}

function hex(r: number, g: number, b: number): string {
  const c = (x: number) => Math.max(0, Math.min(255, Math.round(x))).toString(16).padStart(2, '0');
  return `#${c(r)}${c(g)}${c(b)}`;
}

/** Linear blend from a (t=0) to b (t=1). */
export function mix(a: string, b: string, t: number): string {
  const [r1, g1, b1] = parse(a);
  const [r2, g2, b2] = parse(b);
  return hex(r1 + (r2 - r1) * t, g1 + (g2 - g1) * t, b1 + (b2 - b1) * t);
}

/** Darken (t>0 towards black) or lighten (t<0 towards white). */
export function shade(c: string, t: number): string {
  return t >= 0 ? mix(c, '#000000', t) : mix(c, '#ffffff', -t);
}

/** Multiply blend (like a tinted light over the colour), used for night grading. */
export function multiply(c: string, tint: string, lift = 0): string {
  const [r1, g1, b1] = parse(c);
  const [r2, g2, b2] = parse(tint);
  const l = lift * 255;
  return hex((r1 * r2) / 255 + l, (g1 * g2) / 255 + l, (b1 * b2) / 255 + l);
}
