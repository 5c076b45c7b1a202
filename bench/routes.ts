/**
 * Reaching a beat other than by reading on: jump, quick-load, rollback, and a skip through the whole
 * chapter. Each is timed until the target's final frame is drawn (its art and words, in full, nothing
 * moving or loading), as the stage reports it. Text shows at once (textSpeed 0) so the typewriter is
 * not part of the figure. A visit is cold when the target's background has not been on screen in that
 * page before, warm otherwise. Preloading ahead is the game's own business: cold visits come once the
 * reader has stayed on the first line until the stage has no art left to decode (`artSettled`); jumps
 * made the moment the first line is drawn, before that, are reported beside them.
 */
import type { Browser, Page } from 'playwright-core';
import type { Beat, Story } from '../src/compiler/story';
import { jumpAndSettle, median, newGame, openPage } from './browser';
import { PATIENCE_MS } from './probe';
import type { BenchWindow } from './probe';

const INSTANT = { textSpeed: 0 } as const;

interface Sample {
  ms: number;
  cold: boolean;
}

/** Presses `key` (a real key press) and times it from its keydown to `target`'s final frame. */
async function pressTo(page: Page, key: string, target: string): Promise<number> {
  const from = await page.evaluate(
    ([id, patience]) => {
      const probe = (window as unknown as BenchWindow).__bench;
      probe.arm({ id, full: true }, patience);
      return probe.keys.length;
    },
    [target, PATIENCE_MS] as const,
  );
  await page.keyboard.press(key);
  return page.evaluate(async (k) => {
    const probe = (window as unknown as BenchWindow).__bench;
    const drawn = await probe.armed();
    return drawn - probe.keys[k]!.t;
  }, from);
}

/**
 * A reader on the line drawn until the game's idle preloading is done: the page has asked the stage
 * for at least `preloads` preloads (one per scene entered since New Game; each is asked for in idle
 * time), the stage has finished every one, and no picture is left to decode or upload. Checked every
 * 50 ms in the page; fails loudly after the bench's patience. Milliseconds waited.
 */
