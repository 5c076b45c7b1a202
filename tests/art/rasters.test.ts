/**
 * The WebP rasters under assets/raster must be what tools/art/rasterize.ts makes from today's SVGs:
 * the stage worker draws them, so a stale one would show old art. The byte comparison holds for the
 * sharp/libvips build in package-lock.json (the same one the tool ran with).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { BLUR_SIGMA, blurredId } from '../../src/art/blurred';
import { ART_KINDS, RASTER_SIZES, SCALES, rasterName } from '../../src/art/rasterSizes';
import { GENERATOR_VERSION, MANIFEST_PATH, RASTER_DIR, ROOT, SOURCE_DIRS, TRIMS_PATH, blurredArt, rasterise, sha256, sourceIds, trimsOf, visibleBox, type Manifest } from '../../tools/art/rasterize';

const FIX = 'run `npm run rasters`';
const manifest = JSON.parse(readFileSync(MANIFEST_PATH, 'utf8')) as Manifest;

/**
 * Every raster the SVG sources and the script call for, keyed like the manifest (`bg/ward-day@2x.webp`):
 * each picture at each scale, and a blurred twin of each picture some beat shows through a blur.
 */
const seenBlurred = blurredArt();
const expected = ART_KINDS.flatMap((kind) => {
  const blurred = new Set(seenBlurred[kind]);
  return sourceIds(kind).flatMap((id) =>
    SCALES.flatMap((scale) =>
      (blurred.has(id) ? [false, true] : [false]).map((twin) => ({
        kind,
        id,
        scale,
        twin,
        path: `${kind}/${rasterName(twin ? blurredId(id) : id, scale)}`,
        source: `${SOURCE_DIRS[kind]}/${id}.svg`,
      })),
    ),
  );
});
const expectedPaths = new Set(expected.map((r) => r.path));

