import type { Page } from 'playwright-core';

export interface RegionStats {
  /** Mean luminance 0..255. */
  mean: number;
  /** Standard deviation of luminance. */
  spread: number;
  /** Distinct colours (quantised to 4 bits a channel). */
  colours: number;
  /** Share of pixels close to `match`, when given. */
  matchShare: number;
}

/**
 * Takes a real screenshot and measures a region of it inside the page (the browser decodes the
 * PNG), so tests assert pixels, not that a canvas exists.
 */
export async function screenshotStats(
  page: Page,
  region: { x: number; y: number; width: number; height: number },
  match?: [number, number, number],
  path?: string,
): Promise<RegionStats> {
  const png = await page.screenshot(path ? { path } : {});
  return page.evaluate(
    async ({ b64, r, m }) => {
      const blob = await (await fetch(`data:image/png;base64,${b64}`)).blob();
      const bitmap = await createImageBitmap(blob);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const data = ctx.getImageData(Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)).data;
      let sum = 0, sq = 0, near = 0;
      const colours = new Set<number>();
      const n = data.length / 4;
      for (let i = 0; i < data.length; i += 4) {
        const [red, green, blue] = [data[i]!, data[i + 1]!, data[i + 2]!];
        const l = 0.2126 * red + 0.7152 * green + 0.0722 * blue;
        sum += l;
        sq += l * l;
        colours.add(((red >> 4) << 8) | ((green >> 4) << 4) | (blue >> 4));
        if (m && Math.abs(red - m[0]) < 40 && Math.abs(green - m[1]) < 40 && Math.abs(blue - m[2]) < 40) near++;
      }
      const mean = sum / n;
      return { mean, spread: Math.sqrt(Math.max(0, sq / n - mean * mean)), colours: colours.size, matchShare: near / n };
    },
    { b64: png.toString('base64'), r: region, m: match ?? null },
  );
}

/**
 * How far a save's thumbnail (a data URL) is from a screenshot of the same moment, as the mean
 * difference per channel (0..255), both at the thumbnail's size; and the same for the thumbnail
 * upside down, which a picture read back in the wrong row order would match instead.
 */
export async function thumbnailLikeness(thumbnail: string, screenshot: Buffer): Promise<{ same: number; flipped: number }> {
  const { default: sharp } = await import('sharp');
  const thumb = await sharp(Buffer.from(thumbnail.split(',')[1]!, 'base64')).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const { width, height } = thumb.info;
  const shot = await sharp(screenshot).resize(width, height, { fit: 'fill' }).removeAlpha().raw().toBuffer();
  const flipped = await sharp(thumb.data, { raw: { width, height, channels: 3 } }).flip().raw().toBuffer();
  const distance = (a: Buffer) => a.reduce((sum, v, i) => sum + Math.abs(v - shot[i]!), 0) / a.length;
  return { same: distance(thumb.data), flipped: distance(flipped) };
}
