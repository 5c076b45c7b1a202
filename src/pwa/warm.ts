/**
 * Puts this device's art and sound into the service worker's media cache while the title shows,
 * one file per idle period, so the whole chapter plays offline after one visit. Files of other
 * versions are dropped; the other scale and format stay out unless the stage itself fetched them.
 */
import { MEDIA_CACHE } from './media';

export interface WarmResult {
  fetched: number;
  failed: number;
}

/**
 * Caches every URL of `wanted` that is not cached yet and deletes entries outside `keep` (this
 * version's media at every scale and format). `idle` resolves when the page has time to spare.
 * Never throws: a file that fails is counted and tried again on the next visit.
 */
export async function warmMedia(wanted: readonly string[], keep: readonly string[], idle: () => Promise<void>): Promise<WarmResult> {
  const result: WarmResult = { fetched: 0, failed: 0 };
  let cache: Cache;
  try {
    cache = await caches.open(MEDIA_CACHE);
  } catch {
    return { fetched: 0, failed: wanted.length }; // storage refused (private mode, quota)
  }
  const keepPaths = new Set(keep.map((url) => new URL(url, location.href).pathname));
  for (const request of await cache.keys()) {
    if (!keepPaths.has(new URL(request.url).pathname)) await cache.delete(request);
  }
  for (const url of wanted) {
    await idle();
    try {
      if (await cache.match(url)) continue;
      await cache.add(url);
      result.fetched++;
    } catch {
      result.failed++;
    }
  }
  return result;
}
