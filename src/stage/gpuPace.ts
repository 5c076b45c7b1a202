/**
 * Keeps one canvas at most one frame ahead of the GPU. WebGL queues draw commands and returns at
 * once; where the GPU is slower than the screen (software rendering), a stage that draws on every
 * animation frame queues frames faster than they are finished, and what the reader sees falls behind
 * by seconds (Firefox, whose worker canvases showed a scene change twenty seconds late). A fence
 * after each frame says when the GPU has finished it; until then the next frame waits.
 * WebGL1 has no fences: there a frame never waits; nor does one whose fence has not signalled within
 * half a second (a driver that never signals would otherwise stop the stage).
 */
const PATIENCE_MS = 500;

export class GpuPace {
  private fence: WebGLSync | null = null;
  private sentAt = 0;

  constructor(
    private readonly gl: WebGL2RenderingContext | WebGLRenderingContext,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Marks the end of a frame's commands. */
  frameSent(): void {
    const gl = this.gl;
    if (!isWebGL2(gl) || gl.isContextLost()) return;
    if (this.fence) gl.deleteSync(this.fence);
    this.fence = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
    this.sentAt = this.now();
    gl.flush();
  }

  /** The GPU is still working on the last frame sent (its status is read between tasks, never waited on). */
  get behind(): boolean {
    const gl = this.gl;
    if (!this.fence || !isWebGL2(gl)) return false;
    if (gl.isContextLost()) {
      this.fence = null; // gone with the context
      return false;
    }
    if (gl.getSyncParameter(this.fence, gl.SYNC_STATUS) !== gl.SIGNALED && this.now() - this.sentAt < PATIENCE_MS) return true;
    gl.deleteSync(this.fence);
    this.fence = null;
    return false;
  }
}

function isWebGL2(gl: WebGL2RenderingContext | WebGLRenderingContext): gl is WebGL2RenderingContext {
  return typeof WebGL2RenderingContext === 'function' && gl instanceof WebGL2RenderingContext;
}
