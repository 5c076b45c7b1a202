/**
 * The pixels of a render texture, read without making the stage's thread wait on the GPU. A plain
 * `readPixels` waits for every draw queued before it: on software WebGL that is a whole frame or two
 * (tens of milliseconds), and a reader's press arriving meanwhile would wait too. WebGL2 copies into
 * a pixel buffer on the GPU's own time; a fence says when the copy is done, polled between tasks.
 * WebGL1 has neither, so there it reads at once (Pixi's own way).
 */
import type { Renderer, Texture, WebGLRenderer } from 'pixi.js';

const POLL_MS = 8;

export interface Pixels {
  data: Uint8ClampedArray<ArrayBuffer>;
  width: number;
  height: number;
}

export async function readPixels(renderer: Renderer, texture: Texture): Promise<Pixels> {
  const webgl = renderer as WebGLRenderer;
  const { gl } = webgl;
  if (typeof WebGL2RenderingContext !== 'function' || !(gl instanceof WebGL2RenderingContext)) {
    const { pixels, width, height } = renderer.texture.getPixels(texture);
    return { data: new Uint8ClampedArray(pixels), width, height };
  }
  const { frame } = texture;
  const resolution = texture.source.resolution;
  const width = Math.max(Math.round(frame.width * resolution), 1);
  const height = Math.max(Math.round(frame.height * resolution), 1);
  const target = webgl.renderTarget.getRenderTarget(texture);
  const glTarget = webgl.renderTarget.getGpuRenderTarget(target) as unknown as { resolveTargetFramebuffer: WebGLFramebuffer };
  (webgl.renderTarget.adaptor as unknown as { bindFramebuffer(f: WebGLFramebuffer): void }).bindFramebuffer(glTarget.resolveTargetFramebuffer);
  const buffer = gl.createBuffer();
  gl.bindBuffer(gl.PIXEL_PACK_BUFFER, buffer);
  gl.bufferData(gl.PIXEL_PACK_BUFFER, width * height * 4, gl.STREAM_READ);
  gl.readPixels(Math.round(frame.x * resolution), Math.round(frame.y * resolution), width, height, gl.RGBA, gl.UNSIGNED_BYTE, 0);
  gl.bindBuffer(gl.PIXEL_PACK_BUFFER, null);
  const fence = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
  gl.flush();
  try {
    while (fence && !gl.isContextLost() && gl.getSyncParameter(fence, gl.SYNC_STATUS) !== gl.SIGNALED) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    if (gl.isContextLost()) throw new Error('the WebGL context was lost during a readback');
    const data = new Uint8ClampedArray(width * height * 4);
    gl.bindBuffer(gl.PIXEL_PACK_BUFFER, buffer);
    gl.getBufferSubData(gl.PIXEL_PACK_BUFFER, 0, data);
    gl.bindBuffer(gl.PIXEL_PACK_BUFFER, null);
    return { data, width, height };
  } finally {
    if (fence) gl.deleteSync(fence);
    gl.deleteBuffer(buffer);
  }
}
