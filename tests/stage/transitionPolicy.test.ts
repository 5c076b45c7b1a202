import { describe, expect, it } from 'vitest';
import { planTransitions } from '../../src/stage/transitionPolicy';
import { compile } from '../fixtures/compile';

const { story } = compile(['scene one "One"', '  bg forest-dusk', '  A.', 'scene two "Two"', '  bg hospital-corridor with dissolve 2s', '  show iruka at left with fade', '  B.', '  C.'].join('\n'));
const [a, b, c] = story!.beats;
const motion = { skipping: false, reducedMotion: false };

describe('transition plan', () => {
  it("reading on plays the script's transitions", () => {
    expect(planTransitions(b!, a!, motion)).toMatchObject({ bg: { kind: 'dissolve', duration: 2000 }, cast: { kind: 'fade' } });
  });

  it('rolling back, jumping and skipping show the beat at once', () => {
    expect(planTransitions(a!, b!, motion).bg.kind).toBe('cut'); // back
    expect(planTransitions(c!, a!, motion).bg.kind).toBe('cut'); // jump
    expect(planTransitions(b!, a!, { ...motion, skipping: true })).toMatchObject({ bg: { kind: 'cut' }, cast: { kind: 'cut' }, effectsMs: 0 });
  });

  it('reduced motion turns a dissolve into a quick fade and cuts arrivals', () => {
    const plan = planTransitions(b!, a!, { skipping: false, reducedMotion: true });
    expect(plan.bg).toEqual({ kind: 'fade', duration: 200 });
    expect(plan.cast.kind).toBe('cut');
  });
});
