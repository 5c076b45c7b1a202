import { describe, expect, it } from 'vitest';
import { RASTER_SIZES } from '../../src/art/rasterSizes';
import { artBytes, spareWithin } from '../../src/stage/artBudget';
import type { ArtFile } from '../../src/stage/artFiles';
import type { ArtTable } from '../../src/stage/protocol';

const table: ArtTable = { bg: {}, portraits: {}, sizes: RASTER_SIZES, trims: { '/k@1x.webp': [10, 20, 100, 200, 600, 900] } };
const bg = (id: string): ArtFile => ({ kind: 'bg', id, scale: 1, key: `bg/${id}@1`, url: `/${id}@1x.webp` });
const BG_BYTES = RASTER_SIZES.bg[1].width * RASTER_SIZES.bg[1].height * 4;

describe('the art kept to spare', () => {
  it('counts a picture by its pixels, a cut portrait by its box alone', () => {
    expect(artBytes(table, bg('forest'))).toBe(BG_BYTES);
    expect(artBytes(table, { kind: 'portraits', id: 'k', scale: 1, key: 'portraits/k@1', url: '/k@1x.webp' })).toBe(100 * 200 * 4);
  });

  it('keeps the nearest files that fit the budget, stopping at the first that does not', () => {
    const spare = ['corridor', 'ward', 'night', 'tiny'].map(bg);
    expect(spareWithin(table, [], spare, 2.5 * BG_BYTES).map((f) => f.id)).toEqual(['corridor', 'ward']);
    expect(spareWithin(table, [], spare, 0)).toEqual([]);
  });

  it('never counts or lists twice what is wanted anyway, nor a file two spare stages share', () => {
    const spare = ['forest', 'corridor', 'corridor', 'ward'].map(bg);
    expect(spareWithin(table, [bg('forest')], spare, 2 * BG_BYTES).map((f) => f.id)).toEqual(['corridor', 'ward']);
  });
});
