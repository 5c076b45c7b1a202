import { describe, expect, it } from 'vitest';
import { RASTER_SIZES } from '../../src/art/rasterSizes';
import type { WholeArtTable } from '../../src/catalogue';
import { allMedia, artScales, deviceMedia, playableSource } from '../../src/pwa/deviceMedia';

const art: WholeArtTable = {
  bg: { ward: { 0.75: '/a/ward@0.75x.webp', 1: '/a/ward@1x.webp', 2: '/a/ward@2x.webp' } },
  portraits: { 'iruka-neutral': { 0.75: '/a/iruka@0.75x.webp', 1: '/a/iruka@1x.webp', 2: '/a/iruka@2x.webp' } },
  sizes: RASTER_SIZES,
  trims: {},
};
const sounds = [['/a/hum.ogg', '/a/hum.mp3'], ['/a/door.ogg', '/a/door.mp3']];

describe('deviceMedia', () => {
  it('chooses the scale the stage draws at for the screen', () => {
    expect(artScales({ width: 1280, height: 720, dpr: 1 }, RASTER_SIZES)).toEqual({ bg: 0.75, portraits: 0.75 });
    expect(artScales({ width: 1920, height: 1080, dpr: 1 }, RASTER_SIZES)).toEqual({ bg: 1, portraits: 1 });
    expect(artScales({ width: 2560, height: 1440, dpr: 1 }, RASTER_SIZES)).toEqual({ bg: 2, portraits: 2 });
    expect(artScales({ width: 1280, height: 720, dpr: 2 }, RASTER_SIZES)).toEqual({ bg: 2, portraits: 2 });
    // A phone held upright covers its tall screen with the background: @2x; sideways (a 693x390
    // scene, 1386 device pixels wide) @0.75x covers it.
    expect(artScales({ width: 390, height: 844, dpr: 2 }, RASTER_SIZES).bg).toBe(2);
    expect(artScales({ width: 844, height: 390, dpr: 2 }, RASTER_SIZES).bg).toBe(0.75);
    expect(artScales({ width: 844, height: 390, dpr: 1 }, RASTER_SIZES)).toEqual({ bg: 0.75, portraits: 0.75 });
  });

  it('takes the first format the browser plays, as howler does', () => {
    expect(playableSource(sounds[0]!, (ext) => ext === 'ogg' || ext === 'mp3')).toBe('/a/hum.ogg');
    expect(playableSource(sounds[0]!, (ext) => ext === 'mp3')).toBe('/a/hum.mp3');
    expect(playableSource(sounds[0]!, () => false)).toBeNull();
  });

  it('lists one scale and one format for a device, every file of the version for the cache to keep', () => {
    expect(deviceMedia(art, sounds, { width: 1280, height: 720, dpr: 1 }, (ext) => ext === 'mp3')).toEqual([
      '/a/ward@0.75x.webp', '/a/iruka@0.75x.webp', '/a/hum.mp3', '/a/door.mp3',
    ]);
    expect(allMedia(art, sounds)).toHaveLength(10);
  });
});
