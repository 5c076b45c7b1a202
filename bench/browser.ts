/** In-browser measurements: load times against the floor and blank pages, idle cost, input latency, scene changes. */
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/chromium';

interface AwryWindow {
  __awry: {
    session: { view(): { typing: boolean; beat: { id: string } | null }; jump(id: string): void };
    stage: { stats: { frames: number } };
  };
}

export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
export const p95 = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))]!;

export const launch = (): Promise<Browser> => chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });

async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  // tsx compiles the functions we pass to evaluate() with esbuild's name helper; give the page one.
  await context.addInitScript('globalThis.__name = (f) => f;');
  return context.newPage();
}

/** Navigation start to performance mark `mark`, in a fresh context (cold cache). */
export async function timeToMark(browser: Browser, url: string, mark: string): Promise<number> {
  const page = await freshPage(browser);
  await page.goto(url);
  const t = await page.waitForFunction((m) => performance.getEntriesByName(m)[0]?.startTime, mark, { timeout: 30_000 });
  const value = (await t.jsonValue()) as number;
  await page.context().close();
  return value;
}

/** Navigation start to the first line on screen, pressing New Game the moment the title answers. */
export async function timeToFirstLine(browser: Browser, url: string): Promise<number> {
  const page = await freshPage(browser);
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('awry:title-interactive').length > 0);
  await page.getByRole('button', { name: 'New Game' }).click();
  const t = await page.waitForFunction(() => performance.getEntriesByName('awry:first-line')[0]?.startTime, undefined, { timeout: 30_000 });
  const value = (await t.jsonValue()) as number;
  await page.context().close();
  return value;
}

/** Opens the game at `beat` (a beat or scene id) with the line fully shown and transitions settled. */
async function openAt(browser: Browser, url: string, beat: string): Promise<Page> {
  const page = await freshPage(browser);
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url);
  await page.getByRole('button', { name: 'New Game' }).click();
  await page.waitForFunction(() => performance.getEntriesByName('awry:first-line').length > 0);
  await page.evaluate((id) => (window as unknown as AwryWindow).__awry.session.jump(id), beat);
  await page.waitForTimeout(2500);
  return page;
}

/** Idle on a line: fps the page can deliver, main-thread busy share, frames the stage drew. */
export async function idleCost(browser: Browser, url: string, beat: string) {
  const page = await openAt(browser, url, beat);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const busy = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')!.value;
  const frames = () => page.evaluate(() => (window as unknown as AwryWindow).__awry.stage.stats.frames);
  const [b0, f0, t0] = [await busy(), await frames(), Date.now()];
  await page.waitForTimeout(3000);
  const [b1, f1, t1] = [await busy(), await frames(), Date.now()];
  const fps = await page.evaluate(
    () =>
      new Promise<number>((done) => {
        let n = 0;
        const start = performance.now();
        const tick = (now: number) => (now - start < 2000 ? (n++, requestAnimationFrame(tick)) : done((n * 1000) / (now - start)));
        requestAnimationFrame(tick);
      }),
  );
  await page.context().close();
  return { idleFps: fps, idleBusyPct: ((b1 - b0) / ((t1 - t0) / 1000)) * 100, idleStageFrames: f1 - f0 };
}

/** Script-side time of the key press that moves to the next line (typing already complete). */
export async function inputToLine(browser: Browser, url: string, beat: string, lines: number): Promise<number[]> {
  const page = await openAt(browser, url, beat);
  const samples = await page.evaluate(async (count) => {
    const { session } = (window as unknown as AwryWindow).__awry;
    const press = () => window.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', code: 'Space', bubbles: true }));
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    const out: number[] = [];
    for (let i = 0; i < count && session.view().beat; i++) {
      if (session.view().typing) press();
      await frame();
      const t0 = performance.now();
      press();
      out.push(performance.now() - t0);
      await frame();
      await new Promise((r) => setTimeout(r, 30));
    }
    return out;
  }, lines);
  await page.context().close();
  return samples;
}

/** The longest task (>= 50 ms, as Chromium reports them) around moving from `lastBeat` into the next scene. */
export async function sceneChangeLongestTask(browser: Browser, url: string, lastBeat: string): Promise<number> {
  const page = await openAt(browser, url, lastBeat);
  const longest = await page.evaluate(async () => {
    const w = window as unknown as AwryWindow & { longTasks: number[] };
    const press = () => window.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', code: 'Space', bubbles: true }));
    if (w.__awry.session.view().typing) press();
    const before = w.longTasks.length;
    press();
    await new Promise((r) => setTimeout(r, 3000));
    return Math.max(0, ...w.longTasks.slice(before));
  });
  await page.context().close();
  return longest;
}
