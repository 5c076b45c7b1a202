/** Bench measurements over whole playthroughs: skip speed, jumps, and what ten playthroughs leave behind. */
import type { Browser } from 'playwright-core';
import { median } from './browser';

interface Awry {
  __awry: {
    session: {
      view(): { skipping: boolean; screen: string; beat: { id: string } | null };
      send(e: { type: string; on?: boolean }): void;
      jump(id: string): void;
      currentStory: { beats: { id: string }[] };
    };
    stage: { stats: { textures(): number; applied(): string | null } };
    audio: { liveHowls(): number };
  };
}

const SETTINGS = { version: 1, textSpeed: 45, autoBaseMs: 1200, autoPerCharMs: 35, skipUnseen: true, skipStopAtScene: false, masterVolume: 0.8, ambienceVolume: 0.7, soundVolume: 0.9, muted: false, textScale: 1, reducedMotion: false, captions: true };

/** A page on the game with every line seen and skipping set to run through scene changes. */
async function openSkippable(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  await context.addInitScript(`globalThis.__name = (f) => f; localStorage.setItem('awry-mission:settings', ${JSON.stringify(JSON.stringify(SETTINGS))});`);
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole('button', { name: 'New Game' }).click();
  await page.waitForFunction(() => performance.getEntriesByName('awry:first-line').length > 0);
  return { page, context };
}

/** One skip from the first line to the last, in ms (script and drawing, as the reader waits for it). */
async function skipThrough(page: import('playwright-core').Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((done) => {
        const { session } = (window as unknown as Awry).__awry;
        const last = session.currentStory.beats.at(-1)!.id;
        session.jump(session.currentStory.beats[0]!.id);
        const t0 = performance.now();
        session.send({ type: 'player.skip.set', on: true });
        const check = () => {
          const v = session.view();
          if (!v.skipping && v.beat?.id === last) requestAnimationFrame(() => done(performance.now() - t0));
          else setTimeout(check, 4);
        };
        check();
      }),
  );
}

export async function skipAndJump(browser: Browser, url: string) {
  const { page, context } = await openSkippable(browser, url);
  const skips: number[] = [];
  for (let i = 0; i < 3; i++) skips.push(await skipThrough(page));
  // Jump to beats across the chapter; "shown" = its art applied and the next frame drawn.
  const jumps = await page.evaluate(async () => {
    const { session, stage } = (window as unknown as Awry).__awry;
    const beats = session.currentStory.beats;
    const out: number[] = [];
    for (let i = 0; i < 24; i++) {
      const target = beats[(i * 53) % beats.length]!.id;
      const t0 = performance.now();
      session.jump(target);
      while (stage.stats.applied() !== target) await new Promise((r) => setTimeout(r, 1));
      await new Promise((r) => requestAnimationFrame(r));
      out.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 50));
    }
    return out;
  });
  await context.close();
  return { skipChapterMs: median(skips), jumpMedianMs: median(jumps), jumpMaxMs: Math.max(...jumps) };
}

/** Ten playthroughs (by skipping) in one page: heap growth after the first, textures and Howls left. */
export async function tenPlaythroughs(browser: Browser, url: string) {
  const { page, context } = await openSkippable(browser, url);
  const cdp = await context.newCDPSession(page);
  /**
   * Live heap after a collection, from a heap snapshot, without V8's compiled code: optimised code
   * keeps growing while the JIT warms up over the first playthroughs, and it is not the game's data.
   */
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const chunks: string[] = [];
    const onChunk = (e: { chunk: string }) => chunks.push(e.chunk);
    cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
    const snap = JSON.parse(chunks.join('')) as { snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }; nodes: number[] };
    const fields = snap.snapshot.meta.node_fields;
    const [typeAt, sizeAt, width] = [fields.indexOf('type'), fields.indexOf('self_size'), fields.length];
    const code = snap.snapshot.meta.node_types[0].indexOf('code');
    let total = 0;
    for (let i = 0; i < snap.nodes.length; i += width) if (snap.nodes[i + typeAt] !== code) total += snap.nodes[i + sizeAt]!;
    return total;
  };
  const counts = () => page.evaluate(() => {
    const { stage, audio } = (window as unknown as Awry).__awry;
    return { textures: stage.stats.textures(), howls: audio.liveHowls() };
  });
  await skipThrough(page);
  await page.waitForTimeout(1500); // let idle preloads and fades finish
  const afterFirst = await heap();
  const countsFirst = await counts();
  for (let i = 1; i < 10; i++) await skipThrough(page);
  await page.waitForTimeout(1500);
  const afterTenth = await heap();
  const countsTenth = await counts();
  await context.close();
  return {
    heapGrowthPct: ((afterTenth - afterFirst) / afterFirst) * 100,
    texturesAfterFirst: countsFirst.textures,
    texturesAfterTenth: countsTenth.textures,
    howlsAfterFirst: countsFirst.howls,
    howlsAfterTenth: countsTenth.howls,
  };
}
