/**
 * Reading as a reader does, with real key presses: a whole read of the chapter at a reader's pace
 * (long tasks and total blocking time), and the time from a key press to the next line.
 */
import { setTimeout as pacingDelay } from 'node:timers/promises';
import type { Browser } from 'playwright-core';
import type { Story } from '../src/compiler/story';
import { beatNow, frame, median, newGame, openAt, openPage, p95, settleLine, typedOut } from './browser';
import type { StageMode } from './browser';
import { PATIENCE_MS } from './probe';
import type { BenchWindow } from './probe';

/**
 * The reader's pause on a line shown in full before pressing on: a deliberate pacing delay that
 * stands for reading the words, not a wait for any state.
 */
export const READING_PAUSE_MS = 150;

/** Chromium reports main-thread tasks of 50 ms and over; total blocking time counts what is past 50. */
const blocking = (durations: number[]) => durations.reduce((sum, d) => sum + Math.max(0, d - 50), 0);

/**
 * From navigation to the end card: New Game as the title answers, then each line advanced with Space
 * once the stage reports it drawn in full and settled, plus the reading pause; never skipped. Long
 * tasks come from a PerformanceObserver('longtask') registered before the game's scripts.
 */
export async function pacedRead(browser: Browser, url: string, story: Story, mode: StageMode) {
  const page = await openPage(browser, url, { mode });
  const started = Date.now();
  await newGame(page);
  const actual = await page.evaluate(() => (window as unknown as BenchWindow).__awry!.stage.mode);
  if (actual !== mode) throw new Error(`asked for the ${mode} stage, the game drew in ${actual} mode`);
  for (const beat of story.beats) {
    const here = await beatNow(page);
    if (here?.id !== beat.id) throw new Error(`a paced read expected line ${beat.id}, the session shows ${here?.id ?? 'none'}`);
    if (beat.index === story.scenes.find((s) => s.id === beat.scene)?.firstBeat) console.log(`bench:   read (${mode}): scene ${beat.scene}`);
    await frame(page, { id: beat.id, full: true });
    await typedOut(page);
    await pacingDelay(READING_PAUSE_MS);
    await page.keyboard.press('Space');
  }
  await page.evaluate((t) => (window as unknown as BenchWindow).__bench.until({ screen: 'ended' }, t), PATIENCE_MS);
  const { end, tasks } = await page.evaluate(() => {
    const w = window as unknown as BenchWindow;
    return { end: performance.now(), tasks: w.__bench.longTasks };
  });
  await page.context().close();
  const durations = tasks.filter((t) => t.start <= end).map((t) => t.duration);
  return {
    longestTaskMs: Math.max(0, ...durations),
    tbtMs: blocking(durations),
    longTasks: durations.length,
    lines: story.beats.length,
    readSeconds: (Date.now() - started) / 1000,
  };
}

/**
 * From a Space keydown (the event's timeStamp, recorded in the page before the game handles it) to
 * the mirror showing the next line (its DOM change), and to the stage's first frame with that line's
 * words (the frame time the stage reports). Text shows at once (textSpeed 0), so that first frame
 * holds the whole line. Each press is checked to have moved to the next beat.
 */
export async function inputToLine(browser: Browser, url: string, story: Story, from: string, count: number, mode: StageMode) {
  const page = await openAt(browser, url, from, { mode, settings: { textSpeed: 0 } });
  const toMirror: number[] = [];
  const toFrame: number[] = [];
  let here = story.beats.find((b) => b.id === from)!;
  for (let i = 0; i < count; i++) {
    const next = story.beats[here.index + 1];
    if (!next) break;
    await settleLine(page, here.id);
    const marks = await page.evaluate(
      ([id, patience]) => {
        const probe = (window as unknown as BenchWindow).__bench;
        probe.arm({ id, full: false }, patience);
        return { keys: probe.keys.length, mirror: probe.mirror.length };
      },
      [next.id, PATIENCE_MS] as const,
    );
    await page.keyboard.press('Space');
    const r = await page.evaluate(
      async ([text, m, patience]) => {
        const w = window as unknown as BenchWindow;
        const drawn = await w.__bench.armed();
        const shown = await w.__bench.mirrorShows(m.mirror, text, patience);
        const key = w.__bench.keys.slice(m.keys).find((k) => k.key === ' ');
        return { key: key?.t ?? null, shown, drawn, beat: w.__awry!.session.view().beat?.id ?? null };
      },
      [next.text, marks, PATIENCE_MS] as const,
    );
    if (r.key === null) throw new Error('the Space keydown never reached the page');
    if (r.beat !== next.id) throw new Error(`Space on ${here.id} should show ${next.id}; the session shows ${r.beat}`);
    toMirror.push(r.shown - r.key);
    toFrame.push(r.drawn - r.key);
    here = next;
  }
  await page.context().close();
  return { mirrorP95: p95(toMirror), mirrorMedian: median(toMirror), frameP95: p95(toFrame), frameMedian: median(toFrame), samples: toMirror.length };
}
