import { afterAll, describe, expect, it } from 'vitest';
import { computeLayout } from '../../src/stage/layout';
import { advance, disconnect, drawn, jumpTo, mirror, newGame, openGame } from './game';
import { screenshotStats } from './pixels';
import { chapter, expectedLine, mirrorLines } from './story';

const story = chapter();
afterAll(disconnect);

describe('reading the opening scenes in Chromium', () => {
  it('New Game plays the forest and the corridor, the text mirror showing every line in order', async () => {
    const game = await openGame();
    await newGame(game.page);
    const expected = [...mirrorLines(story, 'forest'), ...mirrorLines(story, 'corridor')];
    const seen: string[] = [await mirror(game.page)];
    for (let i = 1; i < expected.length; i++) {
      await advance(game.page);
      seen.push(await mirror(game.page));
    }
    expect(seen).toEqual(expected);
    expect(game.errors).toEqual([]);
    await game.close();
  });

  for (const viewport of [{ width: 1280, height: 720 }, { width: 390, height: 844 }]) {
    it(`draws background, portraits and text box at ${viewport.width}x${viewport.height}`, async () => {
      const game = await openGame({ viewport });
      await newGame(game.page);
      const corridor = story.scenes.find((s) => s.id === 'corridor')!;
      // Jump to a corridor line with someone speaking, and let transitions settle.
      const beat = story.beats.slice(corridor.firstBeat, corridor.firstBeat + corridor.beatCount).find((b) => b.speaker && b.stage.cast.length)!;
      await jumpTo(game.page, beat.id);
      await drawn(game.page); // its art and words on screen, at rest
      const layout = computeLayout(viewport.width, viewport.height);
      const whole = await screenshotStats(game.page, { x: 0, y: 0, ...viewport }, undefined, `test-results/corridor-${viewport.width}x${viewport.height}.png`);
      const sky = await screenshotStats(game.page, { x: layout.scene.x + 10, y: layout.scene.y + 10, width: layout.scene.width - 20, height: layout.textBox.y - layout.scene.y - 20 });
      const box = layout.textBox;
      const text = await screenshotStats(game.page, { x: box.x + 8, y: box.y + 8, width: box.width - 16, height: box.height - 16 });
      expect(whole.spread).toBeGreaterThan(10);
      expect(sky.colours).toBeGreaterThan(20);
      expect(sky.mean).toBeGreaterThan(20);
      // A dark panel with light letters on it.
      expect(text.mean).toBeLessThan(sky.mean);
      expect(text.spread).toBeGreaterThan(12);
      expect(await mirror(game.page)).toBe(expectedLine(story, beat));
      expect(game.errors).toEqual([]);
      await game.close();
    });
  }
});
