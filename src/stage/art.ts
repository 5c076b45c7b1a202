import { DOMAdapter, ImageSource, Rectangle, Texture } from 'pixi.js';
import type { TrimRecord } from '../art/trims';
import { artKey, artUrl, twinOf } from './artFiles';
import type { ArtKind, Scale } from '../art/rasterSizes';
import type { ArtFile } from './artFiles';
import { DecodeGate } from './decodeGate';
import type { Picture } from './picture';
import type { ArtTable } from './protocol';

interface Entry {
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
 * Rasterised art to textures. Each picture ships as WebP at three scales (made from its SVG at build
 * time); the scale is chosen from the screen (its size and pixel ratio), never from how fast frames
 * come, so a beat looks the same however it was reached. Decoding is `createImageBitmap`, which works
 * in a worker and off the page's main thread; the beat on screen's pictures decode before those wanted
 * ahead (decodeGate.ts), which are fetched at once all the same. The first line's pictures may come
 * decoded from the page (`expect`, `deliver`). A missing or broken file becomes a visible placeholder
 * and a warning, never a blank or a crash.
 */
export class ArtStore {
  private readonly cache = new Map<string, Entry>();
  private readonly gate: DecodeGate;
  /** Pictures the page is decoding, by key: each waits for its `deliver`. */
  private readonly arriving = new Map<string, (bitmap: ImageBitmap | null) => void>();

  constructor(
    private readonly table: ArtTable,
    private readonly warn: (message: string) => void,
    /** The reader is between presses: art wanted ahead may decode (see decodeGate.ts). */
    quiet: () => boolean = () => true,
  ) {
    this.gate = new DecodeGate(quiet);
  }

  /**
   * The texture of picture `id` of `kind` at `scale`; the same request shares one texture. `ahead`:
   * no frame waits on it yet (a preload); a later request without it hurries the decode.
   */
  get(kind: ArtKind, id: string, scale: Scale, ahead = false): Promise<Texture> {
    const key = artKey(this.table, kind, id, scale);
    const entry = this.cache.get(key);
    if (!entry) {
      const turn: Turn = { ahead, hurry: () => (turn.ahead = false) };
      return this.file(key, turn, this.decode(artUrl(this.table, kind, id, scale), `${kind}/${id}`, this.table.sizes[kind][scale], turn));
    }
    if (!ahead) entry.turn.hurry();
    return entry.promise;
  }

  /**
   * Pictures the page fetches and decodes while the stage starts (the stage's own start would leave
   * the decoder no time). A request for one waits for its `deliver` instead of fetching it again.
   */
  expect(files: readonly ArtFile[]): void {
    for (const { kind, id, scale, key, url } of files) {
      if (this.cache.has(key)) continue;
      const turn: Turn = { ahead: false, hurry: () => undefined };
      const delivered = new Promise<ImageBitmap | null>((resolve) => this.arriving.set(key, resolve));
      const label = `${kind}/${id}`;
      // A picture the page could not decode is fetched here, with the usual placeholder if it is missing.
      this.file(key, turn, delivered.then((bitmap) => (bitmap ? this.texture(bitmap, label, url) : this.decode(url, label, this.table.sizes[kind][scale], turn))));
    }
  }

  /** A picture the page decoded (`expect`), or null when it could not. */
  deliver(key: string, bitmap: ImageBitmap | null): void {
    const take = this.arriving.get(key);
    this.arriving.delete(key);
    if (take) take(bitmap);
    else bitmap?.close(); // nobody asked for it
  }

  private file(key: string, turn: Turn, promise: Promise<Texture>): Promise<Texture> {
    const entry: Entry = { texture: null, turn, promise };
    promise.then((t) => (entry.texture = t), () => undefined);
    this.cache.set(key, entry);
    return promise;
  }

  /**
   * Picture `id` with its blurred twin when `blurred` and the twin was made (src/art/blurred.ts; a
   * test keeps the twins in step with the script). Without one the picture is simply shown sharp.
   */
  async picture(kind: ArtKind, id: string, scale: Scale, blurred: boolean, ahead = false): Promise<Picture> {
    const twin = blurred ? twinOf(this.table, kind, id) : null;
    const [texture, twinTexture] = await Promise.all([this.get(kind, id, scale, ahead), twin ? this.get(kind, twin, scale, ahead) : null]);
    return { texture, twin: twinTexture };
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

  /** Pictures asked for and not yet decoded. */
  get decoding(): number {
    let n = 0;
    for (const entry of this.cache.values()) if (!entry.texture) n++;
    return n;
  }

  private async decode(url: string | undefined, label: string, size: { width: number; height: number }, turn: Turn): Promise<Texture> {
    try {
      if (!url) throw new Error('no raster in the art table');
      // The network, too, serves what a frame waits on first (art wanted ahead asks at low priority).
      const response = await fetch(url, { priority: turn.ahead ? 'low' : 'high' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const blob = await response.blob();
      return this.texture(await this.inTurn(turn, () => createImageBitmap(blob)), label, url);
    } catch (error) {
      this.warn(`[awry] missing asset ${label} (${url ?? 'not in the catalogue'}): showing a placeholder. ${String(error)}`);
      return placeholder(label, size.width, size.height);
    }
  }

  /** `bitmap`, decoded from `url`, as a texture cut as that file's trim says (see `textureOf`). */
  private texture(bitmap: ImageBitmap, label: string, url: string | undefined): Texture {
    return textureOf(bitmap, label, url ? this.table.trims[url] : undefined);
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

/**
 * A decoded picture as a texture. A cut one (`trim`) keeps its full size: sprites lay it out as the
 * whole picture and draw only its box. A file whose size is not its trim's (tests/art/rasters.test.ts
 * keeps the two in step) is shown as it is rather than stretched.
 */
function textureOf(bitmap: ImageBitmap, label: string, trim?: TrimRecord): Texture {
  const source = new ImageSource({ resource: bitmap, alphaMode: 'premultiply-alpha-on-upload', label });
  if (!trim || trim[2] !== bitmap.width || trim[3] !== bitmap.height) return new Texture({ source });
  const [x, y, width, height, fullWidth, fullHeight] = trim;
  return new Texture({ source, orig: new Rectangle(0, 0, fullWidth, fullHeight), trim: new Rectangle(x, y, width, height) });
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
