/**
 * What one device downloads to play the whole chapter offline, from a production build: the
 * precache (read from the generated sw.js) plus the art at one scale and the sound in one format.
 * Text files count gzipped, as a host serves them; WebP, Ogg, MP3, woff2 and PNG are already packed.
 * Run: npm run build && npx tsx tools/pwa/size.ts [dist]
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = resolve(process.argv[2] ?? 'dist');
const PACKED = new Set(['.webp', '.ogg', '.mp3', '.woff2', '.png']);

/** Bytes on the wire for one file of the build. */
function wire(path: string): number {
  const bytes = readFileSync(join(dist, path));
  return PACKED.has(extname(path)) ? bytes.length : gzipSync(bytes, { level: 9 }).length;
}

const sum = (paths: readonly string[]) => paths.reduce((total, p) => total + wire(p), 0);
const raw = (paths: readonly string[]) => paths.reduce((total, p) => total + statSync(join(dist, p)).size, 0);
const kib = (n: number) => `${(n / 1024).toFixed(0).padStart(6)} KiB`;

const precache = [...new Set([...readFileSync(join(dist, 'sw.js'), 'utf8').matchAll(/url:"([^"]+)"/g)].map((m) => m[1]!))];
const swFiles = ['sw.js', ...readdirSync(dist).filter((f) => /^workbox-.*\.js$/.test(f))];
const assets = readdirSync(join(dist, 'assets')).map((f) => `assets/${f}`);
const media = {
  'art @0.75x': assets.filter((f) => /@0\.75x-[\w-]+\.webp$/.test(f)),
  'art @1x': assets.filter((f) => /@1x-[\w-]+\.webp$/.test(f)),
  'art @2x': assets.filter((f) => /@2x-[\w-]+\.webp$/.test(f)),
  'sound Ogg': assets.filter((f) => f.endsWith('.ogg')),
  'sound MP3': assets.filter((f) => f.endsWith('.mp3')),
};

console.log(`precache: ${precache.length} files, ${kib(raw(precache))} raw, ${kib(sum(precache))} on the wire`);
console.log(`service worker: ${kib(sum(swFiles))} on the wire`);
for (const [name, files] of Object.entries(media)) console.log(`${name.padEnd(10)} ${String(files.length).padStart(3)} files ${kib(sum(files))}`);
const base = sum(precache) + sum(swFiles);
for (const art of ['art @0.75x', 'art @1x', 'art @2x'] as const) {
  for (const sound of ['sound Ogg', 'sound MP3'] as const) {
    const total = base + sum(media[art]) + sum(media[sound]);
    console.log(`one device, ${art} + ${sound}: ${kib(total)} (${(total / 1e6).toFixed(2)} MB)${total > 3e6 ? '  OVER 3 MB' : ''}`);
  }
}
