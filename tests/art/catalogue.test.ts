import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RASTER_SIZES, SCALES } from '../../src/art/rasterSizes';
import { artTable, catalogue, raster } from '../../src/catalogue';
import { MANIFEST_PATH, type Manifest } from '../../tools/art/rasterize';

const manifest = JSON.parse(readFileSync(MANIFEST_PATH, 'utf8')) as Manifest;

describe('catalogue rasters', () => {
  it('lists every raster in the manifest, by kind, id and scale', () => {
    const table = artTable();
    const entries = Object.entries(manifest.rasters);
    expect(entries.length).toBeGreaterThan(0);
    for (const [path, e] of entries) {
      const url = table[e.kind][e.id]?.[e.scale];
      expect(url, path).toMatch(new RegExp(`/assets/raster/${path}$`));
      expect(raster(e.kind, e.id, e.scale)).toBe(url);
    }
    expect((Object.keys(table.bg).length + Object.keys(table.portraits).length) * SCALES.length).toBe(entries.length);
  });

  it('keys portraits <character>-<expression>, as the SVG catalogue does', () => {
    const url = raster('portraits', 'sakura-worried', 2);
    expect(url).toMatch(/sakura-worried@2x\.webp$/);
    expect(catalogue.portrait('sakura', 'worried')).toMatch(/sakura-worried\.svg$/);
  });

  it('answers undefined for art that does not exist', () => {
    expect(raster('bg', 'no-such-place', 1)).toBeUndefined();
    expect(raster('portraits', 'constructor', 2)).toBeUndefined();
  });

  it('hands out plain data that survives a post to a worker, with the size table', () => {
    const table = artTable();
    expect(JSON.parse(JSON.stringify(table))).toEqual(table);
    expect(structuredClone(table)).toEqual(table);
    expect(table.sizes).toEqual(RASTER_SIZES);
    table.bg = {};
    expect(Object.keys(artTable().bg).length).toBeGreaterThan(0);
  });
});
