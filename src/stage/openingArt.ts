/**
 * The first line's art, fetched and decoded in the page while the stage worker starts. The worker's
 * own start (its script, two WebGL contexts, the shaders) kept it too busy to take in its fetched
 * files and decode them, so the first line waited on its art. `createImageBitmap` decodes off the
 * page's main thread; each bitmap is transferred to the stage, which was told to expect it (`init`'s
 * `arriving`). A file that fails is handed over as null: the stage fetches it itself, placeholder and
 * warning included.
 */
import type { ArtFile } from './artFiles';
import type { Post } from './links';

export interface Delivery {
  file: ArtFile;
  bitmap: Promise<ImageBitmap | null>;
}

/** Starts fetching and decoding `files`; each delivery settles (never rejects). */
export function decodeAhead(files: readonly ArtFile[]): Delivery[] {
  return files.map((file) => ({ file, bitmap: decode(file.url) }));
}

async function decode(url: string | undefined): Promise<ImageBitmap | null> {
  if (!url || typeof createImageBitmap !== 'function') return null;
  try {
    const response = await fetch(url, { priority: 'high' });
    return response.ok ? await createImageBitmap(await response.blob()) : null;
  } catch {
    return null;
  }
}

/** Hands each picture to the stage as it is decoded. */
export function handOver(deliveries: readonly Delivery[], post: Post): void {
  for (const { file, bitmap } of deliveries) {
    void bitmap.then((decoded) => post({ type: 'art', key: file.key, bitmap: decoded }, decoded ? [decoded] : []));
  }
}
