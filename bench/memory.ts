/**
 * Read-throughs of the chapter in one page (ten in the bench), at instant text speed, each line advanced with a real
 * Space press once the stage reports it drawn in full (never skipped), so every stage is drawn and the
 * sound plays. After the first and after the last, at the end card: art textures alive in the stage
 * (`stage.inspect()`), Howls in Howler's own list, and the page's and the stage worker's live heaps
 * after a collection. Puppeteer, since it can open a CDP session on a worker (Playwright cannot).
 */
import puppeteer from 'puppeteer-core';
import type { Browser, CDPSession, Page } from 'puppeteer-core';
import type { Story } from '../src/compiler/story';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/chromium';
import { gameUrl, settingsScript } from './browser';
import type { StageMode } from './browser';
import { NAME_HELPER, PATIENCE_MS, installProbe } from './probe';
import type { BenchWindow } from './probe';

/**
 * Live heap after a collection, from a heap snapshot, without V8's compiled code (optimised code keeps
 * growing while the JIT warms up over the first read-throughs, and it is not the game's data) and
 * without DevTools' record of each request (`NetworkResourcesData`): it is kept because this CDP
 * session watches the network, which a reader's browser does not.
 */
async function liveHeap(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks: string[] = [];
  const onChunk = (e: { chunk: string }) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const snap = JSON.parse(chunks.join('')) as { snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }; nodes: number[]; strings: string[] };
  const fields = snap.snapshot.meta.node_fields;
  const [typeAt, nameAt, sizeAt, width] = [fields.indexOf('type'), fields.indexOf('name'), fields.indexOf('self_size'), fields.length];
  const code = snap.snapshot.meta.node_types[0].indexOf('code');
  const devtools = new Set(snap.strings.flatMap((name, i) => (name.includes('NetworkResourcesData') ? [i] : [])));
  let total = 0;
  for (let i = 0; i < snap.nodes.length; i += width) {
    if (snap.nodes[i + typeAt] !== code && !devtools.has(snap.nodes[i + nameAt]!)) total += snap.nodes[i + sizeAt]!;
  }
  return total;
}

const evalFrame = (page: Page, id: string) =>
  page.evaluate((target: string, patience: number) => (window as unknown as BenchWindow).__bench.frame({ id: target, full: true }, patience), id, PATIENCE_MS);

/** One read-through from the title to the end card; what it drew and heard. */
async function readThrough(page: Page, story: Story) {
  await page.waitForSelector('[data-action="new-game"]', { visible: true, timeout: PATIENCE_MS });
  await page.click('[data-action="new-game"]');
  await page.waitForFunction(() => !!(window as unknown as BenchWindow).__awry, { timeout: PATIENCE_MS });
  const ambiences = new Set<string>();
  let playing = 0;
  for (const beat of story.beats) {
    await evalFrame(page, beat.id);
    await page.waitForFunction(() => !(window as unknown as BenchWindow).__awry!.session.view().typing, { timeout: PATIENCE_MS });
    const heard = await page.evaluate(() => {
      const w = window as unknown as BenchWindow;
      return { ambience: w.__awry!.audio.ambience(), playing: (w.Howler?._howls ?? []).some((h) => h.playing()) };
    });
    if (heard.ambience) ambiences.add(heard.ambience);
    if (heard.playing) playing++;
    await page.keyboard.press('Space');
  }
  await page.waitForFunction(() => (window as unknown as BenchWindow).__awry!.session.view().screen === 'ended', { timeout: PATIENCE_MS });
  return { ambiences, linesWithSound: playing };
}

/** At the end card, once the last ambience has faded out and unloaded and the stage has settled. */
async function counts(page: Page) {
  await page.waitForFunction(
    () => {
      const w = window as unknown as BenchWindow;
      return w.__awry!.audio.ambience() === null && !(w.Howler?._howls ?? []).some((h) => h.playing()) && w.__awry!.stage.lastFrame?.settled;
    },
    { timeout: PATIENCE_MS },
  );
  return page.evaluate(async () => {
    const w = window as unknown as BenchWindow;
    const inspected = await w.__awry!.stage.inspect();
    if (!inspected) throw new Error('the stage did not answer inspect()');
    return { textures: inspected.textures, howls: w.Howler?._howls.length ?? Number.NaN };
  });
}

/** `reads` read-throughs (ten in the bench; fewer to try the bench out), compared last to first. */
export async function readThroughs(url: string, story: Story, reads: number, mode: StageMode = 'worker') {
  const browser: Browser = await puppeteer.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 720 });
    await page.evaluateOnNewDocument(NAME_HELPER);
    await page.evaluateOnNewDocument(installProbe);
    await page.evaluateOnNewDocument(settingsScript({ textSpeed: 0 }));
    await page.goto(gameUrl(url, mode));
    await page.waitForFunction(() => performance.getEntriesByName('awry:title-interactive').length > 0, { timeout: PATIENCE_MS });
    const pageCdp = await page.createCDPSession();
    const expected = new Set(story.beats.map((b) => b.stage.ambience).filter((a): a is string => !!a));
    let withSound = 0;
    let first: { textures: number; howls: number; pageHeap: number; workerHeap: number } | null = null;
    for (let i = 0; i < reads; i++) {
      const heard = await readThrough(page, story);
      console.log(`bench:   read-through ${i + 1} of ${reads} done`);
      if ([...expected].every((a) => heard.ambiences.has(a)) && heard.linesWithSound > 0) withSound++;
      if (i === 0 || i === reads - 1) {
        const c = await counts(page);
        const worker = mode === 'worker' ? page.workers().find((w) => /stage/.test(w.url())) : undefined;
        if (mode === 'worker' && !worker) throw new Error(`no stage worker among ${page.workers().map((w) => w.url()).join(', ') || 'none'}`);
        const sample = { ...c, pageHeap: await liveHeap(pageCdp), workerHeap: worker ? await liveHeap(worker.client) : Number.NaN };
        if (i === 0) first = sample;
        else {
          const f = first!;
          return {
            memReadThroughs: reads,
            memReadsWithoutSound: reads - withSound,
            texturesAfterFirst: f.textures,
            texturesAfterTenth: sample.textures,
            texturesGrowth: sample.textures - f.textures,
            howlsAfterFirst: f.howls,
            howlsAfterTenth: sample.howls,
            howlsGrowth: sample.howls - f.howls,
            pageHeapGrowthPct: ((sample.pageHeap - f.pageHeap) / f.pageHeap) * 100,
            workerHeapGrowthPct: ((sample.workerHeap - f.workerHeap) / f.workerHeap) * 100,
            pageHeapAfterFirstMiB: f.pageHeap / 2 ** 20,
            workerHeapAfterFirstMiB: f.workerHeap / 2 ** 20,
          };
        }
      }
      await page.click('[data-action="to-title"]');
    }
    throw new Error(`${reads} read-throughs ended without figures (at least 2 are needed)`);
  } finally {
    await browser.close();
  }
}
