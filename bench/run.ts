/**
 * `npm run bench`: builds the game (the test build, the only one with `window.__awry`, for the
 * measurements; the production build for sizes and Lighthouse), a floor page (pixi + howler + xstate
 * drawing one sprite) and a blank page in this run, serves them, measures in Chromium, and prints each
 * figure beside its budget from docs/budgets.md. Timings are compared as ratios within the run.
 *
 * BENCH_RUNS (default 7) sets the first-load runs and scales the other sample counts down when small;
 * BENCH_ONLY=step,step runs only those steps (see STEPS below) and writes bench/dist/results.partial.json;
 * BENCH_REUSE=1 measures the pages built by the previous run instead of building them again;
 * BENCH_MERGE=1 with BENCH_ONLY puts a step measured again into bench/results.json, noting its own stamp.
 */
import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, preview } from 'vite';

// Vite notes that a future config loader will want file extensions on imports; not a problem for this build.
process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
import { compileScript } from '../src/compiler';
import type { Story } from '../src/compiler/story';
import { readAssetIndex, readScriptFiles } from '../src/build/scriptFiles';
import { idleCost, launch, median, timeToFirstLine, timeToMark } from './browser';
import type { StageMode } from './browser';
import { measureCompile } from './compile';
import { lighthouseTitle } from './lighthouse';
import { readThroughs } from './memory';
import { inputToLine, pacedRead } from './reading';
import { report, stamp } from './report';
import type { Measured, Stamp } from './report';
import { earlyJumps, jumps, quickLoads, rollbacks, skipChapter, split } from './routes';
import { sceneChanges } from './sceneChange';
import { firstScreenJsKiB, wireSizes } from './sizes';

const root = resolve(import.meta.dirname, '..');
const dist = (name: string) => resolve(root, 'bench/dist', name);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const FEW = RUNS < 3;
const ONLY = process.env.BENCH_ONLY?.split(',').filter(Boolean) ?? null;

async function buildAll() {
  if (process.env.BENCH_REUSE && ['game', 'ship', 'floor', 'blank'].every((n) => existsSync(dist(n)))) return;
  await build({ root, mode: 'test', logLevel: 'warn', build: { outDir: dist('game'), emptyOutDir: true } });
  await build({ root, mode: 'production', logLevel: 'warn', build: { outDir: dist('ship'), emptyOutDir: true } });
  await build({ root: resolve(root, 'bench/floor'), configFile: false, logLevel: 'warn', build: { outDir: dist('floor'), emptyOutDir: true, target: 'es2022' } });
  mkdirSync(dist('blank'), { recursive: true });
  cpSync(resolve(root, 'bench/blank/index.html'), resolve(dist('blank'), 'index.html'));
}

async function serve(name: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = await preview({ root, configFile: false, logLevel: 'warn', build: { outDir: dist(name) }, preview: { port: 0, host: '127.0.0.1' } });
  return { url: server.resolvedUrls!.local[0]!, close: () => server.close() };
}

type Urls = { game: string; ship: string; floor: string; blank: string };
type Step = (m: Measured, urls: Urls, story: Story, browser: Awaited<ReturnType<typeof launch>>) => Promise<void>;

const STEPS: Record<string, Step> = {
  async loads({ figures: f }, urls, _story, browser) {
    const title: number[] = [], floor: number[] = [], blank: number[] = [], worker: number[] = [], page: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      title.push(await timeToMark(browser, urls.game, 'awry:title-interactive'));
      floor.push(await timeToMark(browser, urls.floor, 'floor:ready'));
      blank.push(await timeToMark(browser, urls.blank, 'blank:ready'));
      worker.push(await timeToFirstLine(browser, urls.game, 'worker'));
      page.push(await timeToFirstLine(browser, urls.game, 'page'));
    }
    Object.assign(f, { titleMs: median(title), floorMs: median(floor), blankMs: median(blank), firstLineMs: median(worker), firstLinePageMs: median(page) });
    Object.assign(f, { titleVsFloor: f.titleMs! / f.floorMs!, titleVsBlank: f.titleMs! / f.blankMs!, firstLineVsFloor: f.firstLineMs! / f.floorMs!, firstLinePageVsFloor: f.firstLinePageMs! / f.floorMs! });
  },
  async idle({ figures }, urls, story, browser) {
    const quiet = story.beats.find((b) => b.scene !== story.beats[0]!.scene && b.speaker && !b.stage.effects.length) ?? story.beats[0]!;
    Object.assign(figures, await idleCost(browser, urls.game, quiet.id));
  },
  async input({ figures: f }, urls, story, browser) {
    const quiet = story.beats.find((b) => b.scene !== story.beats[0]!.scene && b.speaker && !b.stage.effects.length) ?? story.beats[0]!;
    const lines = FEW ? 10 : 40;
    const w = await inputToLine(browser, urls.game, story, quiet.id, lines, 'worker');
    const p = await inputToLine(browser, urls.game, story, quiet.id, lines, 'page');
    Object.assign(f, { inputToMirrorP95Ms: w.mirrorP95, inputToMirrorMedianMs: w.mirrorMedian, inputToFrameP95Ms: w.frameP95, inputToFrameMedianMs: w.frameMedian, inputSamples: w.samples });
    Object.assign(f, { inputToMirrorPageP95Ms: p.mirrorP95, inputToFramePageP95Ms: p.frameP95 });
  },
  async scenes({ figures: f }, urls, story, browser) {
    const w = await sceneChanges(browser, urls.game, story, 'worker');
    const p = await sceneChanges(browser, urls.game, story, 'page');
    Object.assign(f, { sceneChangeMainMs: w.main, sceneChangeWorkerMs: w.worker, sceneChanges: w.changes, sceneChangePageMainMs: p.main });
  },
  async routes({ figures }, urls, story, browser) {
    const pages = FEW ? 1 : 4;
    const { samples, settledMs } = await jumps(browser, urls.game, story, pages);
    Object.assign(figures, split('jump', samples), { artSettledMs: median(settledMs) });
    const early = await earlyJumps(browser, urls.game, story, pages);
    Object.assign(figures, { jumpEarlyMaxMs: Math.max(...early), jumpEarlyMedianMs: median(early) });
    Object.assign(figures, split('quickLoad', await quickLoads(browser, urls.game, story, pages)));
    Object.assign(figures, split('rollback', await rollbacks(browser, urls.game, story)));
    figures.skipChapterMs = await skipChapter(browser, urls.game, story, FEW ? 1 : 3);
  },
  async read({ figures: f }, urls, story) {
    // Each read in a browser of its own: the first AudioContext of a browser waits on the main thread
    // while Chromium starts its audio service (236 ms in one run), and after the steps before it the
    // service was already running (a whole read with no long task at all). A reader's first visit is
    // the first kind.
    const fresh = async (mode: StageMode) => {
      const own = await launch();
      try {
        return await pacedRead(own, urls.game, story, mode);
      } finally {
        await own.close();
      }
    };
    const w = await fresh('worker');
    Object.assign(f, { readLongestTaskMs: w.longestTaskMs, readTbtMs: w.tbtMs, readLongTasks: w.longTasks, readLines: w.lines, readSeconds: w.readSeconds });
    const p = await fresh('page');
    Object.assign(f, { readPageLongestTaskMs: p.longestTaskMs, readPageTbtMs: p.tbtMs, readPageLongTasks: p.longTasks });
  },
  async memory({ figures }, urls, story) {
    Object.assign(figures, await readThroughs(urls.game, story, FEW ? 2 : 10));
  },
  async lighthouse({ figures: f, notes }, urls) {
    const lh = await lighthouseTitle(urls.ship, Math.min(RUNS, 3));
    Object.assign(f, { lhPerformance: lh.performance, lhTbtMs: lh.tbtMs, lhTtiMs: lh.ttiMs, lhAccessibility: lh.accessibility, lhBestPractices: lh.bestPractices, lhSeo: lh.seo });
    notes.lighthouseFailing = lh.failing.join(', ') || 'none';
  },
};

