import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEADER_POLICY, META_POLICY, policyText } from '../../src/pwa/csp';
import { advance, beatId, connect, disconnect, drawn, newGame, view } from './game';
import { buildGame, serveStatic, type StaticServer } from './staticServer';
import { chapter } from './story';

/** The shipped header policy, plus where this test's host collects reports (from every context, workers too). */
const HEADER = `${policyText(HEADER_POLICY)}; report-uri /csp-report`;
/** A violation the test makes on purpose at the end: once its report is in, any earlier one is too. */
const SENTINEL = 'https://sentinel.invalid/csp.png';

type Report = { 'csp-report'?: { 'blocked-uri'?: string; 'violated-directive'?: string; 'source-file'?: string } };
const isSentinel = (r: unknown) => (r as Report)['csp-report']?.['blocked-uri'] === SENTINEL;

let dist: string;
let server: StaticServer;

beforeAll(async () => {
  dist = await buildGame(mkdtempSync(join(tmpdir(), 'awry-csp-dist-')));
  server = await serveStatic(dist, { 'content-security-policy': HEADER });
});

afterAll(async () => {
  await server?.close();
  await disconnect();
});

/** Opens the game under the policy (no CSP bypass), listening for violations in the page. */
async function openUnderPolicy(query: string) {
  const context = await (await connect()).newContext({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  await page.goto(server.url + query);
  return { page, errors, close: () => context.close() };
}

/** New Game, across the first scene change, quick save, read on, quick load; the slot screen's thumbnail. */
async function playScene(page: Page): Promise<void> {
  const story = chapter();
  const [first, second] = story.scenes;
  await newGame(page);
  await drawn(page, 60_000); // the first visit also installs the service worker: a busy machine is slow
  // To the first scene's last line (as jumpTo does, with the longer wait a busy machine needs).
  await page.evaluate((id) => (window as unknown as { __awry: { session: { jump(id: string): void } } }).__awry.session.jump(id), story.beats[first!.firstBeat + first!.beatCount - 1]!.id);
  await drawn(page, 60_000);
  await advance(page);
  await drawn(page, 60_000);
  expect((await view(page)).beat?.scene).toBe(second!.id);
  const here = await beatId(page);
  await page.keyboard.press('q');
  await page.locator('#notice').filter({ hasText: 'Quick saved' }).waitFor();
  await advance(page);
  expect(await beatId(page)).not.toBe(here);
  await page.keyboard.press('Shift+Q');
  await page.waitForFunction((id) => (window as unknown as { __awry: { session: { view(): { beat: { id: string } | null } } } }).__awry.session.view().beat?.id === id, here);
  await drawn(page, 60_000);
  // The load screen shows the quick save's thumbnail (a data: image, the one reason img-src has data:).
  await page.keyboard.press('Escape');
  await page.locator('#pause').getByRole('button', { name: 'Load' }).click();
  await page.locator('#slots').getByRole('button', { name: 'Page Quick' }).click();
  const thumb = page.locator('#slots .slot img').first();
  await thumb.waitFor();
  expect(await thumb.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await page.keyboard.press('Escape');
}

/** Makes the sentinel violation and waits for its report; returns every other report and page event. */
async function violations(page: Page): Promise<{ reported: unknown[]; inPage: string[] }> {
  await page.evaluate((url) => void (new Image().src = url), SENTINEL);
  await expect.poll(() => server.reports.some(isSentinel), { timeout: 10_000 }).toBe(true);
  const inPage = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
  const reported = server.reports.filter((r) => !isSentinel(r));
  server.reports.length = 0;
  return { reported, inPage: inPage.filter((v) => !v.includes(SENTINEL)) };
}

describe('strict Content-Security-Policy', () => {
  it('the built page carries the policy as a <meta>, and no inline script or style', () => {
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${policyText(META_POLICY)}" />`);
    expect(html).not.toMatch(/<style|\sstyle=/i);
    expect(html.match(/<script\b[^>]*>/gi)?.every((tag) => / src=/.test(tag))).toBe(true);
    for (const file of readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js'))) {
      expect(readFileSync(join(dist, 'assets', file), 'utf8'), file).not.toMatch(/setAttribute\(\s*["']style["']/);
    }
  });

  it.each([
    ['in its worker, with the service worker', '?sw', 'worker'],
    ['in the page (the fallback)', '?stage=page', 'page'],
  ])('plays a scene, saves and loads with the stage %s, and nothing breaks the policy', async (_label, query, mode) => {
    const game = await openUnderPolicy(query);
    // A violation is the likeliest cause of a failure to play: report those first.
    const failed = await playScene(game.page).then(() => null, (error: unknown) => error);
    expect(await violations(game.page)).toEqual({ reported: [], inPage: [] });
    if (failed) throw failed;
    expect(await game.page.evaluate(() => (window as unknown as { __awry: { stage: { mode: string } } }).__awry.stage.mode)).toBe(mode);
    expect(game.errors.filter((e) => !e.includes(SENTINEL))).toEqual([]);
    await game.close();
  });
});
