import { afterAll, describe, expect, it } from 'vitest';
import { advance, disconnect, mirror, newGame, openGame } from './game';
import { chapter, mirrorLines } from './story';

const story = chapter();
afterAll(disconnect);

describe('the whole chapter in Chromium', () => {
  it('plays from New Game to the end card, every line in the mirror in order, then back to the title', async () => {
    const game = await openGame();
    await newGame(game.page);
    const expected = story.scenes.flatMap((s) => mirrorLines(story, s.id));
    const seen: string[] = [await mirror(game.page)];
    for (let i = 1; i < expected.length; i++) {
      await advance(game.page);
      seen.push(await mirror(game.page));
    }
    expect(seen).toEqual(expected);
    // Presses finish the last fade, complete the last line, then leave it.
    const end = game.page.getByRole('heading', { name: 'End of Chapter 1' });
    for (let i = 0; i < 4 && !(await end.isVisible()); i++) await game.page.keyboard.press('Space');
    await end.waitFor({ state: 'visible' });
    await game.page.getByRole('button', { name: 'Back to the title' }).click();
    await game.page.getByRole('button', { name: 'New Game' }).waitFor({ state: 'visible' });
    expect(game.errors).toEqual([]);
    await game.close();
  });

  it('credits open from the title with the disclaimer and every asset origin, and Escape closes them', async () => {
    const game = await openGame();
    const creditsButton = game.page.getByRole('button', { name: 'Credits' }).first();
    await creditsButton.click();
    const dialog = game.page.getByRole('dialog', { name: 'Credits' });
    await dialog.waitFor({ state: 'visible' });
    const text = await dialog.innerText();
    expect(text).toContain('belong to Masashi Kishimoto');
    expect(text).toContain('Awry Mission');
    for (const tool of ['tools/art/backgrounds/generate.ts', 'tools/art/portraits/generate.ts', 'tools/audio/generate.mjs']) expect(text).toContain(tool);
    expect(text).toContain('kakashi-bed');
    // Focus moved into the dialog; Escape closes it and gives focus back to the button.
    expect(await game.page.evaluate(() => document.activeElement?.closest('[role=dialog]') !== null)).toBe(true);
    await game.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await game.page.evaluate(() => document.activeElement?.textContent)).toBe('Credits');
    expect(game.errors).toEqual([]);
    await game.close();
  });
});
