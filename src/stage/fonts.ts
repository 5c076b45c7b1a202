import type { FontSource } from './protocol';

/**
 * Loads the text box's fonts into this context's font set. A worker does not see the page's fonts:
 * each face is fetched again (from the HTTP cache, normally) and added to the worker's own `fonts`.
 * A face that fails leaves the serif fallback in its place and a warning.
 */
export async function loadFonts(fonts: readonly FontSource[], warn: (message: string) => void): Promise<void> {
  const set = (globalThis as { fonts?: FontFaceSet }).fonts;
  if (!set || typeof FontFace !== 'function') return;
  await Promise.all(
    fonts.map(async ({ family, url, weight, style }) => {
      const face = new FontFace(family, `url(${url})`, { weight, style });
      try {
        set.add(await face.load());
      } catch (error) {
        warn(`[awry] font ${family} ${weight} ${style} did not load (${String(error)}): the text box uses a fallback.`);
      }
    }),
  );
}
