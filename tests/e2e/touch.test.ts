import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { connect, disconnect, drawn, jumpTo, seedSettings, view } from './game';
import { chapter } from './story';

afterAll(disconnect);

/**
 * A real touch screen: a mobile context with touch and no mouse. Taps go through page.touchscreen,
 * swipes and long presses through CDP touch events, as a phone's finger would send them.
 */
interface Phone { page: Page; context: BrowserContext; cdp: CDPSession; errors: string[] }

async function openPhone(viewport: { width: number; height: number }): Promise<Phone> {
  const context = await (await connect()).newContext({ viewport, deviceScaleFactor: 2, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  // Instant text: a tap reads on at once, so two quick taps are two lines.
  await seedSettings(page, { textSpeed: 0 });
  await page.goto(inject('baseURL'));
  return { page, context, cdp: await context.newCDPSession(page), errors };
}

type Point = { x: number; y: number };
const touch = (cdp: CDPSession, type: 'touchStart' | 'touchMove' | 'touchEnd', points: Point[]) =>
  cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map((p, id) => ({ ...p, id })) });

/** A one-finger drag from `a` to `b` in a few moves. */
async function swipe(cdp: CDPSession, a: Point, b: Point): Promise<void> {
  await touch(cdp, 'touchStart', [a]);
  for (let i = 1; i <= 6; i++) await touch(cdp, 'touchMove', [{ x: a.x + ((b.x - a.x) * i) / 6, y: a.y + ((b.y - a.y) * i) / 6 }]);
  await touch(cdp, 'touchEnd', []);
}

/** Every way the page could have moved or zoomed under the reader's finger. */
const scrollState = (page: Page) =>
  page.evaluate(() => ({
    x: window.scrollX, y: window.scrollY, top: document.scrollingElement!.scrollTop, bodyTop: document.body.scrollTop,
    vx: visualViewport!.offsetLeft, vy: visualViewport!.offsetTop, scale: visualViewport!.scale,
  }));
const STILL = { x: 0, y: 0, top: 0, bodyTop: 0, vx: 0, vy: 0, scale: 1 };