function artSettled(page: Page, preloads: number): Promise<number> {
  return page.evaluate(
    async ([least, patience]) => {
      const stage = (window as unknown as BenchWindow).__awry!.stage;
      const start = performance.now();
      for (;;) {
        const c = await stage.inspect();
        if (c && c.preloadsAsked >= least && c.preloadsDone === c.preloadsAsked && c.artPending === 0) return performance.now() - start;
        if (performance.now() - start > patience) throw new Error(`art still pending after ${patience} ms: ${JSON.stringify(c)}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    [preloads, PATIENCE_MS] as const,
  );
}

/** Calls the session's jump (jumps come from the backlog and scene list) and times it to the final frame. */
const jumpTo = (page: Page, target: string): Promise<number> =>
  page.evaluate(
    async ([id, patience]) => {
      const w = window as unknown as BenchWindow;
      w.__bench.arm({ id, full: true }, patience);
      const t0 = performance.now();
      w.__awry!.session.jump(id);
      return (await w.__bench.armed()) - t0;
    },
    [target, PATIENCE_MS] as const,
  );

/** `count` beats spread over the chapter whose background differs from the opening's. */
function coldTargets(story: Story, count: number): Beat[] {
  const away = story.beats.filter((b) => b.stage.bg !== story.beats[0]!.stage.bg);
  return Array.from({ length: count }, (_, i) => away[Math.floor(((i + 0.5) * away.length) / count)]!);
}

export async function jumps(browser: Browser, url: string, story: Story, pages: number): Promise<{ samples: Sample[]; settledMs: number[] }> {
  const out: Sample[] = [];
  const settledMs: number[] = [];
  for (const target of coldTargets(story, pages)) {
    const page = await openPage(browser, url, { settings: INSTANT });
    await newGame(page);
    settledMs.push(await artSettled(page, 1));
    out.push({ ms: await jumpTo(page, target.id), cold: true });
    await jumpAndSettle(page, story.beats[0]!.id);
    out.push({ ms: await jumpTo(page, target.id), cold: false });
    await page.context().close();
  }
  return { samples: out, settledMs };
}

/** Jumps made the moment the first line is drawn, before the stage's idle preloading (context for `jumps`). */
export async function earlyJumps(browser: Browser, url: string, story: Story, pages: number): Promise<number[]> {
  const out: number[] = [];
  for (const target of coldTargets(story, pages)) {
    const page = await openPage(browser, url, { settings: INSTANT });
    await newGame(page);
    out.push(await jumpTo(page, target.id));
    await page.context().close();
  }
  return out;
}

/** Quick save (Q) at a beat, a new page in the same browser profile (a reload), New Game, Shift+Q (cold once the art settled). */
export async function quickLoads(browser: Browser, url: string, story: Story, pages: number): Promise<Sample[]> {
  const out: Sample[] = [];
  for (const target of coldTargets(story, pages)) {
    const saver = await openPage(browser, url, { settings: INSTANT });
    await newGame(saver);
    await jumpAndSettle(saver, target.id);
    await saver.keyboard.press('q');
    await saver.waitForFunction(() => document.getElementById('notice')?.textContent === 'Quick saved.', undefined, { timeout: PATIENCE_MS });
    const context = saver.context();
    await saver.close();
    const page = await context.newPage();
    await page.goto(url);
    await newGame(page);
    await artSettled(page, 1);
    out.push({ ms: await pressTo(page, 'Shift+KeyQ', target.id), cold: true });
    await jumpAndSettle(page, story.beats[0]!.id);
    out.push({ ms: await pressTo(page, 'Shift+KeyQ', target.id), cold: false });
    await context.close();
  }
  return out;
}

/**
 * Rollback (PageUp) across each scene boundary, from the next scene's first line reached by a jump:
 * cold when the previous scene's background was never on screen; then forward and back again (warm),
 * and one rollback inside the scene (warm).
 */
export async function rollbacks(browser: Browser, url: string, story: Story): Promise<Sample[]> {
  const out: Sample[] = [];
  for (const scene of story.scenes.slice(1)) {
    const first = story.beats[scene.firstBeat]!;
    const prev = story.beats[first.index - 1]!;
    const page = await openPage(browser, url, { settings: INSTANT });
    await newGame(page);
    await jumpAndSettle(page, first.id); // a second scene: its own preload
    await artSettled(page, 2);
    const shown = new Set([story.beats[0]!.stage.bg, first.stage.bg]);
    out.push({ ms: await pressTo(page, 'PageUp', prev.id), cold: !shown.has(prev.stage.bg) });
    await pressTo(page, 'PageDown', first.id);
    out.push({ ms: await pressTo(page, 'PageUp', prev.id), cold: false });
    const inside = story.beats[first.index + Math.floor(scene.beatCount / 2)]!;
    await jumpAndSettle(page, inside.id);
    out.push({ ms: await pressTo(page, 'PageUp', story.beats[inside.index - 1]!.id), cold: false });
    await page.context().close();
  }
  return out;
}

/** Worst and median of the cold and the warm samples. */
export function split(prefix: string, samples: Sample[]): Record<string, number> {
  const of = (cold: boolean) => samples.filter((s) => s.cold === cold).map((s) => s.ms);
  const [cold, warm] = [of(true), of(false)];
  const figures: Record<string, number> = {};
  if (cold.length) Object.assign(figures, { [`${prefix}ColdMaxMs`]: Math.max(...cold), [`${prefix}ColdMedianMs`]: median(cold), [`${prefix}ColdN`]: cold.length });
  if (warm.length) Object.assign(figures, { [`${prefix}WarmMaxMs`]: Math.max(...warm), [`${prefix}WarmMedianMs`]: median(warm), [`${prefix}WarmN`]: warm.length });
  return figures;
}

/**
 * Skips from the first line to the last with every line already skippable (skipUnseen on, no stop at
 * scene starts): from turning skip on until the last line's final frame is drawn; fails after 30 s.
 */
export async function skipChapter(browser: Browser, url: string, story: Story, runs: number): Promise<number> {
  const page = await openPage(browser, url, { settings: { ...INSTANT, skipUnseen: true, skipStopAtScene: false } });
  await newGame(page);
  const last = story.beats.at(-1)!.id;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    await jumpAndSettle(page, story.beats[0]!.id);
    times.push(
      await page.evaluate(async (id) => {
        const w = window as unknown as BenchWindow;
        w.__bench.arm({ id, full: true }, 30_000);
        const t0 = performance.now();
        w.__awry!.session.send({ type: 'player.skip.set', on: true });
        const t = await w.__bench.armed();
        if (w.__awry!.session.view().skipping) throw new Error('skipping went on past the last line');
        return t - t0;
      }, last),
    );
  }
  await page.context().close();
  return median(times);
}
