/**
 * Which raster files a stage is drawn from: the scale chosen from the screen, the picture and its
 * blurred twin, their cache keys and URLs. Pure: the stage's art store (in the worker) and the page
 * (which decodes the first line's art while the worker starts) read the same answers.
 */
import { blurredId } from '../art/blurred';
import type { Stage as BeatStage } from '../compiler/story';
import { cover } from './layout';
import type { Layout } from './layout';
import type { ArtTable } from './protocol';

export type ArtKind = 'bg' | 'portraits';
export type ArtScale = 1 | 2;

/** The size backgrounds are authored at; rasters keep its aspect. */
const BG_AUTHORED = { width: 1920, height: 1080 };

/** Which scale covers `devicePixels` (the larger side drawn, in device pixels) for art rasterised at `sizes`. */
export function pickScale(devicePixels: number, scale1Pixels: number): ArtScale {
  return devicePixels <= scale1Pixels * 1.1 ? 1 : 2;
}

/** The art scale for `kind` on this screen: from its layout and pixel ratio only, never from frame times. */
export function artScale(table: ArtTable, kind: ArtKind, layout: Layout, dpr: number): ArtScale {
  if (kind === 'bg') {
    const drawn = cover(layout.scene, BG_AUTHORED.width, BG_AUTHORED.height).scale * BG_AUTHORED.width * dpr;
    return pickScale(drawn, table.sizes.bg[1].width);
  }
  return pickScale(layout.portraitHeight * dpr, table.sizes.portraits[1].height);
}

/** The URL of picture `id` at `scale`, or at the other scale when that one is missing. */
export function artUrl(table: ArtTable, kind: ArtKind, id: string, scale: ArtScale): string | undefined {
  const urls = table[kind][id];
  return urls?.[scale] ?? urls?.[scale === 2 ? 1 : 2];
}

/** The key a decoded picture is filed under (a missing one is filed as such: its placeholder). */
export function artKey(table: ArtTable, kind: ArtKind, id: string, scale: ArtScale): string {
  return `${kind}/${id}@${artUrl(table, kind, id, scale) ? scale : 'missing'}`;
}

/** The blurred twin's id, when the stage shows `id` blurred and the twin was made (src/art/blurred.ts). */
export function twinOf(table: ArtTable, kind: ArtKind, id: string): string | null {
  return table[kind][blurredId(id)] ? blurredId(id) : null;
}

export interface ArtFile {
  kind: ArtKind;
  id: string;
  scale: ArtScale;
  key: string;
  url: string | undefined;
}

/** Every file `stage` is drawn from on this screen: its background and cast, each with its blurred twin if blurred. */
export function stageFiles(table: ArtTable, stage: BeatStage, layout: Layout, dpr: number): ArtFile[] {
  const blurred = stage.effects.includes('blur');
  const files: ArtFile[] = [];
  const add = (kind: ArtKind, picture: string) => {
    const scale = artScale(table, kind, layout, dpr);
    const twin = blurred ? twinOf(table, kind, picture) : null;
    for (const id of twin ? [picture, twin] : [picture]) files.push({ kind, id, scale, key: artKey(table, kind, id, scale), url: artUrl(table, kind, id, scale) });
  };
  if (stage.bg) add('bg', stage.bg);
  for (const actor of stage.cast) add('portraits', `${actor.id}-${actor.expression}`);
  return files;
}