async function main() {
  // The tree as measured: taken before anything is written (the results file itself would count as a change).
  const measuredAt = stamp(root);
  console.log('bench: building the game (test and production builds), the floor page and the blank page...');
  await buildAll();
  const measured: Measured = { figures: {}, notes: {}, runs: RUNS };
  const { figures } = measured;
  Object.assign(figures, measureCompile(root));
  figures.firstScreenJsKiB = firstScreenJsKiB(dist('ship'));
  figures.floorJsKiB = firstScreenJsKiB(dist('floor'));
  Object.assign(figures, wireSizes(dist('ship')));

  const story = compileScript(readScriptFiles(resolve(root, 'script')), { assets: readAssetIndex(resolve(root, 'assets')) }).story!;
  const names = ['game', 'ship', 'floor', 'blank'] as const;
  const servers = await Promise.all(names.map(serve));
  const urls = Object.fromEntries(names.map((n, i) => [n, servers[i]!.url])) as Urls;
  const browser = await launch();
  let failed = 0;
  try {
    for (const [name, step] of Object.entries(STEPS)) {
      if (ONLY && !ONLY.includes(name)) continue;
      const t0 = Date.now();
      console.log(`bench: ${name}...`);
      try {
        await step(measured, urls, story, browser);
      } catch (error) {
        failed++;
        measured.notes[`${name}Error`] = error instanceof Error ? error.message : String(error);
        console.error(`bench: ${name} FAILED: ${measured.notes[`${name}Error`]}`);
      }
      console.log(`bench: ${name} took ${((Date.now() - t0) / 1000).toFixed(0)} s`);
      // Written after every step, so a run cut short still leaves what it measured.
      if (!ONLY) report(measuredAt, resolve(root, 'bench/results.json'), { ...measured, notes: { ...measured.notes, incomplete: `after step '${name}'` } });
    }
  } finally {
    await browser.close();
    await Promise.all(servers.map((s) => s.close()));
  }
  const results = resolve(root, 'bench/results.json');
  const merge = ONLY && process.env.BENCH_MERGE;
  let at = measuredAt;
  if (merge) {
    const base = JSON.parse(readFileSync(results, 'utf8')) as Measured & Stamp;
    const steps = Object.fromEntries(ONLY.map((name) => [`${name}MeasuredApart`, `${at.commit}${at.dirty ? ' (dirty)' : ''} ${at.date}${process.env.BENCH_REUSE ? ', same build' : ''}`]));
    const kept = Object.entries(base.notes ?? {}).filter(([k]) => k !== 'incomplete' && !ONLY.some((name) => k === `${name}Error`));
    measured.figures = { ...base.figures, ...measured.figures };
    measured.notes = { ...Object.fromEntries(kept), ...steps, ...measured.notes };
    measured.runs = base.runs;
    at = { date: base.date, commit: base.commit, dirty: base.dirty, dirtyFiles: base.dirtyFiles };
  }
  // A partial run (BENCH_ONLY) never overwrites the committed results unless asked to merge into them.
  const out = ONLY && !merge ? dist('results.partial.json') : results;
  for (const line of report(at, out, measured)) console.log(line);
  for (const [k, v] of Object.entries(measured.notes)) console.log(`${k}: ${v}`);
  console.log(`\nwrote ${out}`);
  if (failed) process.exitCode = 1;
}

await main();
