import { describe, expect, it } from 'vitest';

// Pixi reads `navigator` as it loads; Node 20 has none. Nothing here draws.
(globalThis as { navigator?: unknown }).navigator ??= { userAgent: 'node' };
const { Texture } = await import('pixi.js');
const { BlurrablePicture } = await import('../../src/stage/picture');
type BlurrablePicture = InstanceType<typeof BlurrablePicture>;
type Texture = InstanceType<typeof Texture>;

const sharpOf = (p: BlurrablePicture) => p.children[0]!;
const twinOf = (p: BlurrablePicture) => p.children[1];
const texture = () => new Texture();

describe('a picture with its blurred twin', () => {
  it('an opaque picture keeps its sharp layer whole under the twin (an exact cross-fade)', () => {
    const p = new BlurrablePicture({ texture: texture(), twin: texture() }, true, { x: 0, y: 0 }, 'bg');
    p.setBlur(0.4);
    expect([sharpOf(p).alpha, twinOf(p)!.alpha, twinOf(p)!.visible]).toEqual([1, 0.4, true]);
    expect(sharpOf(p).visible).toBe(true);
    p.setBlur(1); // the opaque twin in full hides the sharp layer: it is not drawn at all
    expect([sharpOf(p).visible, twinOf(p)!.alpha]).toEqual([false, 1]);
  });

  it('a picture with transparency fades its sharp layer out as the twin comes in', () => {
    const p = new BlurrablePicture({ texture: texture(), twin: texture() }, false, { x: 0.5, y: 1 }, 'kakashi');
    p.setBlur(0.25);
    expect([sharpOf(p).alpha, twinOf(p)!.alpha]).toEqual([0.75, 0.25]);
    p.setBlur(1);
    expect([sharpOf(p).visible, twinOf(p)!.visible]).toEqual([false, true]);
  });

  it('a clear twin is not drawn, and without a twin the picture stays sharp', () => {
    const p = new BlurrablePicture({ texture: texture(), twin: texture() }, false, { x: 0, y: 0 }, 'a');
    p.setBlur(0);
    expect([sharpOf(p).alpha, twinOf(p)!.visible]).toEqual([1, false]);
    const plain = new BlurrablePicture({ texture: texture(), twin: null }, false, { x: 0, y: 0 }, 'b');
    plain.setBlur(1);
    expect([plain.children.length, sharpOf(plain).alpha, sharpOf(plain).visible]).toEqual([1, 1, true]);
  });

  it('a new picture keeps the blur: a twin arrives at the current amount, a missing one leaves', () => {
    const p = new BlurrablePicture({ texture: texture(), twin: null }, false, { x: 0, y: 0 }, 'a');
    p.setBlur(0.6);
    const twin = texture();
    p.setPicture({ texture: texture(), twin });
    expect([twinOf(p)!.alpha, (twinOf(p) as unknown as { texture: Texture }).texture === twin, sharpOf(p).alpha]).toEqual([0.6, true, 0.4]);
    p.setPicture({ texture: texture(), twin: null });
    expect([p.children.length, sharpOf(p).alpha]).toEqual([1, 1]);
  });

  it('an opaque picture seen in full is drawn without blending; in a dissolve, or with transparency, it blends', () => {
    const bg = new BlurrablePicture({ texture: texture(), twin: texture() }, true, { x: 0, y: 0 }, 'bg');
    expect(sharpOf(bg).blendMode).toBe('none');
    bg.setOpacity(0.5); // dissolving in over the picture before it
    expect(sharpOf(bg).blendMode).toBe('inherit'); // the stage's normal blending
    bg.setOpacity(1);
    bg.setBlur(0.5); // the twin blends over a sharp layer that stays whole
    expect([sharpOf(bg).blendMode, twinOf(bg)!.blendMode]).toEqual(['none', 'inherit']);
    const portrait = new BlurrablePicture({ texture: texture(), twin: null }, false, { x: 0.5, y: 1 }, 'kakashi');
    expect(sharpOf(portrait).blendMode).toBe('inherit');
  });
});
