import { describe, expect, it } from 'vitest';
import { RASTER_SIZES } from '../../src/art/rasterSizes';
import { artKey, artScale, artUrl, stageFiles } from '../../src/stage/artFiles';
import { computeLayout } from '../../src/stage/layout';
import type { ArtTable } from '../../src/stage/protocol';

const table: ArtTable = {
  bg: {
    forest: { 0.75: '/forest@0.75x.webp', 1: '/forest@1x.webp', 2: '/forest@2x.webp' },
    'forest~blur': { 0.75: '/forest~blur@0.75x.webp', 1: '/forest~blur@1x.webp', 2: '/forest~blur@2x.webp' },
    ward: { 1: '/ward@1x.webp' },
    night: { 0.75: '/night@0.75x.webp', 2: '/night@2x.webp' },
  },
  portraits: { 'kakashi-wounded': { 0.75: '/k@0.75x.webp', 1: '/k@1x.webp', 2: '/k@2x.webp' } },
  sizes: RASTER_SIZES,
  trims: {},
};
const stage = (bg: string, effects: string[] = []) => ({ bg, cast: [{ id: 'kakashi', expression: 'wounded', at: 'center' }], effects, ambience: null }) as never;

describe('the files a stage is drawn from', () => {
  it('chooses the smallest scale that covers the screen: @0.75x at 1280x720, @1x at 1080p, @2x on a phone at DPR 3', () => {
    expect(artScale(table, 'bg', computeLayout(1280, 720), 1)).toBe(0.75);
    expect(artScale(table, 'portraits', computeLayout(1280, 720), 1)).toBe(0.75);
    expect(artScale(table, 'bg', computeLayout(1920, 1080), 1)).toBe(1);
    expect(artScale(table, 'portraits', computeLayout(1920, 1080), 1)).toBe(1);
    expect(artScale(table, 'bg', computeLayout(390, 844), 3)).toBe(2);
    expect(artScale(table, 'bg', computeLayout(3840, 2160), 2)).toBe(2); // beyond every scale: the largest
  });

  it('lists the background and the cast, each with its blurred twin when the stage is blurred and the twin exists', () => {
    const layout = computeLayout(1280, 720);
    expect(stageFiles(table, stage('forest'), layout, 1).map((f) => f.key)).toEqual(['bg/forest@0.75', 'portraits/kakashi-wounded@0.75']);
    expect(stageFiles(table, stage('forest', ['blur']), layout, 1).map((f) => [f.key, f.url])).toEqual([
      ['bg/forest@0.75', '/forest@0.75x.webp'],
      ['bg/forest~blur@0.75', '/forest~blur@0.75x.webp'],
      ['portraits/kakashi-wounded@0.75', '/k@0.75x.webp'], // no twin was made: shown sharp
    ]);
  });

  it('stands in the nearest scale for a missing one, sharper first, and files a picture with no raster as missing', () => {
    expect(artKey(table, 'bg', 'ward', 2)).toBe('bg/ward@2');
    expect(stageFiles(table, stage('ward'), computeLayout(390, 844), 3)[0]).toMatchObject({ key: 'bg/ward@2', url: '/ward@1x.webp' });
    expect(artUrl(table, 'bg', 'ward', 0.75)).toBe('/ward@1x.webp');
    expect(artUrl(table, 'bg', 'night', 1)).toBe('/night@2x.webp');
    expect(artKey(table, 'bg', 'nowhere', 1)).toBe('bg/nowhere@missing');
  });
});
