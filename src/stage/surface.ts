import { Container, WebGLRenderer } from 'pixi.js';
import type { WebGLOptions } from 'pixi.js';

/**
 * One canvas's WebGL renderer and the container it draws: the part of Pixi's `Application` the stage
 * uses. Built directly, it skips what the stage never needs: the renderer auto-detection (a throwaway
 * test context on every start, and the WebGPU and canvas renderers in the worker's script), the
 * ticker and the resize plugin. WebGL missing here makes `init` reject, as the stage's start expects.
 */
export class Surface {
  readonly renderer = new WebGLRenderer();
  readonly stage = new Container();

  init(options: Partial<WebGLOptions>): Promise<void> {
    return this.renderer.init(options);
  }

  render(): void {
    this.renderer.render({ container: this.stage });
  }
}
