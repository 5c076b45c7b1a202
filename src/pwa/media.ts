/**
 * Names shared by the service worker's runtime route (plugin.ts) and the page that warms it
 * (warm.ts). Pure data.
 */

/** The runtime cache holding this device's art and sound. */
export const MEDIA_CACHE = 'awry-media';

/** Built art and sound: content-hashed files under /assets/. */
export const MEDIA_PATH = /\/assets\/[^/?]+\.(?:webp|ogg|mp3)$/;
