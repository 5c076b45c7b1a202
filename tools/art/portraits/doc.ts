/**
 * One SVG document under construction: collects <defs>, hands out ids that are
 * unique within the file (sequential, so runs are reproducible) and offers the
 * cel-shading helper every part uses.
 */
import { el, g, H, INK, LINE, W } from './svg.ts';
import type { Paint } from './svg.ts';

export class Doc {
  private readonly defs: string[] = [];
  private next = 0;

  id(prefix: string): string {
    return `${prefix}${this.next++}`;
  }

  /** Store a path once in <defs> and return its id, so fill, shade and outline reuse it. */
  define(d: string, prefix = 'p'): string {
    const id = this.id(prefix);
    this.defs.push(el('path', { id, d }));
    return id;
  }

  clip(children: string): string {
    const id = this.id('c');
    this.defs.push(el('clipPath', { id }, children));
    return id;
  }

  /** Paint `children` only inside the path `d`. */
  inside(d: string, children: string): string {
    return g(children, undefined, { 'clip-path': `url(#${this.clip(el('path', { d }))})` });
  }

  /**
   * Flat cel shading: fill the shape with the shade tone, then lay the base tone
   * over it shifted up-left and clipped to the shape. What stays visible is a
   * crisp shadow band along the lower-right edges (light comes from the upper left).
   */
  cel(d: string, paint: Paint, shift: readonly [number, number] = [-16, -12], width = LINE): string {
    const id = this.define(d);
    const ref = `#${id}`;
    const clip = this.clip(el('use', { 'xlink:href': ref }));
    return [
      el('use', { 'xlink:href': ref, fill: paint.shade }),
      // The clip goes on a wrapping group: on the <use> itself it would move with the translate.
      g(el('use', { 'xlink:href': ref, fill: paint.base, transform: `translate(${shift[0]} ${shift[1]})` }),
        undefined, { 'clip-path': `url(#${clip})` }),
      width > 0
        ? el('use', { 'xlink:href': ref, fill: 'none', stroke: INK, 'stroke-width': width, 'stroke-linejoin': 'round' })
        : '',
    ].join('');
  }

  render(body: string): string {
    return (
      `<?xml version="1.0" encoding="UTF-8"?>\n` +
      `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" ` +
      `width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">` +
      `<defs>${this.defs.join('')}</defs>${body}</svg>\n`
    );
  }
}
