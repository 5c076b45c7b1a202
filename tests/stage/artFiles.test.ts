import { describe, expect, it } from 'vitest';
import { artKey, artScale, stageFiles } from '../../src/stage/artFiles';
import { computeLayout } from '../../src/stage/layout';
import type { ArtTable } from '../../src/stage/protocol';

const table: ArtTable = {
  bg: { forest: { 1: '/forest@1x.webp', 2: '/forest@2x.webp' }, 'forest~blur': { 1: '/forest~blur@1x.webp', 2: '/forest~blur@2x.webp' }, ward: { 1: '/ward@1x.webp' } },
  portraits: { 'kakashi-wounded': { 1: '/k@1x.webp', 2: '/k@2x.webp' } },
  sizes: { bg: { 1: { width: 1920, height: 1080 }, 2: { width: 2880, height: 1620 } }, portraits: { 1: { width: 600, height: 900 }, 2: { width: 900, height: 1350 } } },
};
const stage = (bg: string, effects: string[] = []) => ({ bg, cast: [{ id: 'kakashi', expression: 'wounded', at: 'center' }], effects, ambience: null }) as never;

describe('the files a stage is drawn from', () => {
  it('chooses the scale from the screen: @1x on a 1280x720 laptop, @2x on a phone at DPR 3', () => {
    expect(artScale(table, 'bg', computeLayout(1280, 720), 1)).toBe(1);
    expect(artScale(table, 'bg', computeLayout(390, 844), 3)).toBe(2);
    expect(artScale(table, 'portraits', computeLayout(1280, 720), 1)).toBe(1);
  });

  it('lists the background and the cast, each with its blurred twin when the stage is blurred and the twin exists', () => {
    const layout = computeLayout(1280, 720);
    expect(stageFiles(table, stage('forest'), layout, 1).map((f) => f.key)).toEqual(['bg/forest@1', 'portraits/kakashi-wounded@1']);
    expect(stageFiles(table, stage('forest', ['blur']), layout, 1).map((f) => [f.key, f.url])).toEqual([
      ['bg/forest@1', '/forest@1x.webp'],
      ['bg/forest~blur@1', '/forest~blur@1x.webp'],
      ['portraits/kakashi-wounded@1', '/k@1x.webp'], // no twin was made: shown sharp
    ]);
  });

  it('falls back to the other scale, and files a picture with no raster as missing', () => {
    expect(artKey(table, 'bg', 'ward', 2)).toBe('bg/ward@2');
    expect(stageFiles(table, stage('ward'), computeLayout(390, 844), 3)[0]).toMatchObject({ key: 'bg/ward@2', url: '/ward@1x.webp' });
    expect(artKey(table, 'bg', 'nowhere', 1)).toBe('bg/nowhere@missing');
  });
});
