/**
 * Opening the game in Chromium for a measurement: a fresh context (cold cache, empty storage), the
 * probe installed before the game's scripts, the reader's settings built from the game's defaults,
 * and waits on the states the stage reports (never fixed delays).
 */
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { SETTINGS_KEY, defaultSettings } from '../src/saves/settings';
import type { Settings } from '../src/saves/settings';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/chromium';
import { NAME_HELPER, PATIENCE_MS, installProbe } from './probe';
import type { BenchWindow, FrameSpec } from './probe';

export type StageMode = 'worker' | 'page';

export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
export const p95 = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))]!;

export const launch = (): Promise<Browser> => chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });

/** An init script that stores the default settings with `overrides` (textSpeed 0 = instant text). */
export function settingsScript(overrides: Partial<Settings>): string {
  const record = JSON.stringify({ ...defaultSettings(false), ...overrides });
  return `localStorage.setItem(${JSON.stringify(SETTINGS_KEY)}, ${JSON.stringify(record)});`;
}

/** The game's URL in `mode`: `?stage=page` forces the in-page stage. */
export const gameUrl = (url: string, mode: StageMode = 'worker'): string => (mode === 'page' ? `${url}?stage=page` : url);

export interface OpenOptions {
  mode?: StageMode;
  settings?: Partial<Settings>;
}

/** A fresh context and page on `url`, the probe in place; navigation has started when this returns. */
export async function openPage(browser: Browser, url: string, options: OpenOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 });
  await context.addInitScript(NAME_HELPER);
  await context.addInitScript(installProbe);
  if (options.settings) await context.addInitScript(settingsScript(options.settings));
  const page = await context.newPage();
  await page.goto(gameUrl(url, options.mode));
  return page;
}

/** Page time of performance mark `mark`, waiting for it. */
export async function markTime(page: Page, mark: string, timeoutMs = PATIENCE_MS): Promise<number> {
  return page.evaluate(([m, t]) => (window as unknown as BenchWindow).__bench.until({ mark: m }, t), [mark, timeoutMs] as const);
}

/**
 * Presses New Game (a real click, at the button's centre) the moment the title answers; resolves when
 * the first line is drawn. Not through a locator: that would install Playwright's selector engine in
 * the page, a main-thread task of 40-60 ms of the bench's own inside the window it measures.
 */
export async function newGame(page: Page): Promise<number> {
  await markTime(page, 'awry:title-interactive');
  const centre = await page.evaluate(() => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'New Game');
    const r = button?.getBoundingClientRect();
    return r && r.width > 0 ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null;
  });
  if (!centre) throw new Error('the title shows no New Game button');
  await page.mouse.click(centre.x, centre.y);
  return markTime(page, 'awry:first-line-drawn');
}

/** Waits for a drawn frame matching `spec`; its page time. */
export const frame = (page: Page, spec: FrameSpec, timeoutMs = PATIENCE_MS): Promise<number> =>
  page.evaluate(([s, t]) => (window as unknown as BenchWindow).__bench.frame(s, t), [spec, timeoutMs] as const);

/** The beat on screen per the session. */
export const beatNow = (page: Page) => page.evaluate(() => (window as unknown as BenchWindow).__awry!.session.view().beat);

/** Jumps to `id` (a beat id) and waits until its art and words are drawn in full, nothing moving. */
export async function jumpAndSettle(page: Page, id: string): Promise<void> {
  await page.evaluate((target) => (window as unknown as BenchWindow).__awry!.session.jump(target), id);
  await settleLine(page, id);
}

/**
 * Waits until the session, too, holds the line typed out: on a loaded machine its typewriter timer can
 * fire after the stage has drawn the last letter, and a press before that shows the line in full
 * instead of moving on.
 */
export const typedOut = (page: Page): Promise<unknown> =>
  page.evaluate((t) => (window as unknown as BenchWindow).__bench.until({ typedOut: true }, t), PATIENCE_MS);

/** Waits until `id` is drawn in full and settled (typed out at the reader's text speed) and a press moves on. */
export async function settleLine(page: Page, id: string): Promise<void> {
  await frame(page, { id, full: true });
  await typedOut(page);
}

/** A fresh page, reading started, resting on beat `id` drawn in full. */
export async function openAt(browser: Browser, url: string, id: string, options: OpenOptions = {}): Promise<Page> {
  const page = await openPage(browser, url, options);
  await newGame(page);
  await jumpAndSettle(page, id);
  return page;
}

/** Navigation start to performance mark `mark`, in a fresh context (cold cache). */
export async function timeToMark(browser: Browser, url: string, mark: string): Promise<number> {
  const page = await openPage(browser, url);
  const t = await markTime(page, mark);
  await page.context().close();
  return t;
}

/** Navigation start to the first line drawn (art and words, as the stage reports), New Game pressed as the title answers. */
export async function timeToFirstLine(browser: Browser, url: string, mode: StageMode): Promise<number> {
  const page = await openPage(browser, url, { mode });
  const t = await newGame(page);
  const actual = await page.evaluate(() => (window as unknown as BenchWindow).__awry!.stage.mode);
  await page.context().close();
  if (actual !== mode) throw new Error(`asked for the ${mode} stage, the game drew in ${actual} mode`);
  return t;
}

/**
 * Idle on a drawn line: over 180 animation frames of the page, the fps it delivers and the frames the
 * stage drew meanwhile; the game's main-thread busy share (CDP Performance TaskDuration) over a quiet
 * window as long, with none of the bench's code running in the page. The share over the 180 frames,
 * whose callbacks and frame updates are the bench's own work, is reported beside it.
 */
export async function idleCost(browser: Browser, url: string, beat: string) {
  const page = await openAt(browser, url, beat);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const busy = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')!.value;
  const stageFrames = () => page.evaluate(() => (window as unknown as BenchWindow).__awry!.stage.lastFrame?.frames ?? 0);
  const [b0, f0] = [await busy(), await stageFrames()];
  const elapsed = await page.evaluate(
    () =>
      new Promise<number>((done) => {
        let n = 0;
        const start = performance.now();
        const tick = (now: number) => (++n < 180 ? requestAnimationFrame(tick) : done(now - start));
        requestAnimationFrame(tick);
      }),
  );
  const [b1, f1] = [await busy(), await stageFrames()];
  const q0 = await busy();
  const started = Date.now();
  await new Promise((resolve) => setTimeout(resolve, elapsed));
  const [q1, quietMs] = [await busy(), Date.now() - started];
  await page.context().close();
  return {
    idleFps: (180 * 1000) / elapsed,
    idleBusyPct: ((q1 - q0) / (quietMs / 1000)) * 100,
    idleBusyWithFramesPct: ((b1 - b0) / (elapsed / 1000)) * 100,
    idleStageFrames: f1 - f0,
    idleWindowMs: elapsed,
  };
}
