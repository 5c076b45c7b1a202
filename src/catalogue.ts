/**
 * Asset ids to URLs: plain data, built by vite from the files in assets/. The script refers to
 * assets by id; only this module knows where they live.
 */
import { RASTER_SIZES, SCALES, type ArtKind, type Scale } from './art/rasterSizes';
import type { Trims } from './art/trims';
import type { ArtTable } from './stage/protocol';
import trimsByPath from '../assets/raster/trims.json';

type UrlMap = Record<string, string>;

const glob = (files: Record<string, unknown>, ext: string): UrlMap =>
  Object.fromEntries(
    Object.entries(files).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1, -ext.length), url as string]),
  );

const bg = glob(import.meta.glob('../assets/bg/*.svg', { query: '?url', import: 'default', eager: true }), '.svg');
const portraits = glob(import.meta.glob('../assets/portraits/*.svg', { query: '?url', import: 'default', eager: true }), '.svg');
const ogg = glob(import.meta.glob('../assets/audio/*.ogg', { query: '?url', import: 'default', eager: true }), '.ogg');
const title = glob(import.meta.glob('../assets/title/*.svg', { query: '?url', import: 'default', eager: true }), '.svg');
const mp3 = glob(import.meta.glob('../assets/audio/*.mp3', { query: '?url', import: 'default', eager: true }), '.mp3');

/** Every scale of one raster (WebP made from its SVG by `npm run rasters`). */
export type RasterUrls = Record<Scale, string>;

/** The art table the stage is sent (src/stage/protocol.ts), as shipped: every id has every scale. */
export interface WholeArtTable extends ArtTable {
  bg: Record<string, RasterUrls>;
  /** Keyed `<character>-<expression>`. */
  portraits: Record<string, RasterUrls>;
}

const RASTER_PATH = /\/raster\/(bg|portraits)\/(.+)@(0\.75|1|2)x\.webp$/;

/** Only ids with every scale are listed, so every entry is whole (tests/art checks none is missing). */
function rasterTable(files: Record<string, unknown>, trimmed: Trims): WholeArtTable {
  const found: Record<ArtKind, Record<string, Partial<RasterUrls>>> = { bg: {}, portraits: {} };
  const trims: Trims = {};
  for (const [path, url] of Object.entries(files)) {
    const m = RASTER_PATH.exec(path);
    if (!m) continue;
    const [kind, id, scale] = [m[1] as ArtKind, m[2] as string, Number(m[3]) as Scale];
    (found[kind][id] ??= {})[scale] = url as string;
    const trim = trimmed[path.slice(path.indexOf('/raster/') + '/raster/'.length)];
    if (trim) trims[url as string] = trim;
  }
  const whole = (urls: Record<string, Partial<RasterUrls>>) =>
    Object.fromEntries(Object.entries(urls).filter((e): e is [string, RasterUrls] => SCALES.every((scale) => !!e[1][scale])));
  return { bg: whole(found.bg), portraits: whole(found.portraits), sizes: RASTER_SIZES, trims };
}

const rasters = rasterTable(import.meta.glob('../assets/raster/**/*.webp', { query: '?url', import: 'default', eager: true }), trimsByPath as unknown as Trims); // JSON arrays type as number[]

/** URL of a background or portrait raster at a device pixel ratio scale, or undefined when missing. */
export const raster = (kind: ArtKind, id: string, scale: Scale): string | undefined => rasters[kind][id]?.[scale];

/** The raster URLs and their sizes, JSON-serialisable, for the page to post to the stage worker. */
export const artTable = (): WholeArtTable => structuredClone(rasters);

export interface Catalogue {
  /** URL of a background, or undefined when the file is missing. */
  bg(id: string): string | undefined;
  /** URL of a portrait `<character>-<expression>`. */
  portrait(character: string, expression: string): string | undefined;
  /** Sources for a sound, best format first (Ogg, then the MP3 fallback Safari needs). */
  audio(id: string): string[];
}

export const catalogue: Catalogue = {
  bg: (id) => bg[id],
  portrait: (character, expression) => portraits[`${character}-${expression}`],
  audio: (id) => [ogg[id], mp3[id]].filter((u): u is string => u !== undefined),
};

/** Every shipped asset id by kind, for the credits. */
export const shipped = {
  bg: Object.keys(bg),
  portraits: Object.keys(portraits),
  audio: Object.keys(ogg),
  title: Object.keys(title),
};
