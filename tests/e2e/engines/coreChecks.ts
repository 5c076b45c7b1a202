import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EngineDriver, EngineName } from './driver';
import { keep, mirror, newGame, openEngine, openingLines, openTitle, readOn, waitForDialog, waitForErrors, waitForScene } from './game';

/** The core of a reading, as one reader's visit, in `engine`: the same checks in every engine. */
export function coreChecks(engine: EngineName): void {
  describe(`${engine}: the core of a reading`, () => {
    const [first, second] = openingLines(2);
    let driver: EngineDriver;

    beforeAll(async () => {
      driver = await openEngine(engine);
      console.info(`${engine}: ${driver.version}; ${driver.userAgent}`);
    });
    afterAll(() => driver?.close());

    it('New Game shows the first line, drawn on a real scene; Space reads on; Escape opens the menu; no page error', async () => {
      await openTitle(driver);
      keep(await driver.screenshot(), `${engine}-title`);

      expect(await newGame(driver)).toBe(first);
      const { png, scene } = await waitForScene(driver);
      keep(png, `${engine}-first-line`);
      expect(scene.colours).toBeGreaterThan(20);

      expect(await readOn(driver)).toBe(second);

      await driver.press('Escape');
      await waitForDialog(driver, 'Menu');
      expect(await mirror(driver)).toBe(second);
      expect(await driver.errors()).toEqual([]);
    });

    it('hears a page error: an uncaught error, an unhandled rejection and a console error are all reported', async () => {
      await driver.evaluate(() => {
        setTimeout(() => {
          throw new Error('probe: uncaught');
        });
        void Promise.reject(new Error('probe: rejected'));
        console.error('probe: console');
      });
      const heard = await waitForErrors(driver, ['probe: uncaught', 'probe: rejected', 'probe: console']);
      expect(heard).toHaveLength(3);
    });
  });
}
