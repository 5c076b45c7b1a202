import type { ArtFile } from './artFiles';
import type { ArtTable } from './protocol';

/**
 * Decoded art kept beyond what the scenes around the reader need, in pixels' bytes: the whole chapter
 * at the scale a laptop screen draws (42 MiB at 0.75x; 74 at 1x), two fifths of it at 2x. A bound,
 * not a target: each picture is held twice (its bitmap and its texture on the GPU).
 */
export const SPARE_ART_BYTES = 64 * 2 ** 20;

/** The bytes one decoded file holds: its pixels (a cut portrait only its box), four bytes each. */
export function artBytes(table: ArtTable, file: ArtFile): number {
  const trim = file.url ? table.trims[file.url] : undefined;
  const { width, height } = trim ? { width: trim[2], height: trim[3] } : table.sizes[file.kind][file.scale];
  return width * height * 4;
}

/**
 * Of `spare` (nearest first), the files that fit in `budget` bytes beside `wanted` (always kept, and
 * not counted twice): a prefix, so the nearest scenes are the ones kept. Pure.
 */
export function spareWithin(table: ArtTable, wanted: readonly ArtFile[], spare: readonly ArtFile[], budget = SPARE_ART_BYTES): ArtFile[] {
  const seen = new Set(wanted.map((f) => f.key));
  const kept: ArtFile[] = [];
  let used = 0;
  for (const file of spare) {
    if (seen.has(file.key)) continue;
    used += artBytes(table, file);
    if (used > budget) break;
    seen.add(file.key);
    kept.push(file);
  }
  return kept;
}
