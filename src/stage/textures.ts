import { Texture } from 'pixi.js';

interface Entry {
  url: string;
  promise: Promise<Texture>;
  /** Set once rasterised; until then the entry cannot be freed (someone may be awaiting it). */
  texture: Texture | null;
}

/**
 * SVG art to textures. Rasterising through an <img> lets us choose the size (sharp on any screen)
 * and catch a missing or broken file: that becomes a visible placeholder and a console warning,
 * never a blank or a crash.
 */
export class TextureStore {
  private readonly cache = new Map<string, Entry>();

  /** A texture of `url` drawn at `width`x`height`; the same request shares one texture. */
  get(url: string | undefined, width: number, height: number, label: string): Promise<Texture> {
    const source = url ?? `missing:${label}`;
    const key = `${source}@${Math.round(width)}x${Math.round(height)}`;
    let entry = this.cache.get(key);
    if (!entry) {
      const created: Entry = { url: source, texture: null, promise: rasterise(url, width, height, label) };
      created.promise.then((t) => (created.texture = t));
      this.cache.set(key, (entry = created));
    }
    return entry.promise;
  }

  /**
   * Destroys every ready texture whose url is not in `keep` and that no sprite shows (`live`),
   * so art that left the stage frees its memory while nothing on screen loses its texture.
   */
  prune(keep: ReadonlySet<string>, live: ReadonlySet<Texture>): void {
    for (const [key, entry] of this.cache) {
      if (!entry.texture || keep.has(entry.url) || live.has(entry.texture)) continue;
      this.cache.delete(key);
      entry.texture.destroy(true);
    }
  }

  get size(): number {
    return this.cache.size;
  }
}

async function rasterise(url: string | undefined, width: number, height: number, label: string): Promise<Texture> {
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width));
  canvas.height = Math.max(1, Math.round(height));
  const ctx = canvas.getContext('2d')!;
  try {
    if (!url) throw new Error('no such file in assets/');
    const img = new Image();
    img.src = url;
    await img.decode();
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  } catch (error) {
    console.warn(`[awry] missing asset ${label} (${url ?? 'not in the catalogue'}): showing a placeholder.`, error);
    drawPlaceholder(ctx, canvas.width, canvas.height, label);
  }
  return Texture.from(canvas);
}

/** A striped card naming the missing asset: obvious to a tester, calm for a reader. */
function drawPlaceholder(ctx: CanvasRenderingContext2D, w: number, h: number, label: string): void {
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
}
