/**
 * The game as a reader meets it, through the DOM only (buttons by name, the text mirror, dialogs), so
 * these checks need no test hook in the page and run the same in every engine.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { inject } from 'vitest';
import { readAssetIndex, readScriptFiles } from '../../../src/build/scriptFiles';
import { compileScript } from '../../../src/compiler';
import { computeLayout } from '../../../src/stage/layout';
import { mirrorLine } from '../../../src/ui/mirror';
import { VIEWPORT, waitFor, type EngineDriver, type EngineName } from './driver';
import { openFirefox } from './firefox';
import { regionStats, type RegionStats } from './pixels';
import { openWebKit } from './webkit';

/** A fresh browser of `engine` (its own profile, so storage starts empty). */
export function openEngine(engine: EngineName, viewport = VIEWPORT): Promise<EngineDriver> {
  switch (engine) {
    case 'firefox':
      return openFirefox({ display: inject('enginesDisplay'), pulseServer: inject('enginesPulse'), viewport });
    case 'webkit':
      return openWebKit({ driverURL: inject('webkitDriverURL'), viewport });
  }
}

/** What the mirror must say for the first lines of the chapter (captions on, the default). */
export function openingLines(count: number): string[] {
  const root = resolve(import.meta.dirname, '../../..');
  const { story, diagnostics } = compileScript(readScriptFiles(resolve(root, 'script')), { assets: readAssetIndex(resolve(root, 'assets')) });
  if (!story) throw new Error(`the chapter does not compile:\n${diagnostics.map((d) => d.message).join('\n')}`);
  return story.beats.slice(0, count).map((beat) => mirrorLine({ beat, speaker: beat.speaker ? story.cast[beat.speaker]! : null }, true));
}

export const mirror = (driver: EngineDriver): Promise<string> => driver.evaluate(() => document.getElementById('mirror')!.textContent ?? '');

/** Loads the game and waits for its title menu, with the title's type loaded. */
export async function openTitle(driver: EngineDriver): Promise<void> {
  await driver.goto(inject('enginesBaseURL'));
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
 * Presses Space until the mirror shows another line, and returns it. The first press may only finish
 * the typing, so up to three presses, each given 3 s to show a change (a slower page would otherwise
 * take a second press and read two lines on).
 */
export async function readOn(driver: EngineDriver): Promise<string> {
  const before = await mirror(driver);
  for (let press = 0; press < 3; press++) {
    await driver.press('Space');
    try {
      return await waitFor(driver, 'the next line', (was: string) => {
        const now = document.getElementById('mirror')!.textContent;
        return now !== was ? now : null;
      }, [before], 3_000);
    } catch {
      // this press only finished the typing; press again
    }
  }
  throw new Error(`${driver.engine}: three presses of Space did not move the mirror on from "${before}"`);
}

/** Waits until the modal dialog headed `name` is open: shown, and holding the focus. */
export async function waitForDialog(driver: EngineDriver, name: string): Promise<void> {
  await waitFor(driver, `the ${name} dialog`, (heading: string) => {
    const dialog = [...document.querySelectorAll<HTMLElement>('[role="dialog"]')].find(
      (d) => document.getElementById(d.getAttribute('aria-labelledby') ?? '')?.textContent?.trim() === heading,
    );
    return !!dialog && !dialog.hidden && dialog.getClientRects().length > 0 && dialog.contains(document.activeElement);
  }, [name], 5_000);
}

/**
 * Waits until a screenshot shows a drawn scene above the text box: many colours and some light, not
 * a blank, black or single-colour canvas. Returns the screenshot and its measure.
 */
export async function waitForScene(driver: EngineDriver, viewport = VIEWPORT, timeout = 20_000): Promise<{ png: Buffer; scene: RegionStats }> {
  const layout = computeLayout(viewport.width, viewport.height);
  const region = { x: layout.scene.x + 10, y: layout.scene.y + 10, width: layout.scene.width - 20, height: layout.textBox.y - layout.scene.y - 20 };
  const deadline = Date.now() + timeout;
  for (;;) {
    const png = await driver.screenshot();
    const { size, ...scene } = await regionStats(png, region);
    if (size.width !== viewport.width || size.height !== viewport.height) {
      throw new Error(`${driver.engine}: the screenshot is ${size.width}x${size.height}, not ${viewport.width}x${viewport.height}`);
    }
    if (scene.colours > 20 && scene.mean > 20 && scene.spread > 5) return { png, scene };
    if (Date.now() > deadline) throw new Error(`${driver.engine}: no scene drawn after ${timeout} ms: ${JSON.stringify(scene)}`);
  }
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

/** Keeps a screenshot for people to look at, in test-results/engines/. */
export function keep(png: Buffer, name: string): void {
  const dir = resolve(import.meta.dirname, '../../../test-results/engines');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.png`), png);
}
