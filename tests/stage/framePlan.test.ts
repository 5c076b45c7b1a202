import { describe, expect, it } from 'vitest';
import { planFrame } from '../../src/stage/framePlan';
import type { FrameState } from '../../src/stage/framePlan';

const at = (s: Partial<FrameState>): FrameState => ({
  readOn: false, sceneDirty: false, textDirty: false, moving: false, typing: false, sceneWaited: false, sceneShown: true, loading: false, ...s,
});

describe('what a frame draws', () => {
  it('reading on to a line with a new stage: its words alone first, the scene on the next frame', () => {
    const first = planFrame(at({ readOn: true, textDirty: true, sceneDirty: true }));
    expect(first).toMatchObject({ drawText: true, drawScene: false, wordsFirst: true });
    // The next frame (the scene still dirty, new words again from the typewriter) draws the scene.
    const next = planFrame(at({ readOn: true, textDirty: true, sceneDirty: true, sceneWaited: true }));
    expect(next).toMatchObject({ drawScene: true, drawText: true, wordsFirst: false });
  });

  it('a moving scene is not starved by words arriving every frame', () => {
    const frames = [];
    let sceneWaited = false;
    for (let i = 0; i < 4; i++) {
      const plan = planFrame(at({ readOn: true, textDirty: true, moving: true, sceneWaited }));
      sceneWaited = plan.wordsFirst;
      frames.push(plan.drawScene);
    }
    expect(frames).toEqual([false, true, false, true]);
  });

  it('the first line, and a place reached by a jump, draw scene and words together', () => {
    expect(planFrame(at({ readOn: true, textDirty: true, sceneDirty: true, sceneShown: false }))).toMatchObject({ drawScene: true, drawText: true });
    expect(planFrame(at({ textDirty: true, sceneDirty: true }))).toMatchObject({ drawScene: true, drawText: true, wordsFirst: false });
  });

  it("a jump's words wait while its art loads; reading on, they do not", () => {
    expect(planFrame(at({ textDirty: true, loading: true }))).toMatchObject({ drawText: false, wordsWait: true });
    expect(planFrame(at({ readOn: true, textDirty: true, loading: true }))).toMatchObject({ drawText: true, wordsWait: false });
  });

  it('before the scene has shown anything, nothing is drawn while its art loads', () => {
    expect(planFrame(at({ sceneDirty: true, textDirty: true, loading: true, sceneShown: false }))).toMatchObject({ drawScene: false, drawText: false });
    expect(planFrame(at({ sceneDirty: true, loading: true }))).toMatchObject({ drawScene: true });
  });

  it('typing draws the text box alone; nothing changed draws nothing', () => {
    expect(planFrame(at({ typing: true }))).toMatchObject({ drawText: true, drawScene: false });
    expect(planFrame(at({}))).toMatchObject({ drawText: false, drawScene: false });
  });
});
