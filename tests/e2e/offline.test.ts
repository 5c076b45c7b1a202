import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEADER_POLICY, policyText } from '../../src/pwa/csp';
import { MEDIA_CACHE } from '../../src/pwa/media';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';
import { advance, beatId, connect, disconnect, drawn, jumpTo, newGame } from './game';
import { buildGame, serveStatic, type StaticServer } from './staticServer';
import { chapter } from './story';

/** The second version differs from the first by this tag only (a changed index.html: a new precache). */
const V2_TAG = '<meta name="awry-test-build" content="2" />';

let v1: string;
let v2: string;
let server: StaticServer;
const story = chapter();

beforeAll(async () => {
  v1 = await buildGame(mkdtempSync(join(tmpdir(), 'awry-offline-v1-')));
  v2 = await buildGame(mkdtempSync(join(tmpdir(), 'awry-offline-v2-')), [
    { name: 'awry-test-v2', transformIndexHtml: (html: string) => html.replace('</head>', `${V2_TAG}</head>`) },
  ]);
  server = await serveStatic(v1, { 'content-security-policy': policyText(HEADER_POLICY) });
});

afterAll(async () => {
  await server?.close();
  await disconnect();
});

type Hook = { __awry: { session: { view(): { beat: { id: string; scene: string } | null }; send(e: { type: string }): void }; audio: { ambience(): string | null } } };

