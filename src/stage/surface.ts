import { Container, Graphics, RenderTexture, Sprite, Texture, WebGLRenderer } from 'pixi.js';
import type { TextureSource } from 'pixi.js';
import type { WebGLOptions } from 'pixi.js';
// What Pixi's worker environment would load on a renderer's start, here once and statically (see `init`).
import 'pixi.js/filters';
import { GpuPace } from './gpuPace';

/**
 * One canvas's WebGL renderer and the container it draws: the part of Pixi's `Application` the stage
 * uses. Built directly, it skips what the stage never needs: the renderer auto-detection (a throwaway
 * test context on every start, and the WebGPU and canvas renderers in the worker's script), the
 * ticker and the resize plugin. WebGL missing here makes `init` reject, as the stage's start expects.
 */
export class Surface {
  readonly renderer = new WebGLRenderer();
  readonly stage = new Container();
  private pace: GpuPace | null = null;
  private uploadPace: GpuPace | null = null;
  /** A sprite and a 4x4 target that art is drawn into once as it goes up, and the art drawn so (see `upload`). */
  private sampler: { sprite: Sprite; target: RenderTexture } | null = null;
  private readonly sampled = new WeakSet<TextureSource>();

  /**
   * Pixi would import its environment's extras as the renderer starts: in the page, events and
   * accessibility (the stage takes no pointer input and its words reach assistive technology through
   * the page's mirror); in a worker, the filters imported above. Skipped, they stay out of the start.
   */
  init(options: Partial<WebGLOptions>): Promise<void> {
    return this.renderer.init({ ...options, skipExtensionImports: true });
  }

  render(): void {
    this.renderer.render({ container: this.stage });
    (this.pace ??= new GpuPace(this.gl)).frameSent();
  }

  /** The GPU has not finished this canvas's last frame: a new one now would only queue behind it. */
  get behind(): boolean {
    return this.pace?.behind ?? false;
  }

  /** The GPU has not finished the last texture sent up: the next waits for it (uploads.ts), as a frame would. */
  get uploading(): boolean {
    return this.uploadPace?.behind ?? false;
  }

  get gl(): WebGL2RenderingContext | WebGLRenderingContext {
    return (this.renderer as unknown as { gl: WebGL2RenderingContext | WebGLRenderingContext }).gl;
  }

  /**
   * Compiles the programs the first line needs (sprites, shapes) before any line is asked for: on
   * software WebGL a first compile costs hundreds of milliseconds, which New Game would wait on.
   */
  warm(): void {
    const probe = new Container();
    const sprite = new Sprite(Texture.WHITE);
    sprite.setSize(32, 32);
    probe.addChild(sprite, new Graphics().rect(0, 0, 8, 8).fill(0x000000));
    const target = RenderTexture.create({ width: 32, height: 32 });
    this.renderer.render({ container: probe, target });
    target.destroy(true);
    probe.destroy({ children: true });
  }

  /**
   * Sends `texture` to the GPU and draws it once, 4 pixels square, off screen. Software WebGL finishes
   * a texture's preparation only when it is first drawn: left to the frame that shows it, a jump to
   * art decoded ahead took 159-172 ms instead of 119-149.
   */
  upload(texture: Texture): void {
    if (this.sampled.has(texture.source)) return;
    this.sampled.add(texture.source);
    this.renderer.texture.initSource(texture.source);
    this.sampler ??= { sprite: new Sprite(), target: RenderTexture.create({ width: 4, height: 4 }) };
    const { sprite, target } = this.sampler;
    sprite.texture = texture;
    sprite.setSize(4, 4);
    this.renderer.render({ container: sprite, target });
    sprite.texture = Texture.EMPTY; // holds no art it would keep alive
    (this.uploadPace ??= new GpuPace(this.gl)).frameSent();
  }

  /** Loses the WebGL context and gets it back 10 ms later, as a GPU reset would (test builds). */
  loseContext(): void {
    const ext = this.gl.getExtension('WEBGL_lose_context');
    if (!ext) return;
    ext.loseContext();
    setTimeout(() => ext.restoreContext(), 10);
  }

  /** Textures on the GPU. Pixi's list keeps an empty slot where a freed texture was: only live entries count. */
  get textureCount(): number {
    return (this.renderer.texture as unknown as { managedTextures: readonly unknown[] }).managedTextures.filter((t) => t != null).length;
  }
}
