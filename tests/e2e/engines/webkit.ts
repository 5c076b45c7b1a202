/**
 * WebKit (Safari's engine) as WebKitGTK's MiniBrowser, driven through WebKitWebDriver by
 * selenium-webdriver. Classic WebDriver has no console log here, so errors come from the collector
 * the test server puts first in the page (earlyErrors.js) and are read back from sessionStorage.
 * Each browser gets a WebKitWebDriver of its own (it serves one session at a time anyway): one that
 * wedges is stopped and replaced, and no session waits on another's shutdown.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Builder, By, Capabilities, Key, type WebDriver } from 'selenium-webdriver';
import { readCollector } from './collector';
import { buttonXPath, VIEWPORT, type EngineDriver, type KeyName, type Viewport } from './driver';
import { startWebKitDriver, type Helper } from './processes';

/**
 * How long opening a browser may take before its WebKitWebDriver is taken for wedged: once, on a
 * loaded machine, a session stayed unopened for the whole five-minute hook.
 */
const OPEN_TIMEOUT_MS = 90_000;

const KEYS: Record<KeyName, string> = {
  Space: Key.SPACE,
  Enter: Key.ENTER,
  Escape: Key.ESCAPE,
  Tab: Key.TAB,
  PageUp: Key.PAGE_UP,
  PageDown: Key.PAGE_DOWN,
  Backspace: Key.BACK_SPACE,
  q: 'q',
};

/** The MiniBrowser that libwebkit2gtk-4.1-0 ships, under the machine's multiarch directory. */
export function miniBrowserPath(): string {
  if (process.env.WEBKIT_MINIBROWSER) return process.env.WEBKIT_MINIBROWSER;
  for (const dir of readdirSync('/usr/lib')) {
    const candidate = join('/usr/lib', dir, 'webkit2gtk-4.1', 'MiniBrowser');
    if (existsSync(candidate)) return candidate;
  }
  throw new Error('WebKitGTK\'s MiniBrowser is not installed (package libwebkit2gtk-4.1-0); install the browsers: bash tools/ensure-browsers.sh');
}

/**
 * Wraps a page function for executeAsyncScript: WebDriver runs the source as a function body, and the
 * result (or the page's error) comes back through the callback, promises included.
 */
function asyncScript(fn: (...args: never[]) => unknown): string {
  return `var done = arguments[arguments.length - 1];
var args = Array.prototype.slice.call(arguments, 0, -1);
Promise.resolve().then(function () { return (${fn.toString()}).apply(null, args); }).then(
  function (value) { done({ ok: true, value: value === undefined ? null : value }); },
  function (error) { done({ ok: false, error: String((error && error.stack) || error) }); });`;
}

type Outcome<R> = { ok: true; value: R } | { ok: false; error: string };

/**
 * Sizes the window so that the page's viewport (not the window with its toolbar) is `viewport`. The
 * window manager resizes asynchronously (slower on a loaded machine), so each size is read once it holds
 * still, and the window is corrected until the viewport fits.
 */
async function fitViewport(driver: WebDriver, viewport: Viewport): Promise<void> {
  const inner = () => driver.executeScript<[number, number]>(() => [innerWidth, innerHeight]);
  /** The viewport once the resize has shown (it changed from `before`, or 1.5 s passed) and holds still. */
  const steady = async (before: [number, number]) => {
    const same = (a: [number, number], b: [number, number]) => a[0] === b[0] && a[1] === b[1];
    let last = await inner();
    for (const deadline = Date.now() + 1500; same(last, before) && Date.now() < deadline; ) {
      await new Promise((r) => setTimeout(r, 100));
      last = await inner();
    }
    for (const deadline = Date.now() + 3000; Date.now() < deadline; ) {
      await new Promise((r) => setTimeout(r, 150));
      const now = await inner();
      if (same(now, last)) return now;
      last = now;
    }
    return last;
  };
  let asked = { width: viewport.width, height: viewport.height };
  let seen = await inner();
  for (let attempt = 0; attempt < 5; attempt++) {
    await driver.manage().window().setRect({ x: 0, y: 0, ...asked });
    seen = await steady(seen);
    if (seen[0] === viewport.width && seen[1] === viewport.height) return;
    asked = { width: asked.width + viewport.width - seen[0], height: asked.height + viewport.height - seen[1] };
  }
  throw new Error(`webkit: the viewport is ${seen[0]}x${seen[1]}, not ${viewport.width}x${viewport.height}`);
}

export interface WebKitOptions {
  /** The environment the MiniBrowser runs in: its X display and sound server. */
  env: NodeJS.ProcessEnv;
  viewport?: Viewport;
}

/** A MiniBrowser on a WebKitWebDriver of its own; a second try on a fresh driver if the first does not open in time. */
export async function openWebKit({ env, viewport = VIEWPORT }: WebKitOptions): Promise<EngineDriver> {
  for (let attempt = 1; ; attempt++) {
    const server = await startWebKitDriver(env);
    const opening = openSession(server, viewport);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const wedged = new Promise<'wedged'>((resolve) => (timer = setTimeout(() => resolve('wedged'), OPEN_TIMEOUT_MS)));
    const first = await Promise.race([opening, wedged]).finally(() => clearTimeout(timer));
    if (first !== 'wedged') return first;
    opening.then((driver) => driver.close(), () => undefined); // a session that opens after all is closed
    await server.stop();
    const why = `webkit: the browser did not open within ${OPEN_TIMEOUT_MS / 1000} s`;
    if (attempt > 1) throw new Error(why);
    console.warn(`${why}; trying once more on a fresh WebKitWebDriver`);
  }
}

async function openSession(server: Helper & { url: string }, viewport: Viewport): Promise<EngineDriver> {
  const capabilities = new Capabilities({
    browserName: 'MiniBrowser',
    'webkitgtk:browserOptions': { binary: miniBrowserPath(), args: ['--automation'] },
  });
  let driver: WebDriver;
  try {
    driver = await new Builder().usingServer(server.url).withCapabilities(capabilities).build();
  } catch (error) {
    await server.stop();
    throw error;
  }
  try {
    await driver.manage().setTimeouts({ script: 30_000, pageLoad: 30_000 });
    await fitViewport(driver, viewport);
    const evaluate = async <A extends unknown[], R>(fn: (...args: A) => R | Promise<R>, ...args: A): Promise<R> => {
      const outcome = await driver.executeAsyncScript<Outcome<R>>(asyncScript(fn as (...a: never[]) => unknown), ...args);
      if (!outcome.ok) throw new Error(`webkit: the page function threw: ${outcome.error}`);
      return outcome.value;
    };
    const userAgent = await evaluate(() => navigator.userAgent);
    return {
      engine: 'webkit',
      userAgent,
      version: `WebKitGTK ${String((await driver.getCapabilities()).get('browserVersion'))}`,
      setViewport: (size) => fitViewport(driver, size),
      goto: (url) => driver.get(url),
      evaluate,
      press: (key) => driver.actions().sendKeys(KEYS[key]).perform(),
      click: async (selector) => (await driver.findElement(By.css(selector))).click(),
      clickButton: async (name) => (await driver.findElement(By.xpath(buttonXPath(name)))).click(),
      screenshot: async () => Buffer.from(await driver.takeScreenshot(), 'base64'),
      async errors() {
        const { page, worker } = await readCollector(evaluate, 'webkit');
        return [...page, ...worker];
      },
      close: async () => {
        try {
          await driver.quit();
        } finally {
          await server.stop();
        }
      },
    };
  } catch (error) {
    await driver.quit().catch(() => undefined);
    await server.stop();
    throw error;
  }
}
