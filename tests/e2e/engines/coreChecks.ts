import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { NO_OGG_PARAM, VIEWPORT, type EngineDriver, type EngineName, type Viewport } from './driver';
import { keep, loadQuick, mirror, newGame, openEngine, openTitle, quickSave, quickThumbnail, readOn, sceneRegion, waitForDialog, waitForErrors, waitForNoDialog, waitForScene, waitForTitleArt } from './game';
import { stageMode, waitDrawn, type StageMode } from './hook';
import { thumbnailLikeness } from '../pixels';
import { regionDifference } from './pixels';
import { compiledChapter, sceneLines } from './script';
import { waitForSound } from './sound';

const PHONE: Viewport = { width: 390, height: 844 };
const LANDSCAPE: Viewport = { width: 844, height: 390 };

/** What each engine is expected to do, so that a change of path (a worker lost, a codec gained) is noticed. */
const EXPECTED: Record<EngineName, { stage: StageMode; sound: '.ogg' | '.mp3'; sizes: Viewport[] }> = {
  // Firefox has WebGL on a worker's OffscreenCanvas: the stage draws in its worker. (It stalled at the
  // first scene change while a scene start's thumbnail was read back at once; readback.ts waits now.)
  firefox: { stage: 'worker', sound: '.ogg', sizes: [VIEWPORT, PHONE, LANDSCAPE] },
  // WebKitGTK has none there: the stage takes the in-page path. GStreamer plays Ogg Vorbis. MiniBrowser's
  // window is never narrower than its toolbar (447 px), so its portrait phone is 450 wide.
  webkit: { stage: 'page', sound: '.ogg', sizes: [VIEWPORT, { ...PHONE, width: 450 }, LANDSCAPE] },
};

/**
 * The core of a reading in `engine`, the same checks in every engine: one reader's visit whose tests
 * run in order on one browser, each starting where the last left the reader; then a second visit on
 * the MP3 path, which also shows that errors (the stage's own included) are heard.
 */
