/**
 * Rasterises the SVG backgrounds to WebP (1920x1080) for the game to load. The SVGs stay the source
 * of the art (and what `npm run check` knows); the WebPs exist because the browser decodes a WebP off
 * the main thread, while drawing a detailed SVG costs 30-200 ms of it, a stall on a scene change.
 * Deterministic for a given sharp/libvips version. Run: npx tsx tools/art/rasterize.ts
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import sharp from 'sharp';

export const RASTER = { width: 1920, height: 1080, quality: 82 } as const;

/** The WebP bytes for one SVG background. */
export function rasterise(svgPath: string): Promise<Buffer> {
  return sharp(svgPath, { density: 72 }).resize(RASTER.width, RASTER.height).webp({ quality: RASTER.quality, effort: 6 }).toBuffer();
}

export const BG_DIR = resolve(import.meta.dirname, '../../assets/bg');
export const svgBackgrounds = (): string[] => readdirSync(BG_DIR).filter((f) => f.endsWith('.svg')).sort();

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  for (const file of svgBackgrounds()) {
    const out = join(BG_DIR, `${basename(file, '.svg')}.webp`);
    const bytes = await rasterise(join(BG_DIR, file));
    writeFileSync(out, bytes);
    console.log(`${out}: ${bytes.length} bytes`);
  }
}