async function open(): Promise<{ context: BrowserContext; page: Page; errors: string[]; warnings: string[] }> {
  // Chromium at 1280x720, pixel ratio 1: the stage draws every picture @0.75x; Ogg plays.
  const context = await (await connect()).newContext({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors: string[] = [];
  const warnings: string[] = [];
  page.on('console', (m) => (m.type() === 'error' ? errors : m.type() === 'warning' ? warnings : []).push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  return { context, page, errors, warnings };
}

/** The media cache's files, by path. */
const cachedMedia = (page: Page) =>
  page.evaluate(async (name) => {
    const cache = await caches.open(name);
    return (await cache.keys()).map((r) => new URL(r.url).pathname).sort();
  }, MEDIA_CACHE);

/** What this device uses, from the build: every raster @0.75x and every sound in Ogg. */
const deviceFiles = (dist: string) =>
  readdirSync(join(dist, 'assets'))
    .filter((f) => /@0\.75x-[\w-]+\.webp$/.test(f) || f.endsWith('.ogg'))
    .map((f) => `/assets/${f}`)
    .sort();

const lastBeatOf = (scene: number) => story.beats[story.scenes[scene]!.firstBeat + story.scenes[scene]!.beatCount - 1]!.id;

/** The first scene change offline decodes the next scene's art while the cache is read: more time. */
const shown = (page: Page) => drawn(page, 60_000);

/** Moves on one line from the session itself (no round trip that a reload could cut). */
/**
 * Reads on to the next line. A press may only finish the typing or a transition the stage still reports
 * as running (it says so a frame later, on a loaded machine later still), so it presses again, in time.
 */
const readOn = (page: Page) =>
  page.evaluate(async () => {
    const { session } = (window as unknown as Hook).__awry;
    const before = session.view().beat?.id;
    for (let i = 0; i < 40 && session.view().beat?.id === before; i++) {
      session.send({ type: 'player.advance' });
      if (session.view().beat?.id === before) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    if (session.view().beat?.id === before) throw new Error(`reading did not move on from ${before}`);
  });

/**
 * Waits for the page to load again, the new version's worker having taken over. Chromium at times holds
 * a waiting worker's activation after the page has asked for it (skipWaiting) for as long as the old
 * worker runs; we did not find what keeps it (stopping the workers releases it at once, and a reader's
 * browser stops an idle worker on its own). After `patience` the test stops the workers, as the browser
 * would later; the page's own part (asking, reloading on the new worker's control, resuming) is unchanged.
 */
async function reloadedWithNewWorker(page: Page, reloaded: Promise<unknown>, patience = 10_000): Promise<void> {
  const loadedSoon = await Promise.race([reloaded.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), patience))]);
  if (loadedSoon) return;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await reloaded;
}

describe('offline and installable', () => {
  const game = {} as Awaited<ReturnType<typeof open>>;

  it('after one visit the chapter plays offline: code precached, this device’s art and sound cached on the title', async () => {
    Object.assign(game, await open());
    const { context, page } = game;
    await page.goto(`${server.url}?sw`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
    // One scale and one format: exactly this device's files, while the title shows.
    await expect.poll(() => cachedMedia(page), { timeout: 90_000 }).toEqual(deviceFiles(v1));
    expect(await page.locator('#title').isVisible()).toBe(true);
    await page.locator('#notice').filter({ hasText: 'ready to play offline' }).waitFor();

    await context.setOffline(true);
    expect(await page.evaluate(() => fetch('/robots.txt').then(() => 'fetched', () => 'failed'))).toBe('failed');
    game.errors.length = 0; // that refused fetch is logged as an error; only the game's own count
    const sounds: { path: string; fromCache: boolean; status: number }[] = [];
    page.on('response', (r) => {
      const path = new URL(r.url()).pathname;
      if (/\.(ogg|mp3)$/.test(path)) sounds.push({ path, fromCache: r.fromServiceWorker(), status: r.status() });
    });
    /** Offline: the second scene is on stage and its ambience plays, fetched through the service worker's cache. */
    const readSecondScene = async () => {
      const second = story.scenes[1]!;
      const here = story.beats[second.firstBeat]!;
      expect(await beatId(page)).toBe(here.id);
      const ambience = here.stage.ambience;
      expect(ambience).toBeTruthy();
      await page.waitForFunction((id) => (window as unknown as Hook).__awry.audio.ambience() === id, ambience);
      await expect.poll(() => sounds.some((s) => s.path.includes(`/${ambience}-`))).toBe(true);
      expect(sounds.every((s) => s.fromCache && s.status === 200)).toBe(true);
    };
    try {
      await page.reload();
      await newGame(page);
      await shown(page);
      await jumpTo(page, lastBeatOf(0));
      await advance(page);
      await shown(page);
      await readSecondScene();
    } finally {
      await context.setOffline(false);
    }
    expect(game.warnings.filter((w) => /missing|failed|did not load/.test(w))).toEqual([]);
    expect(game.errors).toEqual([]);
  });

  it('a new version waits for a scene change, then opens at that scene; a save from the old version loads', async () => {
    const { page } = game;
    const third = story.scenes[2]!;
    await advance(page);
    const saved = await beatId(page);
    await page.keyboard.press('q');
    await page.locator('#notice').filter({ hasText: 'Quick saved' }).waitFor();
    await page.evaluate(() => void ((window as unknown as { oldPage: boolean }).oldPage = true));

    server.root = v2;
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    await page.locator('#notice').filter({ hasText: 'A new version is ready: it opens at the next scene' }).waitFor({ timeout: 60_000 });
    await advance(page); // a line within the scene: still the old page
    expect(await page.evaluate(() => (window as unknown as { oldPage?: boolean }).oldPage)).toBe(true);

    await jumpTo(page, lastBeatOf(1));
    const reloaded = page.waitForEvent('load', { timeout: 60_000 });
    await readOn(page);
    await reloadedWithNewWorker(page, reloaded);
    expect(await page.locator('meta[name="awry-test-build"]').count()).toBe(1);
    await page.waitForFunction((id) => (window as unknown as Partial<Hook>).__awry?.session.view().beat?.scene === id, third.id, { timeout: 30_000 });
    expect(await beatId(page)).toBe(story.beats[third.firstBeat]!.id);
    await shown(page);

    await page.keyboard.press('Shift+Q');
    await page.waitForFunction((id) => (window as unknown as Hook).__awry.session.view().beat?.id === id, saved);
    expect(game.errors).toEqual([]);
  });

  it('on the title a new version applies at once', async () => {
    const { page } = game;
    await page.evaluate(() => (window as unknown as Hook).__awry.session.send({ type: 'player.title' }));
    await page.locator('#title').waitFor();
    server.root = v1; // a different build again: a new version
    const reloaded = page.waitForEvent('load', { timeout: 60_000 });
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    await reloadedWithNewWorker(page, reloaded, 30_000); // the new version is fetched and installed first
    expect(await page.locator('meta[name="awry-test-build"]').count()).toBe(0);
    await page.locator('#title').waitFor();
    expect(game.errors).toEqual([]);
    await game.context.close();
  });

  it('Chromium reports no installability error (manifest, icons, service worker)', async () => {
    // A profile on disk: Chromium refuses to install from the driver's usual (incognito) contexts.
    const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'awry-profile-')), {
      executablePath: chromiumPath(),
      args: CHROMIUM_ARGS,
      viewport: { width: 1280, height: 720 },
    });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${server.url}?sw`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
    const cdp = await context.newCDPSession(page);
    const manifest = await cdp.send('Page.getAppManifest');
    expect(manifest.errors).toEqual([]);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    await context.close();
  });

  it('a failed precache leaves the online game working', async () => {
    const { context, page, errors } = await open();
    // A precached file the page itself never asks for: only the service worker's install fails.
    server.fail = (url) => url.pathname === '/icons/apple-touch-icon.png';
    try {
      await page.goto(`${server.url}?sw`);
      await expect.poll(() => server.failed, { timeout: 60_000 }).toBeGreaterThan(0);
      await expect
        .poll(() => page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => !r || (!r.installing && !r.waiting && !r.active))), { timeout: 60_000 })
        .toBe(true);
      await newGame(page);
      await shown(page);
      await advance(page);
      expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
      expect(errors).toEqual([]);
    } finally {
      server.fail = () => false;
      await context.close();
    }
  });

  it('a browser without service workers still plays', async () => {
    const { context, page, errors } = await open();
    await page.addInitScript(() => delete (Navigator.prototype as { serviceWorker?: unknown }).serviceWorker);
    await page.goto(`${server.url}?sw`);
    await newGame(page);
    await shown(page);
    await advance(page);
    expect(await page.evaluate(() => 'serviceWorker' in navigator)).toBe(false);
    expect(await page.evaluate(() => caches.keys())).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
