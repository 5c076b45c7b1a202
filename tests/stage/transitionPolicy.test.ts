import { describe, expect, it } from 'vitest';
import { planTransitions } from '../../src/stage/transitionPolicy';
import { compile } from '../fixtures/compile';

const { story } = compile(['scene one "One"', '  bg forest-dusk', '  A.', 'scene two "Two"', '  bg hospital-corridor with dissolve 2s', '  show iruka at left with fade', '  B.', '  C.', '  D.'].join('\n'));
const [a, b, c, d] = story!.beats;
const motion = { skipping: false, reducedMotion: false };

describe('transition plan', () => {
  it("reading on plays the script's transitions", () => {
    expect(planTransitions(b!, a!, motion)).toMatchObject({ bg: { kind: 'dissolve', duration: 2000 }, cast: { kind: 'fade' } });
  });

  it('rolling back, jumping and skipping show the beat at once', () => {
    expect(planTransitions(a!, b!, motion).bg.kind).toBe('cut'); // back
    expect(planTransitions(c!, a!, motion).bg.kind).toBe('cut'); // jump
    expect(planTransitions(b!, a!, { ...motion, skipping: true })).toMatchObject({ bg: { kind: 'cut' }, cast: { kind: 'cut' }, effectsMs: 0 });
    // Back onto, or a jump to, a beat that dissolves in: no dissolve.
    expect(planTransitions(b!, c!, motion)).toEqual({ bg: { kind: 'cut', duration: 0 }, cast: { kind: 'cut', duration: 0 }, effectsMs: 0 });
    expect(planTransitions(b!, d!, motion).bg.kind).toBe('cut');
  });

  it('the first beat shown (a start or a load) appears at once, its effects easing in', () => {
    expect(planTransitions(b!, null, motion)).toEqual({ bg: { kind: 'cut', duration: 0 }, cast: { kind: 'cut', duration: 0 }, effectsMs: 600 });
  });

  it('reduced motion turns a dissolve into a quick fade and cuts arrivals', () => {
    const plan = planTransitions(b!, a!, { skipping: false, reducedMotion: true });
    expect(plan.bg).toEqual({ kind: 'fade', duration: 200 });
    expect(plan.cast.kind).toBe('cut');
    // A background that cuts still cuts.
    expect(planTransitions(c!, b!, { skipping: false, reducedMotion: true })).toEqual({ bg: { kind: 'cut', duration: 0 }, cast: { kind: 'cut', duration: 0 }, effectsMs: 200 });
  });
});
