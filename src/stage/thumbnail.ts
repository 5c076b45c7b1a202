import { Rectangle } from 'pixi.js';
import type { Application, Container } from 'pixi.js';

/**
 * The scene and its text box as they are now, `width` pixels wide, as WebP (JPEG where WebP cannot be
 * written). Each layer is drawn small into a texture of its own and read back from there: reading a
 * shown WebGL canvas (drawImage) can stall a worker (Firefox) and copies the whole screen.
 */
export async function thumbnail(
  scene: Application,
  text: { app: Application; box: Container } | null,
  size: { width: number; height: number },
  width: number,
): Promise<Blob | null> {
  const height = Math.round((width * size.height) / size.width);
  const k = width / size.width;
  const out = typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(width, height) : null;
  const ctx = out?.getContext('2d');
  if (!out || !ctx) return null;
  const drawn = scene.renderer.extract.canvas({ target: scene.stage, resolution: k, frame: new Rectangle(0, 0, size.width, size.height) });
  ctx.fillStyle = '#000';
  ctx.fillRect(0, 0, width, height);
  ctx.drawImage(drawn as CanvasImageSource, 0, 0, width, height);
  if (text) {
    const bounds = text.box.getLocalBounds();
    const words = text.app.renderer.extract.canvas({ target: text.box, resolution: k });
    ctx.drawImage(words as CanvasImageSource, bounds.x * k, bounds.y * k, bounds.width * k, bounds.height * k);
  }
  const webp = await out.convertToBlob({ type: 'image/webp', quality: 0.6 });
  return webp.type === 'image/webp' ? webp : out.convertToBlob({ type: 'image/jpeg', quality: 0.6 });
}
