/** Bytes on the wire: the first screen's JavaScript and the whole game, brotli where a server would compress. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const COMPRESSIBLE = new Set(['.js', '.css', '.html', '.svg', '.json', '.txt']);

export const brotli = (bytes: Buffer): number =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

const kib = (n: number): number => n / 1024;

/** Brotli KiB of the scripts index.html loads before anything else (entry and module preloads). */
export function firstScreenJsKiB(dist: string): number {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const urls = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"|<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)].map((m) => m[1] ?? m[2]!);
  return kib(urls.reduce((sum, url) => sum + brotli(readFileSync(join(dist, url.replace(/^\//, '')))), 0));
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

/**
 * The whole game as Chromium fetches it: text compressed, media as is, and of each sound only
 * the Ogg (the MP3 twin is Safari's fallback and never fetched alongside it).
 */
export function wireSizes(dist: string) {
  const rows = files(dist)
    .filter((p) => extname(p) !== '.mp3')
    .map((p) => {
      const bytes = readFileSync(p);
      return { file: relative(dist, p), wire: COMPRESSIBLE.has(extname(p)) ? brotli(bytes) : bytes.length };
    });
  const byKind = (re: RegExp) => kib(rows.filter((r) => re.test(r.file)).reduce((s, r) => s + r.wire, 0));
  const mp3 = kib(files(dist).filter((p) => extname(p) === '.mp3').reduce((s, p) => s + statSync(p).size, 0));
  return {
    wireKiB: byKind(/./),
    jsKiB: byKind(/\.js$/),
    svgKiB: byKind(/\.svg$/),
    audioOggKiB: byKind(/\.(ogg|opus)$/),
    fontsKiB: byKind(/\.woff2?$/),
    mp3FallbackKiB: mp3,
  };
}
