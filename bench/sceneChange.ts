/**
 * The longest main-thread task on a scene change, from a Chromium trace: Chromium's longtask observer
 * only reports tasks of 50 ms and over, and the aim here is 16 ms. Trace events are read from the
 * page's renderer: its main thread (CrRendererMain) and, for the record, the stage worker's thread.
 */
import type { Browser, CDPSession, Page } from 'playwright-core';
import type { Story } from '../src/compiler/story';
import { beatNow, openAt } from './browser';
import type { StageMode } from './browser';
import { PATIENCE_MS } from './probe';
import type { BenchWindow } from './probe';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: { frames?: { processId: number; parent?: string }[] } };
}

/** Names Chromium has given its top-level task event over the years (Lighthouse reads the same). */
const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask', 'ThreadControllerImpl::DoWork']);

export async function record(cdp: CDPSession, during: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,toplevel',
    transferMode: 'ReportEvents',
  });
  try {
    await during();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
  }
  return events;
}

/** Longest top-level task (ms) on the page's main thread and on the stage worker's thread. */
function longestTasks(events: TraceEvent[]): { main: number; worker: number } {
  const started = events.find((e) => e.name === 'TracingStartedInBrowser');
  const pid = started?.args?.data?.frames?.find((f) => !f.parent)?.processId;
  if (pid === undefined) throw new Error('the trace names no main frame process');
  const threads = new Map<number, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name' && e.pid === pid) threads.set(e.tid, e.args?.name ?? '');
  const tidOf = (re: RegExp) => [...threads].filter(([, name]) => re.test(name)).map(([tid]) => tid);
  const longest = (tids: number[]) =>
    Math.max(0, ...events.filter((e) => e.pid === pid && tids.includes(e.tid) && TASK_NAMES.has(e.name) && e.dur !== undefined).map((e) => e.dur! / 1000));
  const main = tidOf(/^CrRendererMain$/);
  if (!main.length) throw new Error('the trace has no CrRendererMain thread for the page');
  return { main: longest(main), worker: longest(tidOf(/DedicatedWorker/)) };
}

/**
 * Opens the game on the last line of a scene, then, under a trace, presses Space and waits until the
 * next scene's first line is drawn in full and settled. Throws if the scene did not change.
 */
export async function sceneChange(browser: Browser, url: string, story: Story, lastBeat: string, mode: StageMode) {
  const page: Page = await openAt(browser, url, lastBeat, { mode });
  const from = story.beats.find((b) => b.id === lastBeat)!;
  const next = story.beats[from.index + 1];
  if (!next || next.scene === from.scene) throw new Error(`${lastBeat} is not the last line of a scene`);
  const cdp = await page.context().newCDPSession(page);
  const events = await record(cdp, async () => {
    await page.evaluate(([id, patience]) => (window as unknown as BenchWindow).__bench.arm({ id, full: true }, patience), [next.id, PATIENCE_MS] as const);
    await page.keyboard.press('Space');
    await page.evaluate(() => (window as unknown as BenchWindow).__bench.armed());
  });
  const now = await beatNow(page);
  await page.context().close();
  if (now?.scene !== next.scene || now.scene === from.scene) throw new Error(`the scene did not change: ${from.scene} -> ${now?.scene}`);
  return longestTasks(events);
}

/** Every scene change in the chapter; the worst of each thread. */
export async function sceneChanges(browser: Browser, url: string, story: Story, mode: StageMode) {
  const lastBeats = story.scenes.slice(0, -1).map((s) => story.beats[s.firstBeat + s.beatCount - 1]!.id);
  const results = [];
  for (const id of lastBeats) results.push(await sceneChange(browser, url, story, id, mode));
  return { main: Math.max(...results.map((r) => r.main)), worker: Math.max(...results.map((r) => r.worker)), changes: results.length };
}
