/**
 * Rasterises every SVG background and portrait to WebP at the sizes in src/art/rasterSizes.ts, for
 * the stage worker (it cannot draw SVG: no Image there, and createImageBitmap refuses SVG). The SVGs
 * stay the source of truth; assets/raster/manifest.json records which SVG bytes each raster came from,
 * and tests/art/rasters.test.ts refuses a stale one. Rasters whose SVG is gone are deleted.
 * Art that the script shows through a blur also gets a blurred twin (src/art/blurred.ts).
 * Portraits are cut to the box of their visible pixels (assets/raster/trims.json says where that box
 * sits in the full picture): a portrait's transparent margin is two fifths of it, and the stage would
 * otherwise decode, upload and draw it on every frame for nothing.
 * Reproducible: the same SVGs, options and sharp/libvips versions give the same bytes.
 * Run: npm run rasters
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sharp, { type WebpOptions } from 'sharp';
import { BLUR_SIGMA, artSeenBlurred, blurredId } from '../../src/art/blurred.ts';
import { ART_KINDS, RASTER_SIZES, SCALES, rasterName, type ArtKind, type Scale } from '../../src/art/rasterSizes.ts';
import type { Trim, Trims } from '../../src/art/trims.ts';
import { readScriptFiles } from '../../src/build/scriptFiles.ts';
import { compileScript, formatDiagnostics } from '../../src/compiler/index.ts';

/** Bump whenever an encoder or render option below changes, so every raster is known to be redone. */
export const GENERATOR_VERSION = 2;

/**
 * Lossy WebP: quality 82 keeps flat fills, outlines and sky gradients clean at 2x zoom, and keeps the
 * @2x set near 1.3 MB. smartSubsample stops red and pink outlines bleeding into their neighbours.
 * Effort 5, not 6: 6 costs 4-6 s per portrait (its alpha search) for about 3 % fewer bytes.
 * Alpha quality 95, not lossless: no alpha value moves by more than 1 in 255, edges on the scene stay
 * crisp, and a portrait decodes in about 60 % of the time (measured with sharp's libwebp: 13.8 ms
 * against 22.3 ms for a 450x675 portrait on the CI machine).
 */
export const WEBP: WebpOptions = { quality: 82, effort: 5, smartSubsample: true, alphaQuality: 95 };

export const ROOT = resolve(import.meta.dirname, '../..');
export const RASTER_DIR = join(ROOT, 'assets/raster');
export const MANIFEST_PATH = join(RASTER_DIR, 'manifest.json');
export const TRIMS_PATH = join(RASTER_DIR, 'trims.json');
/** Where each kind's SVG sources live, relative to the project root. */
export const SOURCE_DIRS: Record<ArtKind, string> = { bg: 'assets/bg', portraits: 'assets/portraits' };

export interface ManifestEntry {
  source: string;
  sha256: string;
  kind: ArtKind;
  id: string;
  scale: Scale;
  /** The full picture's size (src/art/rasterSizes.ts); the file holds only `trim` of it, when set. */
  width: number;
  height: number;
  bytes: number;
  /** A blurred twin: the Gaussian's standard deviation in this raster's pixels. */
  blur?: number;
  /** The visible box the file was cut to, in the full picture's pixels (portraits only). */
  trim?: Trim;
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

export interface Raster {
  webp: Buffer;
  /** Where the file's pixels sit in the full picture; null when the file is the whole picture. */
  trim: Trim | null;
}

/**
 * One SVG at one scale as WebP. The SVG is drawn at the target size (density scaled to it), never
 * drawn small and enlarged, so outlines stay sharp at @2x. A portrait is then cut to its visible box.
 */
export async function rasterise(svg: Buffer, kind: ArtKind, scale: Scale, blurred = false): Promise<Raster> {
  const { width, height } = RASTER_SIZES[kind][scale];
  const natural = (await sharp(svg).metadata()).width;
  if (!natural) throw new Error(`${kind} SVG has no width`);
  const drawn = sharp(svg, { density: (72 * width) / natural }).resize(width, height, { fit: 'fill' });
  // sharp blurs with premultiplied alpha, so a portrait's soft edge takes no dark fringe.
  const full = await (blurred ? sharp(await drawn.png().toBuffer()).blur(BLUR_SIGMA[scale]) : drawn).ensureAlpha().raw().toBuffer();
  const trim = kind === 'portraits' ? visibleBox(full, width, height) : null;
  const raw = sharp(full, { raw: { width, height, channels: 4 } });
  const cut = trim ? raw.extract({ left: trim.x, top: trim.y, width: trim.width, height: trim.height }) : raw;
  // A background has no transparency: its alpha channel goes, so the decoder has none to read.
  return { webp: await (kind === 'bg' ? cut.removeAlpha() : cut).webp(WEBP).toBuffer(), trim };
}

/** The smallest box holding every pixel with any alpha, of RGBA `pixels`; the whole when none is clear. */
export function visibleBox(pixels: Buffer, width: number, height: number): Trim {
  let [left, top, right, bottom] = [width, height, -1, -1];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (pixels[(y * width + x) * 4 + 3] === 0) continue;
      left = Math.min(left, x);
      right = Math.max(right, x);
      top = Math.min(top, y);
      bottom = Math.max(bottom, y);
    }
  }
  if (right < 0) return { x: 0, y: 0, width, height };
  return { x: left, y: top, width: right - left + 1, height: bottom - top + 1 };
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
          const { webp, trim } = await rasterise(svg, kind, scale, twin);
          writeFileSync(join(dir, name), webp);
          wanted.add(name);
          const { width, height } = RASTER_SIZES[kind][scale];
          const entry: ManifestEntry = { source, sha256: sha256(svg), kind, id: rasterId, scale, width, height, bytes: webp.length };
          if (twin) entry.blur = BLUR_SIGMA[scale];
          if (trim) entry.trim = trim;
          manifest.rasters[`${kind}/${name}`] = entry;
        }
      }
    }
    for (const f of readdirSync(dir)) if (!wanted.has(f)) rmSync(join(dir, f));
  }
  writeFileSync(MANIFEST_PATH, `${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(TRIMS_PATH, `${JSON.stringify(trimsOf(manifest), null, 1)}\n`);
  return manifest;
}

/** What the stage needs of the manifest: each cut file's box and full size, by its path under assets/raster. */
export function trimsOf(manifest: Manifest): Trims {
  const trims: Trims = {};
  for (const [path, e] of Object.entries(manifest.rasters)) if (e.trim) trims[path] = [e.trim.x, e.trim.y, e.trim.width, e.trim.height, e.width, e.height];
  return trims;
}

/** Bytes per file, then totals per scale: one device downloads one scale's set. */
function report(manifest: Manifest): string {
  const entries = Object.entries(manifest.rasters);
  const width = Math.max(...entries.map(([path]) => path.length));
  const size = (e: ManifestEntry) => (e.trim ? `${e.trim.width}x${e.trim.height} of ${e.width}x${e.height}` : `${e.width}x${e.height}`);
  const lines = entries.map(([path, e]) => `${path.padEnd(width)}  ${size(e).padStart(20)}  ${String(e.bytes).padStart(7)}`);
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