/** Boxes of every visible control (buttons, links, fields) that are smaller than 44x44 CSS px. */
const smallControls = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, a[href], input:not(.visually-hidden), select, label.import-button')]
      .filter((el) => el.checkVisibility({ visibilityProperty: true }))
      .map((el) => ({ name: el.textContent?.trim() || el.getAttribute('aria-label') || el.tagName, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 44 || box.height < 44)
      .map(({ name, box }) => `${name} ${Math.round(box.width)}x${Math.round(box.height)}`),
  );

/** Visible elements under `selector` that do not lie wholly on the screen. */
const offScreen = (page: Page, selector: string) =>
  page.evaluate((sel) =>
    [...document.querySelectorAll<HTMLElement>(sel)]
      .filter((el) => el.checkVisibility({ visibilityProperty: true }))
      .map((el) => ({ name: el.textContent?.trim() ?? el.tagName, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.left < 0 || box.top < 0 || box.right > innerWidth || box.bottom > innerHeight)
      .map(({ name, box }) => `${name} at ${Math.round(box.left)},${Math.round(box.top)}-${Math.round(box.right)},${Math.round(box.bottom)}`),
  selector);

/** A beat whose next two lines keep the same stage and speaker-free transitions: taps read on at once there. */
function quietBeat(): string {
  const { beats } = chapter();
  const i = beats.findIndex((b, i) => i > 0 && b.scene === 'ward' && [1, 2].every((k) => beats[i + k]?.stage === b.stage && beats[i + k]!.scene === b.scene));
  return beats[i]!.id;
}

/** Waits until the reader is on line `index` (a function, not a string: the page's policy forbids eval). */
const onBeat = (page: Page, index: number) =>
  page.waitForFunction((i) => (window as unknown as { __awry: { session: { view(): { beat: { index: number } | null } } } }).__awry.session.view().beat?.index === i, index, { timeout: 10_000 });

const SIZES = [{ width: 390, height: 844 }, { width: 844, height: 390 }];

describe('on a touch screen', () => {
  for (const viewport of SIZES) {
    it(`at ${viewport.width}x${viewport.height}: tap reads on, a swipe right rolls back, a long press hides the interface, nothing scrolls or zooms`, async () => {
      const { page, context, cdp, errors } = await openPhone(viewport);
      expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches && navigator.maxTouchPoints > 0)).toBe(true);
      expect(await smallControls(page)).toEqual([]); // the title's buttons
      expect(await offScreen(page, '#title h1, #title .title-sub, #title button')).toEqual([]); // all of the title on the screen
      await page.touchscreen.tap(viewport.width / 2, 40); // a stray tap on the title does nothing harmful
      await page.getByRole('button', { name: 'New Game' }).tap();
      await page.waitForFunction(() => document.getElementById('mirror')!.textContent !== '');
      await jumpTo(page, quietBeat());
      await drawn(page);
      const scene = { x: viewport.width / 2, y: viewport.height * 0.25 };
      const at = (await view(page)).beat!.index;

      // Two quick taps read two lines, and the page does not zoom in.
      await page.touchscreen.tap(scene.x, scene.y);
      await page.touchscreen.tap(scene.x, scene.y);
      await onBeat(page, at + 2);
      expect(await scrollState(page)).toEqual(STILL);

      // A swipe to the right rolls back one line; swipes every other way move nothing.
      await swipe(cdp, { x: viewport.width * 0.15, y: scene.y }, { x: viewport.width * 0.8, y: scene.y + 10 });
      await onBeat(page, at + 1);
      await swipe(cdp, { x: scene.x, y: viewport.height * 0.7 }, { x: scene.x, y: 20 });
      await swipe(cdp, { x: scene.x, y: 30 }, { x: scene.x, y: viewport.height - 30 });
      const bar = (await page.locator('#quick-menu').boundingBox())!;
      await swipe(cdp, { x: bar.x + bar.width - 10, y: bar.y + bar.height / 2 }, { x: bar.x + 10, y: bar.y - 200 });
      expect(await scrollState(page)).toEqual(STILL);
      expect((await view(page)).beat!.index).toBe(at + 1);

      // A long press hides the words and buttons (and does not read on); the next tap brings them back.
      // The release still sends a click: it must not show the words again, nor read on.
      await page.evaluate(() => {
        const w = window as unknown as { toggles: number };
        w.toggles = 0;
        new MutationObserver(() => w.toggles++).observe(document.body, { attributes: true, attributeFilter: ['class'] });
      });
      await touch(cdp, 'touchStart', [scene]);
      await page.waitForFunction(() => document.body.classList.contains('ui-hidden'), undefined, { timeout: 5_000 });
      await touch(cdp, 'touchEnd', []);
      expect(await page.locator('#quick-menu').isVisible()).toBe(false);
      await page.touchscreen.tap(scene.x, scene.y);
      await page.waitForFunction(() => !document.body.classList.contains('ui-hidden'), undefined, { timeout: 5_000 });
      expect(await page.evaluate(() => (window as unknown as { toggles: number }).toggles)).toBe(2); // hidden once, shown once
      expect((await view(page)).beat!.index).toBe(at + 1); // neither the long press nor the tap that showed the words read on
      await page.touchscreen.tap(scene.x, scene.y);
      await onBeat(page, at + 2);

      // Every control in reach of a thumb: the quick menu on the reading screen, then the menu it opens.
      expect(await smallControls(page)).toEqual([]);
      await page.getByRole('button', { name: 'Menu' }).tap();
      await page.getByRole('dialog', { name: 'Menu' }).waitFor({ state: 'visible' });
      expect(await smallControls(page)).toEqual([]);
      const panel = (await page.locator('#pause .dialog-panel').boundingBox())!; // the menu fits the screen
      expect(panel.x).toBeGreaterThanOrEqual(0);
      expect(panel.y).toBeGreaterThanOrEqual(0);
      expect(panel.x + panel.width).toBeLessThanOrEqual(viewport.width);
      expect(panel.y + panel.height).toBeLessThanOrEqual(viewport.height);
      await page.getByRole('dialog', { name: 'Menu' }).getByRole('button', { name: 'Resume' }).tap();
      await page.getByRole('dialog', { name: 'Menu' }).waitFor({ state: 'hidden' });
      expect(await scrollState(page)).toEqual(STILL);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
