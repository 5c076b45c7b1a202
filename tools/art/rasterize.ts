/**
 * Rasterises every SVG background and portrait to WebP at the sizes in src/art/rasterSizes.ts, for
 * the stage worker (it cannot draw SVG: no Image there, and createImageBitmap refuses SVG). The SVGs
 * stay the source of truth; assets/raster/manifest.json records which SVG bytes each raster came from,
 * and tests/art/rasters.test.ts refuses a stale one. Rasters whose SVG is gone are deleted.
 * Art that the script shows through a blur also gets a blurred twin (src/art/blurred.ts).
 * Reproducible: the same SVGs, options and sharp/libvips versions give the same bytes.
 * Run: npm run rasters
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sharp, { type WebpOptions } from 'sharp';
import { BLUR_SIGMA, artSeenBlurred, blurredId } from '../../src/art/blurred.ts';
import { ART_KINDS, RASTER_SIZES, SCALES, rasterName, type ArtKind, type Scale } from '../../src/art/rasterSizes.ts';
import { readScriptFiles } from '../../src/build/scriptFiles.ts';
import { compileScript, formatDiagnostics } from '../../src/compiler/index.ts';

/** Bump whenever an encoder or render option below changes, so every raster is known to be redone. */
export const GENERATOR_VERSION = 1;

/**
 * Lossy WebP: quality 82 keeps flat fills, outlines and sky gradients clean at 2x zoom, and keeps the
 * @2x set near 1.3 MB. smartSubsample stops red and pink outlines bleeding into their neighbours.
 * Effort 5, not 6: 6 costs 4-6 s per portrait (its alpha search) for about 3 % fewer bytes.
 * Portrait alpha stays lossless (alphaQuality 100, the default), so edges on the scene stay crisp.
 */
export const WEBP: WebpOptions = { quality: 82, effort: 5, smartSubsample: true };

export const ROOT = resolve(import.meta.dirname, '../..');
export const RASTER_DIR = join(ROOT, 'assets/raster');
export const MANIFEST_PATH = join(RASTER_DIR, 'manifest.json');
/** Where each kind's SVG sources live, relative to the project root. */
export const SOURCE_DIRS: Record<ArtKind, string> = { bg: 'assets/bg', portraits: 'assets/portraits' };

export interface ManifestEntry {
  source: string;
  sha256: string;
  kind: ArtKind;
  id: string;
  scale: Scale;
  width: number;
  height: number;
  bytes: number;
  /** A blurred twin: the Gaussian's standard deviation in this raster's pixels. */
  blur?: number;
}

export interface Manifest {
  generator: number;
  /** Keyed by the raster's path under assets/raster, e.g. `bg/ward-day@2x.webp`. */
  rasters: Record<string, ManifestEntry>;
}

export const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** Ids of one kind's SVG sources, sorted. */
export const sourceIds = (kind: ArtKind): string[] =>
  readdirSync(join(ROOT, SOURCE_DIRS[kind]))
    .filter((f) => f.endsWith('.svg'))
    .map((f) => f.slice(0, -'.svg'.length))
    .sort();

/** The art (by kind, then id) that the script shows blurred, each of which gets a blurred twin. */
export function blurredArt(): Record<ArtKind, string[]> {
  const files = readScriptFiles(join(ROOT, 'script'));
  const { story, diagnostics } = compileScript(files);
  if (!story) throw new Error(`script/ does not compile:\n${formatDiagnostics(diagnostics, files)}`);
  return artSeenBlurred(story);
}

/**
 * The WebP bytes for one SVG at one scale. The SVG is drawn at the target size (density scaled to it),
 * never drawn small and enlarged, so outlines stay sharp at @2x.
 */
export async function rasterise(svg: Buffer, kind: ArtKind, scale: Scale, blurred = false): Promise<Buffer> {
  const { width, height } = RASTER_SIZES[kind][scale];
  const natural = (await sharp(svg).metadata()).width;
  if (!natural) throw new Error(`${kind} SVG has no width`);
  const drawn = sharp(svg, { density: (72 * width) / natural }).resize(width, height, { fit: 'fill' });
  // sharp blurs with premultiplied alpha, so a portrait's soft edge takes no dark fringe.
  return (blurred ? sharp(await drawn.png().toBuffer()).blur(BLUR_SIGMA[scale]) : drawn).webp(WEBP).toBuffer();
}

/** Rasterises everything, deletes rasters without a source, writes the manifest; returns it. */
export async function rasteriseAll(): Promise<Manifest> {
  const manifest: Manifest = { generator: GENERATOR_VERSION, rasters: {} };
  const seenBlurred = blurredArt();
  for (const kind of ART_KINDS) {
    const dir = join(RASTER_DIR, kind);
    mkdirSync(dir, { recursive: true });
    const wanted = new Set<string>();
    const blurred = new Set(seenBlurred[kind]);
    for (const id of sourceIds(kind)) {
      const source = `${SOURCE_DIRS[kind]}/${id}.svg`;
      const svg = readFileSync(join(ROOT, source));
      for (const scale of SCALES) {
        for (const twin of blurred.has(id) ? [false, true] : [false]) {
          const rasterId = twin ? blurredId(id) : id;
          const name = rasterName(rasterId, scale);
          const webp = await rasterise(svg, kind, scale, twin);
          writeFileSync(join(dir, name), webp);
          wanted.add(name);
          const { width, height } = RASTER_SIZES[kind][scale];
          const entry: ManifestEntry = { source, sha256: sha256(svg), kind, id: rasterId, scale, width, height, bytes: webp.length };
          manifest.rasters[`${kind}/${name}`] = twin ? { ...entry, blur: BLUR_SIGMA[scale] } : entry;
        }
      }
    }
    for (const f of readdirSync(dir)) if (!wanted.has(f)) rmSync(join(dir, f));
  }
  writeFileSync(MANIFEST_PATH, `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** Bytes per file, then totals per scale: one device downloads one scale's set. */
function report(manifest: Manifest): string {
  const entries = Object.entries(manifest.rasters);
  const width = Math.max(...entries.map(([path]) => path.length));
  const lines = entries.map(([path, e]) => `${path.padEnd(width)}  ${`${e.width}x${e.height}`.padStart(9)}  ${String(e.bytes).padStart(7)}`);
  for (const scale of SCALES) {
    const of = (kind?: ArtKind) =>
      entries.filter(([, e]) => e.scale === scale && (!kind || e.kind === kind)).reduce((sum, [, e]) => sum + e.bytes, 0);
    lines.push(`@${scale}x total ${of()} bytes (bg ${of('bg')}, portraits ${of('portraits')})`);
  }
  return lines.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  console.log(report(await rasteriseAll()));
}
