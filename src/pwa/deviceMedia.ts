/**
 * Which art and sound files this device plays: the raster scale the stage will draw at on this
 * screen and the first audio format this browser can play. Pure; the page warms the cache with it.
 */
import { SCALES } from '../art/rasterSizes';
import type { ArtKind, RasterSize, Scale } from '../art/rasterSizes';
import type { WholeArtTable } from '../catalogue';
import { artScale } from '../stage/artFiles';
import { computeLayout } from '../stage/layout';

export interface Screen {
  /** CSS pixels. */
  width: number;
  height: number;
  /** Device pixel ratio, capped at 2 as the stage caps it. */
  dpr: number;
}

/** The scale of each kind the stage draws at on `screen`: the stage's own rule (src/stage/artFiles.ts). */
export function artScales(screen: Screen, sizes: Record<ArtKind, Record<Scale, RasterSize>>): Record<ArtKind, Scale> {
  const layout = computeLayout(screen.width, screen.height);
  return { bg: artScale({ sizes }, 'bg', layout, screen.dpr), portraits: artScale({ sizes }, 'portraits', layout, screen.dpr) };
}

/** The first source whose extension the browser plays, as howler chooses; null when none plays. */
export function playableSource(sources: readonly string[], canPlay: (ext: string) => boolean): string | null {
  return sources.find((url) => canPlay(/\.(\w+)(?:$|\?)/.exec(url)?.[1] ?? '')) ?? null;
}

/** Every art and sound URL this device uses: one scale per kind, one format per sound. */
export function deviceMedia(art: WholeArtTable, sounds: readonly (readonly string[])[], screen: Screen, canPlay: (ext: string) => boolean): string[] {
  const scales = artScales(screen, art.sizes);
  const pictures = (['bg', 'portraits'] as const).flatMap((kind) => Object.values(art[kind]).map((urls) => urls[scales[kind]]));
  const audio = sounds.map((sources) => playableSource(sources, canPlay)).filter((u): u is string => u !== null);
  return [...pictures, ...audio];
}

/** Every art and sound URL of this version, at all scales and formats (what the cache may keep). */
export function allMedia(art: WholeArtTable, sounds: readonly (readonly string[])[]): string[] {
  const pictures = (['bg', 'portraits'] as const).flatMap((kind) => Object.values(art[kind]).flatMap((urls) => SCALES.map((scale) => urls[scale])));
  return [...pictures, ...sounds.flat()];
}
