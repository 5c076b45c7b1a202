import { afterAll, describe, expect, it } from 'vitest';
import type { Beat } from '../../src/compiler/story';
import { computeLayout } from '../../src/stage/layout';
import { disconnect, drawn, jumpTo, mirror, newGame, openGame } from './game';
import { screenshotStats } from './pixels';
import { chapter, expectedLine } from './story';

const story = chapter();
afterAll(disconnect);

/** The busiest spoken beat of a scene without effects over it (else its busiest beat). */
function showcase(sceneId: string): Beat {
  const scene = story.scenes.find((s) => s.id === sceneId)!;
  const beats = story.beats.slice(scene.firstBeat, scene.firstBeat + scene.beatCount);
  const score = (b: Beat) => b.stage.cast.length * 2 + (b.speaker ? 1 : 0) - b.stage.effects.length * 10;
  return beats.reduce((best, b) => (score(b) > score(best) ? b : best));
}

describe('one beat of every scene, at desktop and phone sizes (portrait and landscape)', () => {
  for (const viewport of [{ width: 1280, height: 720 }, { width: 390, height: 844 }, { width: 844, height: 390 }]) {
    it(`every scene draws its background, cast and text box at ${viewport.width}x${viewport.height}`, async () => {
      const game = await openGame({ viewport });
      await newGame(game.page);
      const layout = computeLayout(viewport.width, viewport.height);
      const box = layout.textBox;
      for (const scene of story.scenes) {
        const beat = showcase(scene.id);
        await jumpTo(game.page, beat.id);
        await drawn(game.page); // its art loaded and drawn, its words in full, at rest
        const file = `test-results/scene-${scene.id}-${viewport.width}x${viewport.height}.png`;
        const above = await screenshotStats(game.page, { x: layout.scene.x + 4, y: layout.scene.y + 4, width: layout.scene.width - 8, height: box.y - layout.scene.y - 8 }, undefined, file);
        const text = await screenshotStats(game.page, { x: box.x + 8, y: box.y + 8, width: box.width - 16, height: box.height - 16 });
        expect(above.colours, `${scene.id}: the scene above the text box has art`).toBeGreaterThan(20);
        expect(text.spread, `${scene.id}: the text box has letters on it`).toBeGreaterThan(8);
        expect(await mirror(game.page)).toBe(expectedLine(story, beat));
      }
      expect(game.errors).toEqual([]);
      await game.close();
    });
  }
});
