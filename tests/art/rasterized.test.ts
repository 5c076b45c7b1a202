import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { BG_DIR, RASTER, rasterise, svgBackgrounds } from '../../tools/art/rasterize';

describe('rasterised backgrounds', () => {
  it('every SVG background has a WebP twin, 1920x1080, exactly what the tool makes from it today', async () => {
    const svgs = svgBackgrounds();
    expect(svgs.length).toBeGreaterThan(0);
    for (const svg of svgs) {
      const webp = join(BG_DIR, `${basename(svg, '.svg')}.webp`);
      const committed = readFileSync(webp);
      const meta = await sharp(committed).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['webp', RASTER.width, RASTER.height]);
      // An edited SVG without a re-run of tools/art/rasterize.ts would show stale art: refuse it.
      expect((await rasterise(join(BG_DIR, svg))).equals(committed), `${webp} is stale: run npx tsx tools/art/rasterize.ts`).toBe(true);
    }
  });
});
