import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { disconnect, newGame, openGame } from './game';

afterAll(disconnect);

/** A lazy chunk of the build (its name before vite's hash) answers 404 from now on. */
const lose = (chunk: string) => (page: Page) =>
  page.route(new RegExp(`/assets/${chunk}-[\\w-]+\\.js$`), (route) => route.fulfill({ status: 404, body: 'gone' }));

/** The browser reports each 404 itself; anything else is a failure. */
const besides404 = (errors: string[]) => errors.filter((e) => !/Failed to load resource.*404/.test(e));

describe('a part of the game that does not arrive', () => {
  it('New Game without the reading code: a notice in words, and the title still answers', async () => {
    const game = await openGame({ before: lose('reader') });
    await game.page.getByRole('button', { name: 'New Game' }).click();
    await game.page.locator('#notice').filter({ hasText: 'could not be downloaded' }).waitFor();
    await game.page.getByRole('button', { name: 'Settings' }).click();
    await game.page.getByRole('dialog', { name: 'Settings' }).waitFor({ state: 'visible' });
    await game.page.keyboard.press('Escape');
    // Pressed again, it fails again the same way: no fatal screen, no half-started reading.
    await game.page.getByRole('button', { name: 'New Game' }).click();
    await game.page.locator('#notice').filter({ hasText: 'could not be downloaded' }).waitFor();
    expect(await game.page.locator('#fatal').isVisible()).toBe(false);
    expect(await game.page.locator('#mirror').textContent()).toBe('');
    expect(await game.page.getByRole('button', { name: 'New Game' }).isVisible()).toBe(true);
    expect(besides404(game.errors)).toEqual([]);
    await game.close();
  });

  it('without the story session the warm-up fails quietly into a notice; Scenes and Settings still answer', async () => {
    const game = await openGame({ before: lose('session') });
    await game.page.locator('#notice').filter({ hasText: 'could not be downloaded' }).waitFor();
    await game.page.getByRole('button', { name: 'Scenes' }).click();
    await game.page.locator('#notice').filter({ hasText: 'could not be downloaded' }).waitFor();
    await game.page.getByRole('button', { name: 'Settings' }).click();
    await game.page.getByRole('dialog', { name: 'Settings' }).waitFor({ state: 'visible' });
    expect(await game.page.locator('#fatal').isVisible()).toBe(false);
    expect(besides404(game.errors)).toEqual([]);
    await game.close();
  });

  it('on the title, Load lists the saves at once: it does not wait for the story engine, which is still on its way', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const game = await openGame({
      before: (page) => page.route(/\/assets\/session-[\w-]+\.js$/, async (route) => {
        await held;
        await route.continue();
      }),
    });
    await game.page.getByRole('button', { name: 'Load' }).click();
    const dialog = game.page.getByRole('dialog', { name: 'Load' });
    await dialog.getByRole('button', { name: 'Page Quick' }).click();
    expect(await dialog.locator('.slot').first().innerText()).toContain('Empty slot');
    // The engine has not arrived: nothing is reading, yet the list answered.
    expect(await game.page.evaluate(() => '__awry' in window)).toBe(false);
    release();
    await game.page.keyboard.press('Escape');
    await game.page.getByRole('button', { name: 'New Game' }).click();
    await game.page.waitForFunction(() => document.getElementById('mirror')!.textContent !== '');
    expect(game.errors).toEqual([]);
    await game.close();
  });

  it('with a save on record, the title menu is in place from its first frame: nothing moves once the saves open', async () => {
    const game = await openGame();
    await newGame(game.page);
    await game.page.keyboard.press('q');
    await game.page.locator('#notice').filter({ hasText: 'Quick saved.' }).waitFor();
    // Where Load sits in the first frame the page paints, before the saves have opened.
    await game.page.addInitScript(() =>
      document.addEventListener('DOMContentLoaded', () => {
        const load = document.querySelector('[data-action="load"]')!;
        (window as unknown as { __firstLoadTop: number }).__firstLoadTop = load.getBoundingClientRect().top;
      }),
    );
    await game.page.reload();
    await game.page.waitForFunction(() => performance.getEntriesByName('awry:records-ready').length > 0);
    const continueButton = game.page.getByRole('button', { name: 'Continue' });
    await continueButton.waitFor({ state: 'visible' });
    const first = await game.page.evaluate(() => (window as unknown as { __firstLoadTop: number }).__firstLoadTop);
    const now = await game.page.locator('[data-action="load"]').evaluate((b) => b.getBoundingClientRect().top);
    expect(now).toBe(first);
    expect(game.errors).toEqual([]);
    await game.close();
  });

  it('the tests see an unhandled rejection in the page as an error', async () => {
    const game = await openGame();
    await game.page.evaluate(() => void Promise.reject(new Error('nobody caught this')));
    await expect.poll(() => game.errors).toContain('unhandled rejection: Error: nobody caught this');
    await game.close();
  });
});

describe('the first screen', () => {
  it('the title is laid out in its own faces: each is preloaded by the page, none found late by the style sheet', async () => {
    const game = await openGame();
    await game.page.waitForFunction(() => performance.getEntriesByName('awry:title-interactive').length > 0);
    await game.page.evaluate(() => document.fonts.ready);
    const fonts = await game.page.evaluate(() =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((e) => /\.woff2$/.test(e.name))
        .map((e) => ({ face: e.name.split('/').pop()!.replace(/-[\w-]{8}\.woff2$/, ''), by: e.initiatorType })),
    );
    expect(fonts.map((f) => f.face).sort()).toEqual(['literata-latin-400-italic', 'literata-latin-400-normal', 'literata-latin-700-normal']);
    expect(fonts.filter((f) => f.by !== 'link')).toEqual([]);
    expect(game.errors).toEqual([]);
    await game.close();
  });
});
