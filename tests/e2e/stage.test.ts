import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { computeLayout } from '../../src/stage/layout';
import { advance, beatId, completeTyping, disconnect, drawn, jumpTo, lastFrame, mirror, newGame, openContext, openGame, seedSeen, view } from './game';
import { screenshotStats } from './pixels';
import { chapter } from './story';

const story = chapter();
const allIds = story.beats.map((b) => b.id);
const sceneOf = (id: string) => story.scenes.find((s) => s.id === id)!;
afterAll(disconnect);
mkdirSync('test-results', { recursive: true });

/** Records every WebGL context the page itself creates (a worker's are not the page's). */
const countPageWebGL = () => {
  const made: string[] = [];
  (window as unknown as { __webglMade: string[] }).__webglMade = made;
  for (const proto of [HTMLCanvasElement.prototype, OffscreenCanvas.prototype] as { getContext: (...a: unknown[]) => unknown }[]) {
    const original = proto.getContext;
    proto.getContext = function (this: unknown, type: unknown, ...rest: unknown[]) {
      if (/webgl/.test(String(type))) made.push(String(type));
      return original.call(this, type, ...rest);
    };
  }
};

const mode = (page: Page) => page.evaluate(() => (window as unknown as { __awry: { stage: { mode: string } } }).__awry.stage.mode);

/** The scene above the quick bar as PNG bytes, with the DOM overlays (notices, HUD) hidden. */
async function sceneShot(page: Page): Promise<Buffer> {
  await drawn(page);
  const layout = computeLayout(1280, 720);
  await page.addStyleTag({ content: '#notice, .hud { visibility: hidden !important; }' });
  // The worker reports a frame once it is committed; on a loaded machine the page's compositor can
  // show it a little later. The picture is taken once two shots in a row agree.
  const clip = { x: 0, y: 0, width: 1280, height: Math.floor(layout.quickBar.y) };
  let shot = await page.screenshot({ clip });
  for (let i = 0; i < 20; i++) {
    const again = await page.screenshot({ clip });
    if (again.equals(shot)) break;
    shot = again;
  }
  await page.addStyleTag({ content: '#notice, .hud { visibility: visible !important; }' });
  return shot;
}

