/**
 * The sizes the art ships at, shared by the rasteriser (tools/art/rasterize.ts) and the catalogue.
 * Pure data: no Node or DOM imports, so the page and the stage worker may both read it.
 *
 * @0.75x covers a 720p scene at DPR 1 (a 1280x720 window: backgrounds drawn 1280 wide, portraits
 * ~650 px tall), so the most common laptop screen decodes and uploads about half the pixels of @1x.
 * @1x covers a 1080p scene at DPR 1 (portraits drawn at 0.9 of the scene height, ~972 px).
 * @2x covers DPR 2 up to 1440p device pixels; a phone at DPR 2 draws a background cover-scaled to
 * about 3000x1690, which 2880x1620 reaches within a few per cent.
 */
export type ArtKind = 'bg' | 'portraits';
export type Scale = 0.75 | 1 | 2;

export interface RasterSize {
  readonly width: number;
  readonly height: number;
}

export const ART_KINDS: readonly ArtKind[] = ['bg', 'portraits'];
/** Smallest first: the stage takes the first that covers what it draws. */
export const SCALES: readonly Scale[] = [0.75, 1, 2];

/** Width and height in pixels of each kind at each scale; the SVG sources share these ratios. */
export const RASTER_SIZES: Readonly<Record<ArtKind, Readonly<Record<Scale, RasterSize>>>> = {
  bg: { 0.75: { width: 1440, height: 810 }, 1: { width: 1920, height: 1080 }, 2: { width: 2880, height: 1620 } },
  portraits: { 0.75: { width: 450, height: 675 }, 1: { width: 600, height: 900 }, 2: { width: 900, height: 1350 } },
};

/** The file name of one raster inside `assets/raster/<kind>/`. */
export const rasterName = (id: string, scale: Scale): string => `${id}@${scale}x.webp`;
