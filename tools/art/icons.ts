/**
 * The installed game's icons, cut from the title art (assets/title/title.svg): the moon over the
 * trees, square. `icon-*.png` crop close around it ("any" purpose); `maskable-512.png` crops wider,
 * so the moon sits inside the central 80 % circle a launcher may mask to. `apple-touch-icon.png` is
 * Safari's home-screen icon (it ignores the manifest's). The PNGs are committed under assets/icons/
 * and shipped by vite.config.ts; run this again after the title art changes.
 * Run: npx tsx tools/art/icons.ts
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sharp from 'sharp';

const ROOT = resolve(import.meta.dirname, '../..');
const SOURCE = join(ROOT, 'assets/title/title.svg');
const OUT = join(ROOT, 'assets/icons');

/** The title art's size and the moon's centre in it (title.svg's viewBox is 1920x1080). */
const ART = { width: 1920, height: 1080 };
const MOON = { x: 1190, y: 390 };

interface Icon {
  file: string;
  size: number;
  /** Side of the square cut from the art, in the art's pixels. */
  crop: number;
}

export const ICONS: readonly Icon[] = [
  { file: 'icon-192.png', size: 192, crop: 680 },
  { file: 'icon-512.png', size: 512, crop: 680 },
  { file: 'apple-touch-icon.png', size: 180, crop: 680 },
  { file: 'maskable-512.png', size: 512, crop: 820 },
];

/** A square of side `crop` around the moon, kept inside the art. */
function square(crop: number) {
  const left = Math.min(Math.max(0, Math.round(MOON.x - crop / 2)), ART.width - crop);
  const top = Math.min(Math.max(0, Math.round(MOON.y - crop / 2)), ART.height - crop);
  return { left, top, width: crop, height: crop };
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const svg = readFileSync(SOURCE);
  for (const icon of ICONS) {
    // Draw the art so the crop lands at the icon's size, then cut: outlines stay sharp.
    const factor = icon.size / icon.crop;
    const region = square(icon.crop);
    await sharp(svg, { density: 72 * factor })
      .resize(Math.round(ART.width * factor), Math.round(ART.height * factor))
      .extract({
        left: Math.round(region.left * factor),
        top: Math.round(region.top * factor),
        width: icon.size,
        height: icon.size,
      })
      .flatten({ background: '#0b0e18' })
      .png({ compressionLevel: 9, palette: false })
      .toFile(join(OUT, icon.file));
    console.log(`wrote assets/icons/${icon.file} (${icon.size}x${icon.size})`);
  }
}

await main();
