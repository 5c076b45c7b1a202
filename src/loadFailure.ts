/**
 * Telling a piece of the game that did not arrive (a lazy chunk, a preloaded style) from a real
 * failure to start: the first is worth a notice and a retry, the second a fatal message. Pure.
 */

/** What the reader reads when part of the game could not be downloaded. */
export const NOTICE_LOAD_FAILED = 'Part of the game could not be downloaded. Check the connection and try again.';

/**
 * True for the errors browsers and vite's preloader give when a module or its styles fail to load:
 * Chromium "Failed to fetch dynamically imported module", Firefox "error loading dynamically imported
 * module", Safari "Importing a module script failed", vite "Unable to preload CSS".
 */
export function isLoadFailure(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /dynamically imported module|importing a module script failed|unable to preload|failed to fetch/i.test(message);
}