describe('the stage in a worker', () => {
  it('draws in a worker: the page holds no WebGL context and the canvases were transferred', async () => {
    const game = await openGame({ before: (p) => p.addInitScript(countPageWebGL) });
    await newGame(game.page);
    await drawn(game.page);
    expect(await mode(game.page)).toBe('worker');
    const page = await game.page.evaluate(() => ({
      webgl: (window as unknown as { __webglMade: string[] }).__webglMade,
      // A canvas whose control went to a worker refuses a context of the page's own.
      transferred: [...document.querySelectorAll('#stage canvas')].map((c) => {
        try {
          (c as HTMLCanvasElement).getContext('2d');
          return false;
        } catch (error) {
          return (error as Error).name === 'InvalidStateError';
        }
      }),
    }));
    expect(page.webgl).toEqual([]);
    expect(page.transferred).toEqual([true, true]);
    // The scene is really drawn: the forest at dusk, not a blank canvas.
    const stats = await screenshotStats(game.page, { x: 0, y: 0, width: 1280, height: 400 });
    expect(stats.colours).toBeGreaterThan(20);
    expect(game.errors).toEqual([]);
    expect(game.warnings.filter((w) => /pixi|texture/i.test(w))).toEqual([]);
    await game.close();
  });

  it('falls back to drawing in the page through the same protocol, and plays a scene change', async () => {
    const game = await openGame({ hash: '?stage=page' });
    await newGame(game.page);
    expect(await mode(game.page)).toBe('page');
    const forest = sceneOf('forest');
    await jumpTo(game.page, story.beats[forest.firstBeat + forest.beatCount - 1]!.id);
    await advance(game.page);
    expect((await view(game.page)).beat?.scene).toBe('corridor');
    await drawn(game.page);
    const stats = await screenshotStats(game.page, { x: 0, y: 0, width: 1280, height: 400 });
    expect(stats.colours).toBeGreaterThan(20);
    // A quick save's thumbnail is read back in idle time in this mode, and still arrives.
    await game.page.keyboard.press('q');
    await game.page.getByText('Quick saved.').waitFor();
    expect(game.errors).toEqual([]);
    await game.close();
  });

  it("fetches none of Pixi's environment modules (events, accessibility, filters), in the worker or in the page", async () => {
    for (const hash of ['', '?stage=page']) {
      const requested: string[] = [];
      const game = await openGame({ hash, before: async (p) => void p.context().on('request', (r) => requested.push(r.url())) });
      await newGame(game.page);
      await drawn(game.page);
      await advance(game.page);
      await drawn(game.page);
      // The recorder sees the stage's own fetches (its art), so it would see a module it imported.
      expect(requested.filter((u) => /\.webp$/.test(u)).length).toBeGreaterThan(0);
      expect(requested.filter((u) => /(browserAll|webworkerAll)-[\w-]+\.js$/.test(u))).toEqual([]);
      expect(game.errors).toEqual([]);
      await game.close();
    }
  });

  it('a worker that cannot start leaves the page drawing, without an alarm', async () => {
    const game = await openGame({ before: (p) => p.route(/stage\.worker[^/]*\.js$/, (route) => route.fulfill({ status: 404, body: '' })) });
    await newGame(game.page);
    await drawn(game.page);
    expect(await mode(game.page)).toBe('page');
    expect(await game.page.locator('#fatal').isVisible()).toBe(false);
    await advance(game.page);
    await drawn(game.page);
    expect(game.errors.filter((e) => !/Failed to load resource.*404|stage\.worker/.test(e))).toEqual([]);
    await game.close();
  });

  it('survives 20 WebGL context losses in the worker, the stage back each time', async () => {
    const game = await openGame();
    await newGame(game.page);
    const corridor = sceneOf('corridor');
    await jumpTo(game.page, story.beats[corridor.firstBeat + 2]!.id);
    const before = await sceneShot(game.page);
    for (let i = 0; i < 20; i++) {
      const frames = (await lastFrame(game.page))!.frames;
      await game.page.evaluate(() => (window as unknown as { __awry: { stage: { loseContext(): void } } }).__awry.stage.loseContext());
      // Lost, then restored and drawn again: a frame after the loss, and the context no longer lost.
      // The restored context keeps one texture per batch (software WebGL draws several times slower otherwise).
      const state = () =>
        game.page.evaluate(async () => {
          const stage = (window as unknown as { __awry: { stage: { lastFrame: { frames: number }; inspect(): Promise<{ contextLost: boolean; texturesPerBatch: number } | null> } } }).__awry.stage;
          const inside = await stage.inspect();
          return { frames: stage.lastFrame.frames, lost: inside?.contextLost, perBatch: inside?.texturesPerBatch };
        });
      await expect.poll(state, { timeout: 10_000, interval: 50 }).toEqual({ frames: expect.any(Number), lost: false, perBatch: 1 });
      await expect.poll(async () => (await state()).frames > frames, { timeout: 10_000, interval: 50 }).toBe(true);
    }
    const after = await sceneShot(game.page);
    writeFileSync('test-results/context-before.png', before);
    writeFileSync('test-results/context-after.png', after);
    expect(after.equals(before)).toBe(true);
    expect(game.errors).toEqual([]);
    await game.close();
  });
  it('keeps Pixi\'s text caches to the line on screen, not every letter typed out before it', async () => {
    const game = await openGame();
    await newGame(game.page);
    for (let i = 0; i < 5; i++) {
      await drawn(game.page); // typed out letter by letter: each letter's frame measured its text
      await advance(game.page);
    }
    await drawn(game.page);
    const here = await beatId(game.page);
    const text = story.beats.find((b) => b.id === here)!.text;
    const inside = await game.page.evaluate(() => (window as unknown as { __awry: { stage: { inspect(): Promise<{ textCache: number } | null> } } }).__awry.stage.inspect());
    // A measurement and a texture key at most per letter of this line, its wrap, the name and the "more" mark.
    expect(inside!.textCache).toBeGreaterThan(0);
    expect(inside!.textCache).toBeLessThanOrEqual(2 * (text.length + 4));
    expect(game.errors).toEqual([]);
    await game.close();
  });

  it('a jump to a scene not yet shown draws its place whole: its words wait for its art', async () => {
    const game = await openGame();
    await newGame(game.page);
    await drawn(game.page);
    const ward = sceneOf('ward');
    const target = story.beats[ward.firstBeat + 3]!;
    await game.page.evaluate(() => {
      type Frame = { staged: string | null; text: string | null };
      const w = window as unknown as { __frames: Frame[]; __awry: { stage: { onFrame(l: (f: Frame) => void): void } } };
      w.__frames = [];
      w.__awry.stage.onFrame((f) => w.__frames.push({ staged: f.staged, text: f.text }));
    });
    await jumpTo(game.page, target.id);
    const frames = await game.page.evaluate(() => (window as unknown as { __frames: { staged: string | null; text: string | null }[] }).__frames);
    const withWords = frames.filter((f) => f.text === target.id);
    expect(withWords.length).toBeGreaterThan(0);
    // Never the new words over the old scene, nor the new scene under the old words.
    expect(frames.filter((f) => (f.text === target.id) !== (f.staged === target.id))).toEqual([]);
    expect(game.errors).toEqual([]);
    await game.close();
  });

  it('a worker that crashes mid-read is started again at the current line, quietly', async () => {
    const game = await openGame();
    await newGame(game.page);
    const corridor = sceneOf('corridor');
    await jumpTo(game.page, story.beats[corridor.firstBeat + 2]!.id);
    const before = await sceneShot(game.page);
    const canvases = () => game.page.evaluate(() => [...document.querySelectorAll('#stage canvas')]);
    const oldCanvas = await game.page.evaluateHandle(() => document.querySelector('#stage canvas'));
    await game.page.evaluate(() => (window as unknown as { __awry: { stage: { crash(): void } } }).__awry.stage.crash());
    // Fresh canvases (the old ones were given to the dead worker), a worker again, the same line drawn.
    await game.page.waitForFunction((old) => !document.contains(old as Node), oldCanvas, { timeout: 15_000 });
    await drawn(game.page);
    expect(await mode(game.page)).toBe('worker');
    expect(await canvases()).toHaveLength(2);
    const after = await sceneShot(game.page);
    writeFileSync('test-results/crash-before.png', before);
    writeFileSync('test-results/crash-after.png', after);
    expect(after.equals(before)).toBe(true);
    await advance(game.page);
    await drawn(game.page);
    expect(await game.page.locator('#fatal').isVisible()).toBe(false);
    expect(game.errors).toEqual([]);
    await game.close();
  });
});

