/**
 * Portrait rasters hold only the box of their visible pixels (tools/art/rasterize.ts cuts them);
 * a trim says where that box sits in the full picture, so the stage lays the picture out at its
 * full size while decoding, uploading and drawing only the box. Pure data: page and worker read it.
 */

/** A box in a full picture's pixels. */
export interface Trim {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** `[x, y, width, height, fullWidth, fullHeight]`: the box and the full picture's size. */
export type TrimRecord = readonly [number, number, number, number, number, number];

/** Trims by the raster's path under assets/raster (`portraits/iruka-neutral@1x.webp`); uncut files are absent. */
export type Trims = Record<string, TrimRecord>;
