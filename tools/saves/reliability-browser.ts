/**
 * `npm run reliability:browser`: the saves' reliability figures in Chromium. Builds the game's test
 * build and the trials as a page script beside it, serves both with vite preview, and drives Debian's
 * Chromium (the flags the browser tests use):
 * - the hostile corpus, the storage faults and the store round trips of tools/saves/trials.ts, run in
 *   a page against Chromium's own IndexedDB;
 * - pixel round trips in the game (tools/saves/browser/pixelTrips.ts): at a beat, a screenshot and the
 *   stage; quick save; reload; load; the same screenshot and stage again, compared.
 * Prints the figures; exits 1 when any trial misbehaves or the page reports an error.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { build, preview } from 'vite';
import type { Story } from '../../src/compiler/story';
import { CHROMIUM_ARGS, chromiumPath } from '../../tests/e2e/chromium';
import { PIXEL_TOLERANCE, pixelTrip, sampleBeats, type PixelTrip } from './browser/pixelTrips';
import { compileChapter } from './manifest';
import { describeFigures, type Figures } from './trials';

process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
/** A picture after loading may differ from the one before saving in at most this share of pixels. */
const MAX_DIFFERING = 0.001;

/** The page's errors, uncaught exceptions and unhandled rejections, collected as problems. */
async function watched(browser: Browser, errors: string[], options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1, ...options });
  const page = await context.newPage();
  page.on('console', (m) => void (m.type() === 'error' && errors.push(`console: ${m.text()}`)));
  page.on('pageerror', (e) => errors.push(`page: ${String(e)}`));
  await page.exposeFunction('__rejected', (reason: string) => errors.push(`unhandled rejection: ${reason}`));
  await page.addInitScript(() => window.addEventListener('unhandledrejection', (e) => (window as unknown as { __rejected(r: string): void }).__rejected(String(e.reason))));
  return page;
}

/** The game's test build, with the trials' page at `__reliability/` beside it. */
async function buildSite(root: string): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'awry-reliability-'));
  await build({ mode: 'test', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const probeDir = join(outDir, '__reliability');
  await build({
    configFile: false, root, logLevel: 'warn', publicDir: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    build: { outDir: probeDir, emptyOutDir: false, minify: false, lib: { entry: resolve(root, 'tools/saves/browser/probe.ts'), formats: ['es'], fileName: () => 'probe.js' } },
  });
  writeFileSync(join(probeDir, 'index.html'), '<!doctype html><meta charset="utf-8"><title>reliability</title><link rel="icon" href="data:,"><script type="module" src="./probe.js"></script>\n');
  return outDir;
}

const root = process.cwd();
const story: Story | null = compileChapter(root);
if (!story) process.exit(1);
const started = Date.now();
const outDir = await buildSite(root);
const server = await preview({ logLevel: 'warn', build: { outDir }, preview: { port: 0, strictPort: false } });
const base = server.resolvedUrls?.local[0];
if (!base) throw new Error('the preview server did not report a URL');
const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
const version = browser.version();
const errors: string[] = [];
let figures: Figures;
const trips: PixelTrip[] = [];
try {
  const probe = await watched(browser, errors);
  await probe.goto(`${base}__reliability/index.html`);
  await probe.waitForFunction(() => 'reliability' in window);
  figures = await probe.evaluate((s) => (window as unknown as { reliability(s: Story): Promise<Figures> }).reliability(s), story);
  await probe.context().close();
  // Reduced motion holds a swaying scene level, so two screenshots of one beat can be the same picture;
  // the screenshots hide the notices through a style, which the game's CSP would refuse.
  const game = await watched(browser, errors, { reducedMotion: 'reduce', bypassCSP: true });
  for (const beat of sampleBeats(story)) {
    try {
      trips.push(await pixelTrip(game, base, beat));
    } catch (error) {
      errors.push(`pixel round trip ${beat.id}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  await game.context().close();
} finally {
  await browser.close();
  await server.close();
  rmSync(outDir, { recursive: true, force: true });
}

const problems = [...figures.problems, ...errors];
for (const t of trips) {
  if (!t.sameLine) problems.push(`pixel round trip ${t.beat}: another line on stage after loading`);
  if (t.differing > MAX_DIFFERING) problems.push(`pixel round trip ${t.beat}: ${(t.differing * 100).toFixed(2)} % of pixels differ`);
}
const sampled = sampleBeats(story).length;
const worst = trips.reduce((w, t) => Math.max(w, t.differing), 0);
console.log(`saves reliability on "${story.title}" (${story.scenes.length} scenes, ${story.beats.length} beats), Chromium ${version}'s IndexedDB`);
for (const line of describeFigures(figures)) console.log(line);
console.log(`pixel round trips (beat -> screenshot -> quick save -> reload -> load -> screenshot): ${trips.filter((t) => t.sameLine).length}/${sampled} same line drawn; ` +
  `${trips.filter((t) => t.differing <= MAX_DIFFERING).length}/${sampled} same picture (worst ${(worst * 100).toFixed(3)} % of pixels off by more than ${PIXEL_TOLERANCE}/255, allowed ${MAX_DIFFERING * 100} %)`);
for (const t of trips) console.log(`  ${t.sameLine && t.differing <= MAX_DIFFERING ? 'ok  ' : 'FAIL'} ${t.beat}: ${(t.differing * 100).toFixed(3)} % differ, largest channel difference ${t.maxDelta}`);
console.log(`took ${Math.round((Date.now() - started) / 1000)} s`);
if (problems.length > 0) {
  console.error(`\n${problems.length} trial(s) misbehaved:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
console.log('all trials behaved');