describe('a still frame is the same however it was reached', () => {
  it('reading, quick-load after a reload, rollback, the backlog and scene select give the same pixels', async () => {
    const target = sceneOf('corridor').firstBeat;
    const id = story.beats[target]!.id;
    const { context, baseURL } = await openContext();
    const page = await context.newPage();
    await seedSeen(page, allIds);
    await page.goto(baseURL);
    await newGame(page);
    const shots: Record<string, Buffer> = {};

    // Reading: from the line before, on through the dissolve.
    await jumpTo(page, story.beats[target - 1]!.id);
    await advance(page);
    expect(await beatId(page)).toBe(id);
    await completeTyping(page);
    shots.reading = await sceneShot(page);

    // Rollback: read two lines on, then back.
    await advance(page);
    await advance(page);
    await page.keyboard.press('PageUp');
    await page.keyboard.press('PageUp');
    await page.waitForFunction((to) => (window as unknown as { __awry: { session: { view(): { beat: { id: string } | null } } } }).__awry.session.view().beat?.id === to, id);
    await completeTyping(page);
    shots.rollback = await sceneShot(page);

    // Quick save here; reload; Continue loads it.
    await page.keyboard.press('q');
    await page.getByText('Quick saved.').waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForFunction((to) => (window as unknown as { __awry?: { session: { view(): { beat: { id: string } | null } } } }).__awry?.session.view().beat?.id === to, id);
    await completeTyping(page);
    shots.quickLoad = await sceneShot(page);

    // The backlog: read on, open the log, pick the line.
    await advance(page);
    await advance(page);
    await page.keyboard.press('l');
    await page.locator('#backlog').getByRole('button', { name: new RegExp(story.beats[target]!.text.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).first().click();
    await page.waitForFunction((to) => (window as unknown as { __awry: { session: { view(): { beat: { id: string } | null } } } }).__awry.session.view().beat?.id === to, id);
    await completeTyping(page);
    shots.backlog = await sceneShot(page);

    // Scene select: the corridor from its first line.
    await page.keyboard.press('Escape');
    await page.locator('#pause').getByRole('button', { name: 'Scenes' }).click();
    await page.locator('#scenes').getByRole('button', { name: /Hospital Corridor/ }).click();
    await page.waitForFunction((to) => (window as unknown as { __awry: { session: { view(): { beat: { id: string } | null } } } }).__awry.session.view().beat?.id === to, id);
    await completeTyping(page);
    shots.sceneSelect = await sceneShot(page);

    for (const [route, shot] of Object.entries(shots)) writeFileSync(`test-results/same-beat-${route}.png`, shot);
    for (const [route, shot] of Object.entries(shots)) expect(shot.equals(shots.reading!), `${route} differs from reading`).toBe(true);
    expect(await mirror(page)).toContain(story.beats[target]!.text.slice(0, 20));
    await context.close();
  });
});
