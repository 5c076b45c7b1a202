/**
 * The sizes the art ships at, shared by the rasteriser (tools/art/rasterize.ts) and the catalogue.
 * Pure data: no Node or DOM imports, so the page and the stage worker may both read it.
 *
 * @1x covers a 1080p scene at DPR 1 (portraits drawn at 0.9 of the scene height, ~972 px).
 * @2x covers DPR 2 up to 1440p device pixels; a phone at DPR 2 draws a background cover-scaled to
 * about 3000x1690, which 2880x1620 reaches within a few per cent.
 */
export type ArtKind = 'bg' | 'portraits';
export type Scale = 1 | 2;

export interface RasterSize {
  readonly width: number;
  readonly height: number;
}

export const ART_KINDS: readonly ArtKind[] = ['bg', 'portraits'];
export const SCALES: readonly Scale[] = [1, 2];

/** Width and height in pixels of each kind at each scale; the SVG sources share these ratios. */
export const RASTER_SIZES: Readonly<Record<ArtKind, Readonly<Record<Scale, RasterSize>>>> = {
  bg: { 1: { width: 1920, height: 1080 }, 2: { width: 2880, height: 1620 } },
  portraits: { 1: { width: 600, height: 900 }, 2: { width: 900, height: 1350 } },
};

/** The file name of one raster inside `assets/raster/<kind>/`. */
export const rasterName = (id: string, scale: Scale): string => `${id}@${scale}x.webp`;
