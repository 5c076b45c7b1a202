/**
 * The game as a reader meets it, through the DOM (buttons, the text mirror, dialogs, the notice), so
 * these checks run the same in every engine. Only the moment a line is drawn comes from the hook.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { inject } from 'vitest';
import { computeLayout } from '../../../src/stage/layout';
import { VIEWPORT, waitFor, type EngineDriver, type EngineName, type Viewport } from './driver';
import { openFirefox } from './firefox';
import { waitDrawn } from './hook';
import { regionStats, regionsStats, type RegionStats } from './pixels';
import { openWebKit } from './webkit';

/** A fresh browser of `engine` (its own profile, so storage starts empty). */
export function openEngine(engine: EngineName, viewport = VIEWPORT): Promise<EngineDriver> {
  switch (engine) {
    case 'firefox':
      return openFirefox({ display: inject('enginesDisplay'), pulseServer: inject('enginesPulse'), viewport });
    case 'webkit':
      return openWebKit({ env: { ...process.env, DISPLAY: inject('enginesDisplay'), PULSE_SERVER: inject('enginesPulse') }, viewport });
  }
}

export const mirror = (driver: EngineDriver): Promise<string> => driver.evaluate(() => document.getElementById('mirror')!.textContent ?? '');

/** Loads the game (with `query`, e.g. a test server switch) and waits for its title menu, with the title's type loaded. */
export async function openTitle(driver: EngineDriver, query = ''): Promise<void> {
  await driver.goto(inject('enginesBaseURL') + query);
  await waitFor(driver, 'the title menu', () => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'New Game');
    return !!button && button.getClientRects().length > 0 && document.fonts.status === 'loaded';
  }, []);
}

/** Presses New Game and waits for the first line in the mirror; returns it. */
export async function newGame(driver: EngineDriver): Promise<string> {
  await driver.clickButton('New Game');
  return waitFor(driver, 'the first line in the mirror', () => document.getElementById('mirror')!.textContent, [], 30_000);
}

/**
 * Waits until the current line is drawn at rest and typed in full, presses Space once, and returns
 * the mirror's next line: one press, one line, so a skipped or doubled line shows.
 */
export async function readOn(driver: EngineDriver, key: 'Space' | 'PageUp' = 'Space'): Promise<string> {
  await waitDrawn(driver);
  const before = await mirror(driver);
  await driver.press(key);
  return waitFor(driver, `${key} to move the mirror on from "${before}"`, (was: string) => {
    const now = document.getElementById('mirror')!.textContent;
    return now !== was ? now : null;
  }, [before], 10_000);
}

/** Waits until the notice says `text`. */
export async function waitForNotice(driver: EngineDriver, text: string): Promise<void> {
  await waitFor(driver, `the notice "${text}"`, (want: string) => {
    const notice = document.getElementById('notice')!;
    return !notice.hidden && notice.textContent?.trim() === want;
  }, [text], 10_000);
}

/** Q quick-saves, as the notice confirms. */
export async function quickSave(driver: EngineDriver): Promise<void> {
  await driver.press('q');
  await waitForNotice(driver, 'Quick saved.');
}

/** The quick save's thumbnail as stored (a data URL), or null. */
export function quickThumbnail(driver: EngineDriver): Promise<string | null> {
  return driver.evaluate(
    () =>
      new Promise<string | null>((resolve, reject) => {
        const open = indexedDB.open('awry-mission');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('slots').objectStore('slots').get('quick');
          get.onerror = () => reject(get.error);
          get.onsuccess = () => {
            open.result.close();
            resolve(JSON.stringify(get.result ?? null).match(/data:image\/[a-z]+;base64,[A-Za-z0-9+/=]+/)?.[0] ?? null);
          };
        };
      }),
  );
}

/** From the title: Load, the Quick page, the quick save (once it shows as a save, not an empty slot). Returns the mirror's line. */
export async function loadQuick(driver: EngineDriver): Promise<string> {
  // Right after a reload the title's buttons show before its script has wired them: wait until it answers.
  await waitFor(driver, 'the title answering', () => performance.getEntriesByName('awry:title-interactive').length > 0, [], 15_000);
  await driver.evaluate(() => {
    const clicked: string[] = [];
    (window as unknown as { __clicked: string[] }).__clicked = clicked;
    document.addEventListener('click', (e) => clicked.push((e.target as Element).outerHTML.slice(0, 80)), true);
  });
  await driver.click('#title [data-action="load"]');
  await waitForDialog(driver, 'Load');
  await driver.click('#slots button[aria-label="Page Quick"]');
  await waitFor(driver, 'the quick save in the Load dialog', () => {
    const slot = document.querySelector('#slots [data-slot="quick"]');
    return !!slot && !slot.textContent?.includes('Empty slot');
  }, [], 15_000);
  await driver.click('#slots [data-slot="quick"]');
  return waitFor(driver, 'a line in the mirror after the quick load', () => {
    const slots = document.getElementById('slots')!;
    return slots.hidden ? document.getElementById('mirror')!.textContent : null;
  }, [], 15_000);
}

/** Waits until the modal dialog headed `name` is open: shown, and holding the focus. */
export async function waitForDialog(driver: EngineDriver, name: string): Promise<void> {
  try {
    await waitFor(driver, `the ${name} dialog`, (heading: string) => {
      const dialog = [...document.querySelectorAll<HTMLElement>('[role="dialog"]')].find(
        (d) => document.getElementById(d.getAttribute('aria-labelledby') ?? '')?.textContent?.trim() === heading,
      );
      return !!dialog && !dialog.hidden && dialog.getClientRects().length > 0 && dialog.contains(document.activeElement);
    }, [name], 15_000);
  } catch (error) {
    throw new Error(`${(error as Error).message}\nthe page then: ${JSON.stringify(await pageState(driver))}\nits errors: ${JSON.stringify(await driver.errors())}`);
  }
}

