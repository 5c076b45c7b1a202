/**
 * The blurred twins of the art that the script shows through a blur. The blur is rasterised at build
 * time (tools/art/rasterize.ts) instead of filtered on every frame: a live blur cost software WebGL
 * 300 ms and more a frame and drew blocky stair-steps at half resolution; a twin costs one more
 * sprite and is a true Gaussian. The stage eases between a picture and its twin as the blur comes
 * and goes. Pure data and a pure function: the rasteriser, its test and the stage all read it.
 */
import type { Story } from '../compiler/story';
import type { ArtKind, Scale } from './rasterSizes';

/** Appended to a picture's id to name its blurred twin (`forest-dusk~blur`). */
export const BLURRED = '~blur';

export const blurredId = (id: string): string => `${id}${BLURRED}`;

/**
 * The blur's standard deviation in a raster's pixels at each scale: about six screen pixels where the
 * art is drawn at 1280x720 (from @0.75x, backgrounds at 0.89 of their raster, portraits a little less).
 */
export const BLUR_SIGMA: Readonly<Record<Scale, number>> = { 0.75: 7, 1: 10, 2: 15 };

/** Every background and portrait (by raster id, `kakashi-wounded`) that some beat shows blurred, sorted. */
export function artSeenBlurred(story: Story): Record<ArtKind, string[]> {
  const bg = new Set<string>();
  const portraits = new Set<string>();
  for (const beat of story.beats) {
    if (!beat.stage.effects.includes('blur')) continue;
    if (beat.stage.bg) bg.add(beat.stage.bg);
    for (const actor of beat.stage.cast) portraits.add(`${actor.id}-${actor.expression}`);
  }
  return { bg: [...bg].sort(), portraits: [...portraits].sort() };
}
