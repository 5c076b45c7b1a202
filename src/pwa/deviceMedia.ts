/**
 * Which art and sound files this device plays: the raster scale the stage will draw at on this
 * screen and the first audio format this browser can play. Pure; the page warms the cache with it.
 */
import type { ArtKind, RasterSize, Scale } from '../art/rasterSizes';
import type { ArtTable } from '../catalogue';
import { computeLayout, cover } from '../stage/layout';

export interface Screen {
  /** CSS pixels. */
  width: number;
  height: number;
  /** Device pixel ratio, capped at 2 as the stage caps it. */
  dpr: number;
}

/** Size the backgrounds are authored at (src/stage/Stage.ts draws them covering the scene). */
const BG_AUTHORED = { width: 1920, height: 1080 };

/** @1x serves while the drawn size is within 10 % of it (src/stage/art.ts pickScale). */
const pick = (devicePixels: number, scale1: number): Scale => (devicePixels <= scale1 * 1.1 ? 1 : 2);

/** The scale of each kind the stage draws at on `screen` (the rule of Stage.ts `scaleFor`). */
export function artScales(screen: Screen, sizes: Readonly<Record<ArtKind, Readonly<Record<Scale, RasterSize>>>>): Record<ArtKind, Scale> {
  const layout = computeLayout(screen.width, screen.height);
  const bgDrawn = cover(layout.scene, BG_AUTHORED.width, BG_AUTHORED.height).scale * BG_AUTHORED.width * screen.dpr;
  return {
    bg: pick(bgDrawn, sizes.bg[1].width),
    portraits: pick(layout.portraitHeight * screen.dpr, sizes.portraits[1].height),
  };
}

/** The first source whose extension the browser plays, as howler chooses; null when none plays. */
export function playableSource(sources: readonly string[], canPlay: (ext: string) => boolean): string | null {
  return sources.find((url) => canPlay(/\.(\w+)(?:$|\?)/.exec(url)?.[1] ?? '')) ?? null;
}

/** Every art and sound URL this device uses: one scale per kind, one format per sound. */
export function deviceMedia(art: ArtTable, sounds: readonly (readonly string[])[], screen: Screen, canPlay: (ext: string) => boolean): string[] {
  const scales = artScales(screen, art.sizes);
  const pictures = (['bg', 'portraits'] as const).flatMap((kind) => Object.values(art[kind]).map((urls) => urls[scales[kind]]));
  const audio = sounds.map((sources) => playableSource(sources, canPlay)).filter((u): u is string => u !== null);
  return [...pictures, ...audio];
}

/** Every art and sound URL of this version, at all scales and formats (what the cache may keep). */
export function allMedia(art: ArtTable, sounds: readonly (readonly string[])[]): string[] {
  const pictures = (['bg', 'portraits'] as const).flatMap((kind) => Object.values(art[kind]).flatMap((urls) => [urls[1], urls[2]]));
  return [...pictures, ...sounds.flat()];
}
