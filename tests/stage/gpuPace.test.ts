import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GpuPace } from '../../src/stage/gpuPace';

/** A WebGL2 context whose GPU finishes a fence only when told to (`finish`). */
class FakeGL2 {
  readonly SYNC_GPU_COMMANDS_COMPLETE = 0x9117;
  readonly SYNC_STATUS = 0x9114;
  readonly SIGNALED = 0x9119;
  readonly UNSIGNALED = 0x9118;
  lost = false;
  readonly live = new Set<object>();
  private readonly done = new Set<object>();
  fenceSync() {
    const fence = {};
    this.live.add(fence);
    return fence;
  }
  flush() {}
  deleteSync(fence: object) {
    this.live.delete(fence);
  }
  getSyncParameter(fence: object) {
    return this.done.has(fence) ? this.SIGNALED : this.UNSIGNALED;
  }
  isContextLost() {
    return this.lost;
  }
  finish() {
    for (const fence of this.live) this.done.add(fence);
  }
}

describe('one frame at most ahead of the GPU', () => {
  beforeEach(() => vi.stubGlobal('WebGL2RenderingContext', FakeGL2));
  afterEach(() => vi.unstubAllGlobals());
  let clock = 0;
  const pace = () => {
    const gl = new FakeGL2();
    return { gl, pace: new GpuPace(gl as unknown as WebGL2RenderingContext, () => clock) };
  };

  it('is behind from a frame sent until the GPU has finished it, then frees the fence', () => {
    const { gl, pace: p } = pace();
    expect(p.behind).toBe(false); // nothing sent yet
    p.frameSent();
    expect(p.behind).toBe(true);
    expect(p.behind).toBe(true);
    gl.finish();
    expect(p.behind).toBe(false);
    expect(gl.live.size).toBe(0);
  });

  it('waits half a second at most for a fence that never signals', () => {
    const { gl, pace: p } = pace();
    clock = 1000;
    p.frameSent();
    clock = 1499;
    expect(p.behind).toBe(true);
    clock = 1500;
    expect(p.behind).toBe(false);
    expect(gl.live.size).toBe(0);
  });

  it('keeps one fence: a frame sent replaces the last one’s', () => {
    const { gl, pace: p } = pace();
    p.frameSent();
    p.frameSent();
    expect(gl.live.size).toBe(1);
  });

  it('never holds a frame back once the context is lost (its fences are gone with it)', () => {
    const { gl, pace: p } = pace();
    p.frameSent();
    gl.lost = true;
    expect(p.behind).toBe(false);
    gl.lost = false;
    expect(p.behind).toBe(false);
  });

  it('WebGL1 has no fences: a frame never waits', () => {
    const gl1 = { isContextLost: () => false, flush() {} };
    const p = new GpuPace(gl1 as unknown as WebGLRenderingContext);
    p.frameSent();
    expect(p.behind).toBe(false);
  });
});
