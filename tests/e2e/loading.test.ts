import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { disconnect, openGame } from './game';

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

  it('the tests see an unhandled rejection in the page as an error', async () => {
    const game = await openGame();
    await game.page.evaluate(() => void Promise.reject(new Error('nobody caught this')));
    await expect.poll(() => game.errors).toContain('unhandled rejection: Error: nobody caught this');
    await game.close();
  });
});
