import { Rectangle } from 'pixi.js';
import type { Container } from 'pixi.js';
import { readPixels } from './readback';
import type { Pixels } from './readback';
import type { Surface } from './surface';

/**
 * The scene and its text box as they are now, `width` pixels wide, as WebP (JPEG where WebP cannot be
 * written). Each layer is drawn small into a texture of its own at once (so the picture is of this
 * moment) and read back from there when the GPU is done with it (readback.ts): reading a shown WebGL
 * canvas (drawImage) can stall a worker (Firefox) and copies the whole screen.
 */
export async function thumbnail(
  scene: Surface,
  text: { app: Surface; box: Container } | null,
  size: { width: number; height: number },
  width: number,
): Promise<Blob | null> {
  const height = Math.round((width * size.height) / size.width);
  const k = width / size.width;
  const out = typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(width, height) : null;
  const ctx = out?.getContext('2d');
  if (!out || !ctx) return null;
  const bounds = text?.box.getLocalBounds();
  const sceneTexture = scene.renderer.generateTexture({ target: scene.stage, resolution: k, frame: new Rectangle(0, 0, size.width, size.height) });
  const textTexture = text ? text.app.renderer.generateTexture({ target: text.box, resolution: k }) : null;
  let drawn: Pixels;
  let words: Pixels | null;
  try {
    [drawn, words] = await Promise.all([readPixels(scene.renderer, sceneTexture), textTexture && text ? readPixels(text.app.renderer, textTexture) : null]);
  } finally {
    sceneTexture.destroy(true);
    textTexture?.destroy(true);
  }
  ctx.fillStyle = '#000';
  ctx.fillRect(0, 0, width, height);
  ctx.drawImage(await bitmap(drawn), 0, 0, width, height);
  if (words && bounds) ctx.drawImage(await bitmap(words), bounds.x * k, bounds.y * k, bounds.width * k, bounds.height * k);
  const webp = await out.convertToBlob({ type: 'image/webp', quality: 0.6 });
  return webp.type === 'image/webp' ? webp : out.convertToBlob({ type: 'image/jpeg', quality: 0.6 });
}

/** Pixels as a picture that blends when drawn (putImageData would overwrite). */
const bitmap = (pixels: Pixels): Promise<ImageBitmap> => createImageBitmap(new ImageData(pixels.data, pixels.width, pixels.height));