describe('rasterised art', () => {
  it('finds the sources', () => {
    expect(sourceIds('bg').length).toBeGreaterThan(0);
    expect(sourceIds('portraits').length).toBeGreaterThan(0);
  });

  it('was made by the current generator version', () => {
    expect(manifest.generator, `assets/raster was made by generator ${manifest.generator}: ${FIX}`).toBe(GENERATOR_VERSION);
  });

  it('has a raster at every scale for every SVG, made from its current bytes', () => {
    const problems: string[] = [];
    for (const r of expected) {
      const entry = manifest.rasters[r.path];
      if (!entry || !existsSync(join(RASTER_DIR, r.path))) {
        problems.push(`${r.source} has no raster assets/raster/${r.path}`);
      } else if (entry.sha256 !== sha256(readFileSync(join(ROOT, r.source)))) {
        problems.push(`assets/raster/${r.path} is stale: ${r.source} changed since it was rasterised`);
      } else if (entry.blur !== (r.twin ? BLUR_SIGMA[r.scale] : undefined)) {
        problems.push(`assets/raster/${r.path} was blurred by ${entry.blur ?? 'nothing'}, not ${r.twin ? BLUR_SIGMA[r.scale] : 'nothing'}`);
      }
    }
    expect(problems, `${problems.join('\n')}\n${FIX}`).toEqual([]);
  });

  it('has no raster (on disk or in the manifest) without an SVG', () => {
    const onDisk = readdirSync(RASTER_DIR, { recursive: true, encoding: 'utf8' })
      .map((p) => p.replaceAll('\\', '/'))
      .filter((p) => !['manifest.json', 'trims.json'].includes(p) && statSync(join(RASTER_DIR, p)).isFile());
    const orphans = [...onDisk, ...Object.keys(manifest.rasters)].filter((p) => !expectedPaths.has(p));
    expect(orphans, `rasters without an SVG: ${orphans.join(', ')}; ${FIX}`).toEqual([]);
  });

  it('has every raster at the size in src/art/rasterSizes.ts (a portrait cut to a box inside it), as the manifest says', async () => {
    const wrong: string[] = [];
    for (const r of expected) {
      const file = join(RASTER_DIR, r.path);
      const entry = manifest.rasters[r.path];
      if (!existsSync(file) || !entry) continue; // reported above
      const { width, height } = RASTER_SIZES[r.kind][r.scale];
      const meta = await sharp(file).metadata();
      const trim = entry.trim ?? { x: 0, y: 0, width, height };
      if (`${meta.format} ${meta.width}x${meta.height}` !== `webp ${trim.width}x${trim.height}`) {
        wrong.push(`assets/raster/${r.path} is ${meta.format} ${meta.width}x${meta.height}, not webp ${trim.width}x${trim.height}`);
      }
      if (trim.x < 0 || trim.y < 0 || trim.x + trim.width > width || trim.y + trim.height > height) {
        wrong.push(`assets/raster/${r.path} is cut to ${JSON.stringify(trim)}, outside its ${width}x${height} picture`);
      }
      if ((r.kind === 'portraits') !== !!entry.trim) wrong.push(`assets/raster/${r.path} ${entry.trim ? 'is' : 'is not'} cut to its visible box`);
      const bytes = statSync(file).size;
      if (`${entry.width}x${entry.height} ${entry.bytes}` !== `${width}x${height} ${bytes}`) {
        wrong.push(`the manifest says assets/raster/${r.path} is ${entry.width}x${entry.height} of ${entry.bytes} bytes, not ${width}x${height} of ${bytes}`);
      }
      if (r.kind === 'portraits' && !meta.hasAlpha) wrong.push(`assets/raster/${r.path} lost its transparency`);
    }
    expect(wrong, `${wrong.join('\n')}\n${FIX}`).toEqual([]);
  });

  it('tells the stage where each cut portrait sits (assets/raster/trims.json agrees with the manifest)', () => {
    const trims = JSON.parse(readFileSync(TRIMS_PATH, 'utf8')) as unknown;
    expect(trims, `assets/raster/trims.json is out of step with the manifest: ${FIX}`).toEqual(trimsOf(manifest));
    expect(Object.keys(trimsOf(manifest)).length).toBe(expected.filter((r) => r.kind === 'portraits').length);
  });

  it('cuts a picture to the box of its pixels with any alpha, and keeps a wholly clear one whole', () => {
    const pixels = Buffer.alloc(5 * 4 * 4); // 5x4 RGBA, all clear
    expect(visibleBox(pixels, 5, 4)).toEqual({ x: 0, y: 0, width: 5, height: 4 });
    pixels[(1 * 5 + 3) * 4 + 3] = 1; // a faint pixel at (3, 1)
    pixels[(2 * 5 + 1) * 4 + 3] = 255; // an opaque one at (1, 2)
    expect(visibleBox(pixels, 5, 4)).toEqual({ x: 1, y: 1, width: 3, height: 2 });
  });

  it('the script blurs the forest and Kakashi in it, so both have twins', () => {
    expect(seenBlurred.bg).toContain('forest-dusk');
    expect(seenBlurred.portraits).toContain('kakashi-wounded');
  });

  it('gives the committed bytes when a background, a portrait and a blurred twin are rasterised again', async () => {
    const samples = [
      expected.find((r) => r.kind === 'bg' && r.scale === 1 && !r.twin),
      expected.find((r) => r.kind === 'portraits' && r.scale === 2 && !r.twin),
      expected.find((r) => r.kind === 'portraits' && r.scale === 1 && r.twin),
    ];
    for (const r of samples) {
      if (!r) throw new Error('no sample to rasterise');
      const made = await rasterise(readFileSync(join(ROOT, r.source)), r.kind, r.scale, r.twin);
      const committed = readFileSync(join(RASTER_DIR, r.path));
      expect(made.webp.equals(committed), `assets/raster/${r.path} differs from what the tool makes now: ${FIX}`).toBe(true);
      expect(made.trim ?? undefined, `assets/raster/${r.path} was cut elsewhere: ${FIX}`).toEqual(manifest.rasters[r.path]!.trim);
    }
  }, 30_000);
});
