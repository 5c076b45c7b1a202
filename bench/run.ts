/**
 * `npm run bench`: builds the game, a floor page (pixi + howler + xstate drawing one sprite) and a
 * blank page in this run, serves them, measures in Chromium, and prints each figure beside its
 * budget from docs/budgets.md. Timings are compared as ratios measured in the same run.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, preview } from 'vite';

// Vite notes that a future config loader will want file extensions on imports; not a problem for this build.
process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
import { compileScript } from '../src/compiler';
import { readAssetIndex, readScriptFiles } from '../src/build/scriptFiles';
import { BUDGETS, budgetText, verdict } from './budgets';
import { idleCost, inputToLine, launch, median, p95, sceneChangeLongestTask, timeToFirstLine, timeToMark } from './browser';
import { measureCompile } from './compile';
import { skipAndJump, tenPlaythroughs } from './playthrough';
import { firstScreenJsKiB, wireSizes } from './sizes';

const root = resolve(import.meta.dirname, '..');
const dist = (name: string) => resolve(root, 'bench/dist', name);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);

async function buildAll() {
  await build({ root, logLevel: 'warn', build: { outDir: dist('game'), emptyOutDir: true } });
  await build({ root: resolve(root, 'bench/floor'), configFile: false, logLevel: 'warn', build: { outDir: dist('floor'), emptyOutDir: true, target: 'es2022' } });
  mkdirSync(dist('blank'), { recursive: true });
  cpSync(resolve(root, 'bench/blank/index.html'), resolve(dist('blank'), 'index.html'));
}

async function serve(name: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = await preview({ root, configFile: false, logLevel: 'warn', build: { outDir: dist(name) }, preview: { port: 0, host: '127.0.0.1' } });
  return { url: server.resolvedUrls!.local[0]!, close: () => server.close() };
}

async function main() {
  console.log('bench: building the game, the floor page and the blank page...');
  await buildAll();
  const figures: Record<string, number> = {};
  Object.assign(figures, measureCompile(root));
  figures.firstScreenJsKiB = firstScreenJsKiB(dist('game'));
  figures.floorJsKiB = firstScreenJsKiB(dist('floor'));
  const sizes = wireSizes(dist('game'));
  Object.assign(figures, sizes);

  const story = compileScript(readScriptFiles(resolve(root, 'script')), { assets: readAssetIndex(resolve(root, 'assets')) }).story!;
  const servers = await Promise.all(['game', 'floor', 'blank'].map(serve));
  const [game, floor, blank] = servers.map((s) => s.url) as [string, string, string];
  const browser = await launch();
  try {
    console.log(`bench: measuring first loads (${RUNS} runs each, interleaved)...`);
    const title: number[] = [], floorReady: number[] = [], blankReady: number[] = [], firstLine: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      title.push(await timeToMark(browser, game, 'awry:title-interactive'));
      floorReady.push(await timeToMark(browser, floor, 'floor:ready'));
      blankReady.push(await timeToMark(browser, blank, 'blank:ready'));
      firstLine.push(await timeToFirstLine(browser, game));
    }
    figures.titleMs = median(title);
    figures.floorMs = median(floorReady);
    figures.blankMs = median(blankReady);
    figures.firstLineMs = median(firstLine);
    figures.titleVsFloor = figures.titleMs / figures.floorMs;
    figures.titleVsBlank = figures.titleMs / figures.blankMs;
    figures.firstLineVsFloor = figures.firstLineMs / figures.floorMs;

    console.log('bench: idle cost, input latency, scene changes...');
    const quiet = story.beats.find((b) => b.scene !== story.beats[0]!.scene && b.speaker && !b.stage.effects.length) ?? story.beats[0]!;
    Object.assign(figures, await idleCost(browser, game, quiet.id));
    const latency = await inputToLine(browser, game, quiet.id, 40);
    figures.inputToLineMs = p95(latency);
    figures.inputToLineMedianMs = median(latency);
    const lastBeats = story.scenes.slice(0, -1).map((s) => story.beats[s.firstBeat + s.beatCount - 1]!.id);
    const longest: number[] = [];
    for (const id of lastBeats) longest.push(await sceneChangeLongestTask(browser, game, id));
    figures.sceneChangeLongTaskMs = Math.max(...longest);

    console.log('bench: skipping, jumps, ten playthroughs...');
    Object.assign(figures, await skipAndJump(browser, game));
    Object.assign(figures, await tenPlaythroughs(browser, game));
  } finally {
    await browser.close();
    await Promise.all(servers.map((s) => s.close()));
  }
  report(figures);
}

function report(figures: Record<string, number>) {
  const rows = BUDGETS.map((b) => {
    const v = figures[b.key] ?? null;
    return { figure: b.label, value: v === null ? '-' : `${v.toFixed(v < 10 ? 2 : 1)} ${b.unit}`, budget: budgetText(b), verdict: verdict(b, v) };
  });
  const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => Object.values(r)[i]!.length), ['figure', 'value', 'budget'][i]!.length));
  const line = (cells: string[]) => cells.map((c, i) => (i < 3 ? c.padEnd(w[i]!) : c)).join(' | ');
  console.log('\n' + line(['figure', 'value', 'budget', 'verdict']));
  console.log(w.map((n) => '-'.repeat(n)).join('-|-') + '-|--------');
  for (const r of rows) console.log(line(Object.values(r)));
  const out = resolve(root, 'bench/results.json');
  writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), runs: RUNS, figures, budgets: rows }, null, 2) + '\n');
  console.log(`\nwrote ${out}`);
}

await main();
