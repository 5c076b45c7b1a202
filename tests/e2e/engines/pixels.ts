/**
 * Measures a region of a PNG screenshot in Node (sharp decodes it), so the checks read real pixels
 * the same way in every engine and need no page code.
 */
import sharp from 'sharp';

export interface Region { x: number; y: number; width: number; height: number }

export interface RegionStats {
  /** Mean luminance 0..255. */
  mean: number;
  /** Standard deviation of luminance. */
  spread: number;
  /** Distinct colours, quantised to 4 bits a channel. */
  colours: number;
}

export async function regionStats(png: Buffer, region: Region): Promise<RegionStats & { size: { width: number; height: number } }> {
  return (await regionsStats(png, [region]))[0]!;
}

/** `regionStats` for several regions of one screenshot, decoded once. */
export async function regionsStats(png: Buffer, regions: readonly Region[]): Promise<Array<RegionStats & { size: { width: number; height: number } }>> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return regions.map((region) => statsOf(data, info, region));
}

function statsOf(data: Buffer, info: { width: number; height: number; channels: number }, region: Region): RegionStats & { size: { width: number; height: number } } {
  const x0 = Math.max(0, Math.round(region.x));
  const y0 = Math.max(0, Math.round(region.y));
  const x1 = Math.min(info.width, Math.round(region.x + region.width));
  const y1 = Math.min(info.height, Math.round(region.y + region.height));
  let sum = 0;
  let sq = 0;
  let n = 0;
  const colours = new Set<number>();
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * info.width + x) * info.channels;
      const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
      const l = 0.2126 * r + 0.7152 * g + 0.0722 * b;
      sum += l;
      sq += l * l;
      n++;
      colours.add(((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4));
    }
  }
  if (n === 0) throw new Error(`region ${JSON.stringify(region)} lies outside the ${info.width}x${info.height} screenshot`);
  const mean = sum / n;
  return { mean, spread: Math.sqrt(Math.max(0, sq / n - mean * mean)), colours: colours.size, size: { width: info.width, height: info.height } };
}

/** Mean absolute difference of luminance (0..255) between two same-sized screenshots over `region`. */
export async function regionDifference(a: Buffer, b: Buffer, region: Region): Promise<number> {
  const [x, y] = await Promise.all([a, b].map((png) => sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true })));
  if (x!.info.width !== y!.info.width || x!.info.height !== y!.info.height) throw new Error('the screenshots differ in size');
  const { width, channels } = x!.info;
  const luminance = (data: Buffer, i: number) => 0.2126 * data[i]! + 0.7152 * data[i + 1]! + 0.0722 * data[i + 2]!;
  let sum = 0;
  let n = 0;
  for (let row = Math.round(region.y); row < Math.round(region.y + region.height); row++) {
    for (let col = Math.round(region.x); col < Math.round(region.x + region.width); col++) {
      const i = (row * width + col) * channels;
      sum += Math.abs(luminance(x!.data, i) - luminance(y!.data, i));
      n++;
    }
  }
  return sum / n;
}
