import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { beatId, disconnect, mirror, mirrorChanges, newGame, openGame, recordMirror, seedSettings, view, waitForView } from './game';
import { chapter, expectedLine } from './story';

afterAll(disconnect);
const story = chapter();
/** The mirror's lines for the whole chapter, in reading order, from the script this test compiles. */
const expected = story.beats.map((beat) => expectedLine(story, beat));
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Runs axe-core in the page; returns the serious and critical violations, described. */
async function audit(page: Page, where: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${where}: ${v.id} at ${v.targets.join(', ')}`);
}

const DIALOGS: [string, string][] = [['Escape', 'Menu'], ['l', 'Log'], ['?', 'Help']];

describe('accessibility, audited by axe-core in the real page', () => {
  for (const viewport of [{ width: 1280, height: 720 }, { width: 390, height: 844 }]) {
    it(`title, reading screen and every menu have no serious or critical violation at ${viewport.width}x${viewport.height}`, async () => {
      const game = await openGame({ viewport });
      const found: string[] = [...(await audit(game.page, 'title'))];
      for (const name of ['Settings', 'Credits']) {
        await game.page.getByRole('button', { name }).first().click();
        // Settings opens once its panel's code and the reader's records are in: audit it open.
        await game.page.getByRole('dialog', { name }).waitFor({ state: 'visible' });
        found.push(...(await audit(game.page, `title ${name}`)));
        await game.page.keyboard.press('Escape');
      }
      await game.page.getByRole('button', { name: 'Load' }).click();
      await game.page.getByRole('dialog', { name: 'Load' }).locator('.slot').first().waitFor();
      found.push(...(await audit(game.page, 'load')));
      await game.page.keyboard.press('Escape');
      await game.page.getByRole('button', { name: 'Scenes' }).click();
      await game.page.getByRole('dialog', { name: 'Scenes' }).waitFor({ state: 'visible' });
      found.push(...(await audit(game.page, 'scenes')));
      await game.page.keyboard.press('Escape');
      await newGame(game.page);
      found.push(...(await audit(game.page, 'reading')));
      for (const [key, name] of DIALOGS) {
        await game.page.keyboard.press(key);
        await game.page.getByRole('dialog', { name }).waitFor({ state: 'visible' });
        found.push(...(await audit(game.page, name)));
        await game.page.keyboard.press('Escape');
      }
      await game.page.keyboard.press('q'); // a quick save, so the save screen shows a filled slot too
      await game.page.getByRole('button', { name: 'Save', exact: true }).click();
      await game.page.getByRole('dialog', { name: 'Save' }).locator('.slot').first().waitFor();
      found.push(...(await audit(game.page, 'save')));
      await game.page.keyboard.press('Escape');
      await game.page.keyboard.press('Escape');
      await game.page.getByRole('dialog', { name: 'Menu' }).getByRole('button', { name: 'Title' }).click();
      found.push(...(await audit(game.page, 'confirm')));
      expect(found).toEqual([]);
      expect(game.errors).toEqual([]);
      await game.close();
    });
  }

  it('every screen works from the keyboard alone: focus is visible, stays in an open menu, and Escape closes it', async () => {
    const game = await openGame();
    const focused = () => game.page.evaluate(() => document.activeElement?.textContent ?? '');
    // New Game has the focus from the start (autofocus, applied at the page's first frame, which a loaded machine delays).
    await expect.poll(focused).toBe('New Game');
    await game.page.keyboard.press('Tab'); // the title's buttons take focus in order
    expect(await focused()).toBe('Load');
    const outline = await game.page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await game.page.keyboard.press('Shift+Tab');
    await game.page.keyboard.press('Enter'); // New Game
    await game.page.waitForFunction(() => document.getElementById('mirror')!.textContent !== '');
    await game.page.keyboard.press('Escape');
    const menu = game.page.getByRole('dialog', { name: 'Menu' });
    await menu.waitFor({ state: 'visible' });
    // Tab cycles inside the menu, never behind it.
    for (let i = 0; i < 9; i++) {
      await game.page.keyboard.press('Tab');
      expect(await game.page.evaluate(() => document.activeElement?.closest('#pause') !== null)).toBe(true);
    }
    await game.page.keyboard.press('Escape');
    await menu.waitFor({ state: 'hidden' });
    expect(game.errors).toEqual([]);
    await game.close();
  });

  it('the text mirror reads each line once, in full, also during auto', async () => {
    const game = await openGame({
      before: async (p) => {
        await seedSettings(p, { textSpeed: 20, autoBaseMs: 300, autoPerCharMs: 0 });
        await recordMirror(p);
      },
    });
    await newGame(game.page);
    // While the first line is still typing, the mirror already holds all of it.
    expect((await view(game.page)).typing).toBe(true);
    expect(await mirror(game.page)).toBe(expected[0]);
    await game.page.keyboard.press('a');
    await waitForView(game.page, 'v.beat.index >= 3', 30_000);
    // Every change the mirror went through, unfiltered: the chapter's lines in order, each whole and
    // once (a line set twice in a row, or emptied and set again, would be read twice).
    const changes = await mirrorChanges(game.page);
    expect(changes.length).toBeGreaterThanOrEqual(4);
    expect(changes).toEqual(expected.slice(0, changes.length));
    expect(game.errors).toEqual([]);
    await game.close();
  });
});

// Phones, with a real touch screen: tests/e2e/touch.test.ts.

describe('reduced motion', () => {
  it("follows the system's prefers-reduced-motion by default", async () => {
    const game = await openGame({ before: (p) => p.emulateMedia({ reducedMotion: 'reduce' }) });
    await game.page.getByRole('button', { name: 'Settings' }).click();
    expect(await game.page.getByLabel(/reduce motion/i).isChecked()).toBe(true);
    expect(game.errors).toEqual([]);
    await game.close();
  });
});
