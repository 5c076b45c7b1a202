/**
 * Which raster files a stage is drawn from: the scale chosen from the screen, the picture and its
 * blurred twin, their cache keys and URLs. Pure: the stage's art store (in the worker) and the page
 * (which decodes the first line's art while the worker starts) read the same answers.
 */
import { blurredId } from '../art/blurred';
import { SCALES } from '../art/rasterSizes';
import type { ArtKind, RasterSize, Scale } from '../art/rasterSizes';
import type { Stage as BeatStage } from '../compiler/story';
import { cover } from './layout';
import type { Layout } from './layout';
import type { ArtTable } from './protocol';

/** The size backgrounds are authored at; rasters keep its aspect. */
const BG_AUTHORED = { width: 1920, height: 1080 };

/**
 * The smallest scale that covers `devicePixels` (the side measured, drawn in device pixels), `side`
 * reading that side off a raster size; within 10 % counts as covering. The largest when none does.
 */
export function pickScale(devicePixels: number, sizes: Readonly<Record<Scale, RasterSize>>, side: (size: RasterSize) => number): Scale {
  return SCALES.find((scale) => devicePixels <= side(sizes[scale]) * 1.1) ?? SCALES.at(-1)!;
}

/** The art scale for `kind` on a screen (a layout and pixel ratio) only, never from frame times. */
export function artScale(table: Pick<ArtTable, 'sizes'>, kind: ArtKind, layout: Layout, dpr: number): Scale {
  if (kind === 'bg') {
    const drawn = cover(layout.scene, BG_AUTHORED.width, BG_AUTHORED.height).scale * BG_AUTHORED.width * dpr;
    return pickScale(drawn, table.sizes.bg, (size) => size.width);
  }
  return pickScale(layout.portraitHeight * dpr, table.sizes.portraits, (size) => size.height);
}

/** `scale`, then the larger scales (sharper), then the smaller: the order a missing raster is stood in for. */
const standIns = (scale: Scale): Scale[] => [scale, ...SCALES.filter((s) => s > scale), ...SCALES.filter((s) => s < scale).reverse()];

/** The URL of picture `id` at `scale`, or at the nearest scale present when that one is missing. */
export function artUrl(table: ArtTable, kind: ArtKind, id: string, scale: Scale): string | undefined {
  const urls = table[kind][id];
  const found = urls && standIns(scale).find((s) => urls[s]);
  return found === undefined ? undefined : urls![found];
}

/** The key a decoded picture is filed under (a missing one is filed as such: its placeholder). */
export function artKey(table: ArtTable, kind: ArtKind, id: string, scale: Scale): string {
  return `${kind}/${id}@${artUrl(table, kind, id, scale) ? scale : 'missing'}`;
}

/** The blurred twin's id, when the stage shows `id` blurred and the twin was made (src/art/blurred.ts). */
export function twinOf(table: ArtTable, kind: ArtKind, id: string): string | null {
  return table[kind][blurredId(id)] ? blurredId(id) : null;
}

export interface ArtFile {
  kind: ArtKind;
  id: string;
  scale: Scale;
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
