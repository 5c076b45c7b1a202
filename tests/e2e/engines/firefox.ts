/**
 * Debian's Firefox ESR driven by puppeteer-core over WebDriver BiDi (no downloaded browser). It runs
 * with a window on the X server: headless Firefox has no WebGL here.
 */
import puppeteer, { type KeyInput } from 'puppeteer-core';
import type { Page } from 'puppeteer-core';
import { readCollector } from './collector';
import { buttonXPath, VIEWPORT, type EngineDriver, type KeyName, type Viewport } from './driver';
import { requireProgram } from './processes';

export const firefoxPath = (): string => process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** BiDi sends a key by the character it types: Space is ' ' (the name 'Space' is not a key there). */
const KEYS: Record<KeyName, KeyInput> = {
  Space: ' ',
  Enter: 'Enter',
  Escape: 'Escape',
  Tab: 'Tab',
  PageUp: 'PageUp',
  PageDown: 'PageDown',
  Backspace: 'Backspace',
  q: 'q',
};

export interface FirefoxOptions {
  display: string;
  pulseServer: string;
  viewport?: Viewport;
}

/**
 * Sets the viewport inside the window and waits until the page sees that size (a window still being
 * placed on the X server may report another size at first); fails loudly after 5 s.
 */
async function fitViewport(page: Page, viewport: Viewport): Promise<void> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    // Firefox ESR 140 has no screen-orientation override, which puppeteer sends with the viewport:
    // the viewport itself is set; only that second command fails.
    await page.setViewport(viewport).catch((error: unknown) => {
      if (!String(error).includes('setScreenOrientationOverride')) throw error;
    });
    const size = await page.evaluate(() => [innerWidth, innerHeight]);
    if (size[0] === viewport.width && size[1] === viewport.height) return;
    if (Date.now() > deadline) throw new Error(`firefox: the viewport is ${size.join('x')}, not ${viewport.width}x${viewport.height}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export async function openFirefox({ display, pulseServer, viewport = VIEWPORT }: FirefoxOptions): Promise<EngineDriver> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: requireProgram(firefoxPath(), 'Firefox ESR (package firefox-esr)'),
    headless: false,
    // The window must be larger than the viewport, which BiDi can only shrink within it.
    args: [`--width=${viewport.width + 320}`, `--height=${viewport.height + 280}`],
    env: { ...process.env, DISPLAY: display, PULSE_SERVER: pulseServer },
    defaultViewport: null,
    // A screenshot copies the stage's transferred canvases through their worker while the page's main
    // thread waits, up to this timeout (10 s by default): a copy that cannot be had at once comes back
    // empty after 250 ms instead, and the checks look again.
    extraPrefsFirefox: { 'gfx.offscreencanvas.snapshot-timeout-ms': 250 },
  });
  try {
    const page = (await browser.pages())[0] ?? (await browser.newPage());
    await fitViewport(page, viewport);
    const seen: string[] = [];
    page.on('pageerror', (e) => seen.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') seen.push(m.text());
    });
    const evaluate = <A extends unknown[], R>(fn: (...args: A) => R | Promise<R>, ...args: A) =>
      page.evaluate(fn as (...a: unknown[]) => R | Promise<R>, ...args) as Promise<R>;
    const userAgent = await evaluate(() => navigator.userAgent);
    return {
      engine: 'firefox',
      userAgent,
      version: await browser.version(),
      setViewport: (size) => fitViewport(page, size),
      async goto(url) {
        await page.goto(url, { waitUntil: 'load' });
      },
      evaluate,
      press: (key) => page.keyboard.press(KEYS[key]),
      click: (selector) => page.click(selector),
      clickButton: (name) => page.click(`::-p-xpath(${buttonXPath(name)})`),
      screenshot: async () => Buffer.from(await page.screenshot({ type: 'png' })),
      // The page's errors come over BiDi; its workers' from the early collector.
      errors: async () => [...seen, ...(await readCollector(evaluate, 'firefox')).worker],
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
