import { extensions, ExtensionType, GlLimitsSystem } from 'pixi.js';

/**
 * Pixi's WebGL limits with one texture per batch. Its sprite shader otherwise chooses among up to 32
 * textures for every pixel, and on software WebGL (SwiftShader: machines without a usable GPU) that
 * choice costs several times the drawing itself: a 1280×720 background took about 90 ms a frame,
 * 19 ms with one texture. The stage draws about a dozen sprites, so the extra draw calls are free on
 * a GPU. Priority -2 puts it after Pixi's other systems (default -1): it reads the context that the
 * context system hands the renderer, and the pipes that read the limit (batchers, the graphics
 * shader) come after every system.
 */
class OneTexturePerBatch extends GlLimitsSystem {
  static override extension = { type: [ExtensionType.WebGLSystem], name: 'limits', priority: -2 } as never;

  override contextChange(): void {
    super.contextChange();
    this.maxBatchableTextures = 1;
  }
}

/** Installs the limits for every WebGL renderer created after this call. */
export function drawOneTexturePerBatch(): void {
  extensions.remove(GlLimitsSystem);
  extensions.add(OneTexturePerBatch);
}
