/**
 * One small interface over the drivers of the engines that are not Chromium, so a check is written
 * once and runs in each. Page code is always a function, never a string: a string is evaluated in
 * the page, which a strict Content-Security-Policy forbids.
 */

/** Keys by their DOM `key` names; each driver maps them to its own protocol. */
export type KeyName = 'Space' | 'Enter' | 'Escape' | 'Tab' | 'PageUp' | 'PageDown' | 'Backspace' | 'q';

export interface Viewport { width: number; height: number }

export type EngineName = 'firefox' | 'webkit';

export interface EngineDriver {
  readonly engine: EngineName;
  /** The engine's user agent string, as the page sees it. */
  readonly userAgent: string;
  /** The browser's own version (WebKitGTK's user agent does not carry it). */
  readonly version: string;
  /** Resizes the page's viewport (not the window around it) and checks that the page sees that size. */
  setViewport(viewport: Viewport): Promise<void>;
  /** Loads `url` and waits for its load event. */
  goto(url: string): Promise<void>;
  /** Runs `fn` in the page with JSON-serialisable `args`; a returned promise is awaited. */
  evaluate<A extends unknown[], R>(fn: (...args: A) => R | Promise<R>, ...args: A): Promise<R>;
  /** A real key press (trusted events: it counts as a user gesture). */
  press(key: KeyName): Promise<void>;
  /** A real click in the middle of the first element matching a CSS selector. */
  click(selector: string): Promise<void>;
  /** A real click on the visible button whose label (aria-label or words) is `name`. */
  clickButton(name: string): Promise<void>;
  /** The viewport as a PNG. */
  screenshot(): Promise<Buffer>;
  /**
   * Uncaught errors, unhandled rejections and console errors the page has reported so far, and the
   * uncaught errors of its workers (heard on each Worker object by the early collector).
   */
  errors(): Promise<string[]>;
  close(): Promise<void>;
}

/** The test server serves a page asked for with this query parameter as an engine without Ogg sees it. */
export const NO_OGG_PARAM = 'engines-no-ogg';

/** The viewport every engine check uses unless it says otherwise. */
export const VIEWPORT: Viewport = { width: 1280, height: 720 };

/**
 * Polls `fn` in the page until it returns a truthy value, and returns it. Fails loudly after `timeout`
 * ms with `what` and the last value seen, so a stuck page says where it stuck.
 */
export async function waitFor<A extends unknown[], R>(
  driver: EngineDriver,
  what: string,
  fn: (...args: A) => R | Promise<R>,
  args: A,
  timeout = 15_000,
): Promise<NonNullable<R>> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    last = await driver.evaluate(fn, ...args);
    if (last) return last as NonNullable<R>;
    if (Date.now() > deadline) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${driver.engine}: timed out after ${timeout} ms waiting for ${what} (last value: ${JSON.stringify(last)})`);
}

/** An XPath for a button by its accessible name (aria-label, else its words), for drivers without role queries. */
export function buttonXPath(name: string): string {
  if (name.includes("'")) throw new Error(`button names with quotes are not supported: ${name}`);
  return `//button[@aria-label='${name}' or (not(@aria-label) and normalize-space(.)='${name}')]`;
}