/** What a stuck page shows: which dialogs are open, the notice and status lines, where the focus is. */
function pageState(driver: EngineDriver) {
  return driver.evaluate(() => ({
    dialogs: [...document.querySelectorAll<HTMLElement>('[role="dialog"], [role="alertdialog"]')]
      .filter((d) => !d.hidden && d.getClientRects().length > 0)
      .map((d) => d.id),
    title: document.getElementById('title')?.hidden === false,
    notice: document.getElementById('notice')?.textContent ?? null,
    status: document.querySelector('.title-status')?.textContent ?? null,
    focus: document.activeElement?.outerHTML.slice(0, 120) ?? null,
    marks: performance.getEntriesByType('mark').map((m) => m.name),
    clicked: (window as unknown as { __clicked?: string[] }).__clicked ?? null,
  }));
}

/** Waits until no modal dialog is open and the reading has the focus back. */
export async function waitForNoDialog(driver: EngineDriver): Promise<void> {
  await waitFor(driver, 'every dialog closed', () => {
    return [...document.querySelectorAll<HTMLElement>('[role="dialog"], [role="alertdialog"]')].every((d) => d.hidden || d.getClientRects().length === 0);
  }, [], 10_000);
}

/**
 * Waits until a screenshot shows a drawn scene above the text box: many colours and some light, not
 * a blank, black or single-colour canvas; with `textBox`, the text box's dark panel over it too.
 * Returns the screenshot and its measure.
 */
export async function waitForScene(
  driver: EngineDriver,
  { viewport = VIEWPORT, timeout = 20_000, textBox = false }: { viewport?: Viewport; timeout?: number; textBox?: boolean } = {},
): Promise<{ png: Buffer; scene: RegionStats }> {
  const region = sceneRegion(viewport);
  const { textBox: boxRegion } = computeLayout(viewport.width, viewport.height);
  // The text box's dark panel over the pale corridor: its region is far darker than the strip of scene
  // just above it. Without the panel both show the same pale walls.
  const above = { x: boxRegion.x, y: boxRegion.y - 60, width: boxRegion.width, height: 50 };
  const deadline = Date.now() + timeout;
  for (;;) {
    const png = await driver.screenshot();
    const [stats, inBox, overBox] = await regionsStats(png, textBox ? [region, boxRegion, above] : [region]);
    const { size, ...scene } = stats!;
    if (size.width !== viewport.width || size.height !== viewport.height) {
      throw new Error(`${driver.engine}: the screenshot is ${size.width}x${size.height}, not ${viewport.width}x${viewport.height}`);
    }
    const drawn = scene.colours > 20 && scene.mean > 20 && scene.spread > 5;
    const box = inBox && overBox ? { box: Math.round(inBox.mean), above: Math.round(overBox.mean), shown: inBox.mean < 0.6 * overBox.mean } : null;
    if (drawn && (!box || box.shown)) return { png, scene };
    if (Date.now() > deadline) throw new Error(`${driver.engine}: no scene${box ? ' with its text box' : ''} drawn after ${timeout} ms: ${JSON.stringify({ scene, box })}`);
    // Firefox holds the page's main thread while it copies the stage's canvases (see firefox.ts).
    await new Promise((r) => setTimeout(r, 250));
  }
}

/**
 * Waits until a screenshot shows the title's art: the night sky, the moon and the roofs, not a black or
 * blank screen with a few words on it. Returns the screenshot.
 */
export async function waitForTitleArt(driver: EngineDriver, viewport = VIEWPORT, timeout = 15_000): Promise<Buffer> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const png = await driver.screenshot();
    const { size, ...stats } = await regionStats(png, { x: 0, y: 0, ...viewport });
    if (stats.colours > 80 && stats.mean > 20 && stats.spread > 20) return png;
    if (Date.now() > deadline) throw new Error(`${driver.engine}: no title art on screen after ${timeout} ms at ${size.width}x${size.height}: ${JSON.stringify(stats)}`);
  }
}

/** The scene above the text box, inside the stage's frame, for pixel checks. */
export function sceneRegion(viewport: Viewport) {
  const layout = computeLayout(viewport.width, viewport.height);
  return { x: layout.scene.x + 10, y: layout.scene.y + 10, width: layout.scene.width - 20, height: layout.textBox.y - layout.scene.y - 20 };
}

/** Waits until the driver has reported an error containing each of `texts`; returns those errors. */
export async function waitForErrors(driver: EngineDriver, texts: string[], timeout = 5_000): Promise<string[]> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const errors = await driver.errors();
    const found = texts.map((t) => errors.find((e) => e.includes(t)));
    if (found.every(Boolean)) return found as string[];
    if (Date.now() > deadline) throw new Error(`${driver.engine}: errors ${JSON.stringify(texts)} were not all reported; got ${JSON.stringify(errors)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Keeps a screenshot for people to look at, in test-results/engines/ (or $ENGINES_SCREENSHOTS). */
export function keep(png: Buffer, name: string): void {
  const dir = process.env.ENGINES_SCREENSHOTS ?? resolve(import.meta.dirname, '../../../test-results/engines');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.png`), png);
}
