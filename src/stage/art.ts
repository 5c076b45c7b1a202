import { DOMAdapter, ImageSource, Texture } from 'pixi.js';
import { blurredId } from '../art/blurred';
import { DecodeGate } from './decodeGate';
import type { Picture } from './picture';
import type { ArtTable } from './protocol';

export type ArtKind = 'bg' | 'portraits';
export type ArtScale = 1 | 2;

interface Entry {
  key: string;
  promise: Promise<Texture>;
  /** Set once decoded; until then the entry cannot be freed (someone may be awaiting it). */
  texture: Texture | null;
  turn: Turn;
}

/** When a picture decodes. */
interface Turn {
  /** Wanted ahead of time only: it decodes when no picture a frame waits on is decoding. */
  ahead: boolean;
  /** A frame now waits on it: it decodes at once. */
  hurry: () => void;
}

/**
 * Rasterised art to textures. Each picture ships as WebP at two scales (made from its SVG at build
 * time); the scale is chosen from the screen (its size and pixel ratio), never from how fast frames
 * come, so a beat looks the same however it was reached. Decoding is `createImageBitmap`, which works
 * in a worker and off the page's main thread; the beat on screen's pictures decode before those wanted
 * ahead (decodeGate.ts), which are fetched at once all the same. A missing or broken file becomes a visible placeholder
 * and a warning, never a blank or a crash.
 */
export class ArtStore {
  private readonly cache = new Map<string, Entry>();
  private readonly gate = new DecodeGate();

  constructor(
    private readonly table: ArtTable,
    private readonly warn: (message: string) => void,
  ) {}

  /**
   * The texture of picture `id` of `kind` at `scale`; the same request shares one texture. `ahead`:
   * no frame waits on it yet (a preload); a later request without it hurries the decode.
   */
  get(kind: ArtKind, id: string, scale: ArtScale, ahead = false): Promise<Texture> {
    const urls = this.table[kind][id];
    const url = urls?.[scale] ?? urls?.[scale === 2 ? 1 : 2];
    const key = `${kind}/${id}@${url ? scale : 'missing'}`;
    let entry = this.cache.get(key);
    if (!entry) {
      const size = this.table.sizes[kind][scale];
      const turn: Turn = { ahead, hurry: () => (turn.ahead = false) };
      const created: Entry = { key, texture: null, turn, promise: this.decode(url, `${kind}/${id}`, size, turn) };
      created.promise.then((t) => (created.texture = t), () => undefined);
      this.cache.set(key, (entry = created));
    } else if (!ahead) entry.turn.hurry();
    return entry.promise;
  }

  /**
   * Picture `id` with its blurred twin when `blurred` and the twin was made (src/art/blurred.ts; a
   * test keeps the twins in step with the script). Without one the picture is simply shown sharp.
   */
  async picture(kind: ArtKind, id: string, scale: ArtScale, blurred: boolean, ahead = false): Promise<Picture> {
    const twin = blurred ? this.twinOf(kind, id) : null;
    const [texture, twinTexture] = await Promise.all([this.get(kind, id, scale, ahead), twin ? this.get(kind, twin, scale, ahead) : null]);
    return { texture, twin: twinTexture };
  }

  /** The keys `picture` files a picture and its twin under, for `prune`'s keep list. */
  keysOf(kind: ArtKind, id: string, scale: ArtScale, blurred: boolean): string[] {
    const twin = blurred ? this.twinOf(kind, id) : null;
    return twin ? [this.keyOf(kind, id, scale), this.keyOf(kind, twin, scale)] : [this.keyOf(kind, id, scale)];
  }

  private twinOf(kind: ArtKind, id: string): string | null {
    return this.table[kind][blurredId(id)] ? blurredId(id) : null;
  }

  /** The key `get` files a picture under, for `prune`'s keep list. */
  keyOf(kind: ArtKind, id: string, scale: ArtScale): string {
    const urls = this.table[kind][id];
    return `${kind}/${id}@${urls?.[scale] ?? urls?.[scale === 2 ? 1 : 2] ? scale : 'missing'}`;
  }

  /** Destroys every decoded texture not in `keep` that no sprite shows (`live`). */
  prune(keep: ReadonlySet<string>, live: ReadonlySet<Texture>): void {
    for (const [key, entry] of this.cache) {
      if (!entry.texture || keep.has(key) || live.has(entry.texture)) continue;
      this.cache.delete(key);
      entry.texture.destroy(true);
    }
  }

  /** Every texture decoded so far (for a restored WebGL context, which must upload them again). */
  textures(): Texture[] {
    return [...this.cache.values()].flatMap((e) => (e.texture && !e.texture.destroyed ? [e.texture] : []));
  }

  /** The pixel size `kind` was rasterised at for `scale`. */
  sizeOf(kind: ArtKind, scale: ArtScale): { width: number; height: number } {
    return this.table.sizes[kind][scale];
  }

  get size(): number {
    return this.cache.size;
  }

  private async decode(url: string | undefined, label: string, size: { width: number; height: number }, turn: Turn): Promise<Texture> {
    try {
      if (!url) throw new Error('no raster in the art table');
      const response = await fetch(url);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const blob = await response.blob();
      const bitmap = await this.inTurn(turn, () => createImageBitmap(blob));
      return new Texture({ source: new ImageSource({ resource: bitmap, alphaMode: 'premultiply-alpha-on-upload', label }) });
    } catch (error) {
      this.warn(`[awry] missing asset ${label} (${url ?? 'not in the catalogue'}): showing a placeholder. ${String(error)}`);
      return placeholder(label, size.width, size.height);
    }
  }

  /** Runs a decode at once if a frame waits on it, else in its turn (and at once once hurried). */
  private inTurn<T>(turn: Turn, decode: () => Promise<T>): Promise<T> {
    if (!turn.ahead) return this.gate.first(decode);
    const queued = this.gate.later(decode);
    turn.hurry = () => {
      turn.ahead = false;
      queued.hurry();
    };
    return queued.done;
  }
}

/** Which scale covers `devicePixels` (the larger side drawn, in device pixels) for art rasterised at `sizes`. */
export function pickScale(devicePixels: number, scale1Pixels: number): ArtScale {
  return devicePixels <= scale1Pixels * 1.1 ? 1 : 2;
}

/** A striped card naming the missing asset: obvious to a tester, calm for a reader. */
function placeholder(label: string, width: number, height: number): Texture {
  const w = Math.max(1, Math.round(width));
  const h = Math.max(1, Math.round(height));
  const canvas = DOMAdapter.get().createCanvas(w, h);
  const ctx = canvas.getContext('2d') as CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;
  ctx.fillStyle = '#2a2233';
  ctx.fillRect(0, 0, w, h);
  ctx.strokeStyle = '#ff4fa3';
  ctx.lineWidth = Math.max(4, w / 120);
  for (let x = -h; x < w; x += w / 12) {
    ctx.beginPath();
    ctx.moveTo(x, h);
    ctx.lineTo(x + h, 0);
    ctx.stroke();
  }
  ctx.strokeRect(0, 0, w, h);
  ctx.fillStyle = '#ffffff';
  ctx.font = `bold ${Math.max(14, Math.round(w / 24))}px sans-serif`;
  ctx.textAlign = 'center';
  ctx.fillText(`missing: ${label}`, w / 2, h / 2);
  return Texture.from(canvas);
}
