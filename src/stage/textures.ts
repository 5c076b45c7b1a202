import { Texture } from 'pixi.js';

/**
 * SVG art to textures. Rasterising through an <img> lets us choose the size (sharp on any screen)
 * and catch a missing or broken file: that becomes a visible placeholder and a console warning,
 * never a blank or a crash.
 */
export class TextureStore {
  private readonly cache = new Map<string, Promise<Texture>>();

  /** A texture of `url` drawn at `width`x`height`; the same request shares one texture. */
  get(url: string | undefined, width: number, height: number, label: string): Promise<Texture> {
    const key = `${url ?? `missing:${label}`}@${Math.round(width)}x${Math.round(height)}`;
    let texture = this.cache.get(key);
    if (!texture) {
      texture = rasterise(url, width, height, label);
      this.cache.set(key, texture);
    }
    return texture;
  }

  /** Destroys every texture not listed in `keep` (urls), so art that left the stage frees its memory. */
  prune(keep: ReadonlySet<string>): void {
    for (const [key, texture] of this.cache) {
      const url = key.slice(0, key.lastIndexOf('@'));
      if (keep.has(url)) continue;
      this.cache.delete(key);
      void texture.then((t) => t.destroy(true));
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
