/**
 * The game's Content-Security-Policy: pure data, shared by index.html's `<meta>` (vite.config checks
 * they agree), the README's header set and the browser test that serves the build under it.
 *
 * Why each source is there:
 * - everything is 'self': the game loads nothing from another origin;
 * - no 'unsafe-eval': both stage paths import `pixi.js/unsafe-eval` (precompiled shader functions);
 * - no inline script or style: vite emits files only, and the code styles elements through the CSSOM;
 * - img-src data: the save slots show each save's thumbnail, stored in the save as a data URL;
 * - media-src 'self': Web Audio loads sound with XHR (connect-src); an `<audio>` element is only
 *   howler's fallback where Web Audio is missing;
 * - worker-src 'self': the stage worker and the service worker are files of the game.
 */
export type Directives = Readonly<Record<string, readonly string[]>>;

/** What a `<meta>` can carry (browsers ignore frame-ancestors and report-uri there). */
export const META_POLICY: Directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'media-src': ["'self'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

/** The header a host sends with every response: the worker scripts get their policy only from it. */
export const HEADER_POLICY: Directives = { ...META_POLICY, 'frame-ancestors': ["'none'"] };

/** `default-src 'self'; script-src ...` */
export const policyText = (policy: Directives): string =>
  Object.entries(policy)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