export function coreChecks(engine: EngineName): void {
  describe(`${engine}: the core of a reading`, () => {
    const story = compiledChapter();
    const forest = sceneLines(story, 'forest');
    const corridor = sceneLines(story, 'corridor');
    const expected = EXPECTED[engine];
    let driver: EngineDriver;
    let corridorShot: Buffer;
    // Each test starts where the last left the reader: after a failure, the rest fail at once, naming it.
    let failed: string | null = null;
    const goOn = () => {
      if (failed) throw new Error(`not run: "${failed}" failed earlier in this visit`);
    };

    beforeAll(async () => {
      driver = await openEngine(engine);
      console.info(`${engine}: ${driver.version}; ${driver.userAgent}`);
    });
    afterEach(({ task }) => {
      if (task.result?.state === 'fail') failed ??= task.name;
    });
    afterAll(() => driver?.close());

    it(`New Game reads the forest line by line, drawn, then changes scene to the corridor; the stage draws in the ${expected.stage}`, { timeout: 240_000 }, async () => {
      await openTitle(driver);
      keep(await waitForTitleArt(driver), `${engine}-title`);

      expect(await newGame(driver)).toMatch(forest[0]!.mirror);
      expect(await stageMode(driver)).toBe(expected.stage);
      await waitDrawn(driver);
      const { png: forestShot, scene } = await waitForScene(driver);
      keep(forestShot, `${engine}-forest`);
      expect(scene.colours).toBeGreaterThan(20);

      for (const line of forest.slice(1)) expect(await readOn(driver), line.id).toMatch(line.mirror);

      expect(await readOn(driver)).toMatch(corridor[0]!.mirror);
      await waitDrawn(driver);
      // The screen keeps up with the stage: after the forest's moving frames, the corridor the stage
      // reports drawn is on screen at once, not once a backlog of queued frames has gone by (gpuPace.ts).
      ({ png: corridorShot } = await waitForScene(driver, { textBox: true, timeout: 8_000 }));
      keep(corridorShot, `${engine}-corridor`);
      // Another scene is on screen: the pale corridor, not the forest at dusk.
      expect(await regionDifference(forestShot, corridorShot, sceneRegion(VIEWPORT))).toBeGreaterThan(40);
      expect(await driver.errors()).toEqual([]);
    });

    it(`plays each sound's ${expected.sound} file`, async () => {
      goOn();
      const sound = await waitForSound(driver, 'hospital-hum');
      expect(sound.src.endsWith(expected.sound), sound.src).toBe(true);
      expect(sound.fetched.length).toBeGreaterThan(0);
      expect(sound.fetched.filter((url) => !url.endsWith(expected.sound))).toEqual([]);
    });

    it('PageUp rolls back to the previous line, and Space reads it again', async () => {
      goOn();
      expect(await readOn(driver)).toMatch(corridor[1]!.mirror);
      expect(await readOn(driver, 'PageUp')).toMatch(corridor[0]!.mirror);
      expect(await readOn(driver)).toMatch(corridor[1]!.mirror);
      expect(await driver.errors()).toEqual([]);
    });

    it('Q quick-saves; after a reload, Load → Quick returns to that line, drawn as it was', async () => {
      goOn();
      await waitDrawn(driver);
      const { png: saved } = await waitForScene(driver, { textBox: true });
      await quickSave(driver);
      // Its thumbnail is this moment, read back from the stage right way up.
      const thumbnail = await quickThumbnail(driver);
      expect(thumbnail).toMatch(/^data:image\/(webp|jpeg);base64,/);
      const likeness = await thumbnailLikeness(thumbnail!, saved);
      expect(likeness.same).toBeLessThan(20);
      expect(likeness.same).toBeLessThan(likeness.flipped / 2);
      expect(await readOn(driver)).toMatch(corridor[2]!.mirror);

      await openTitle(driver);
      expect(await loadQuick(driver)).toMatch(corridor[1]!.mirror);
      await waitDrawn(driver);
      const { png } = await waitForScene(driver, { textBox: true });
      keep(png, `${engine}-quick-loaded`);
      // The same backdrop and cast as the corridor's first line (only the words below differ).
      expect(await regionDifference(corridorShot, png, sceneRegion(VIEWPORT))).toBeLessThan(8);
      expect(await driver.errors()).toEqual([]);
    });

    it('Escape opens the menu over the line, and Escape closes it; reading goes on', async () => {
      goOn();
      const line = await mirror(driver);
      await driver.press('Escape');
      await waitForDialog(driver, 'Menu');
      await driver.press('Escape');
      await waitForNoDialog(driver);
      expect(await mirror(driver)).toBe(line);
      expect(await readOn(driver)).toMatch(corridor[2]!.mirror);
      expect(await driver.errors()).toEqual([]);
    });

    it(`the title and a corridor line are drawn at ${expected.sizes.map((s) => `${s.width}x${s.height}`).join(', ')}`, { timeout: 180_000 }, async () => {
      goOn();
      for (const size of expected.sizes) {
        const name = `${engine}-${size.width}x${size.height}`;
        await driver.setViewport(size);
        await openTitle(driver);
        keep(await waitForTitleArt(driver, size), `${name}-title`);

        expect(await loadQuick(driver)).toMatch(corridor[1]!.mirror);
        await waitDrawn(driver);
        // The corridor's pale walls, and the text box's dark panel over them with the line.
        const { png, scene } = await waitForScene(driver, { viewport: size, textBox: true });
        keep(png, `${name}-corridor`);
        expect(scene.colours, name).toBeGreaterThan(20);
      }
      await driver.setViewport(VIEWPORT);
      expect(await driver.errors()).toEqual([]);
    });
  });

  describe(`${engine}: a visit where the engine denies Ogg`, () => {
    const forest = sceneLines(compiledChapter(), 'forest');
    let driver: EngineDriver;

    beforeAll(async () => {
      driver = await openEngine(engine);
    });
    afterAll(() => driver?.close());

    it('forced onto MP3 (the engine denies Ogg), it fetches and plays the MP3s', async () => {
      await openTitle(driver, `?${NO_OGG_PARAM}`);
      expect(await newGame(driver)).toMatch(forest[0]!.mirror);
      expect(await stageMode(driver)).toBe(EXPECTED[engine].stage);
      // A reader's next press: WebKit may leave the sound suspended until a gesture after the one that started it.
      expect(await readOn(driver)).toMatch(forest[1]!.mirror);
      const sound = await waitForSound(driver, 'forest-dusk');
      expect(sound.src.endsWith('.mp3'), sound.src).toBe(true);
      expect(sound.fetched.length).toBeGreaterThan(0);
      expect(sound.fetched.filter((url) => !url.endsWith('.mp3'))).toEqual([]);
      expect(await driver.errors()).toEqual([]);
    });

    it('hears errors: uncaught, unhandled rejection, console error, and one thrown inside the stage', async () => {
      await driver.evaluate(() => {
        setTimeout(() => {
          throw new Error('probe: uncaught');
        });
        void Promise.reject(new Error('probe: rejected'));
        console.error('probe: console');
        // The test build's stage throws from its own context: the worker's, or the page's on the fallback.
        (window as unknown as { __awry: { stage: { crash(): void } } }).__awry.stage.crash();
      });
      const heard = await waitForErrors(driver, ['probe: uncaught', 'probe: rejected', 'probe: console', 'stage crashed on purpose']);
      expect(heard).toHaveLength(4);
      if (EXPECTED[engine].stage === 'worker') expect(heard[3]).toMatch(/^worker stage: /);
    });
  });
}
