import { describe, expect, it } from 'vitest';
import { diffBeats } from '../../src/stage/diff';
import { compile } from '../fixtures/compile';

const { story } = compile(['scene one "One"', '  bg forest-dusk', '  effect blur', '  A.', '  B.', '  effect none', '  bg ward-day', '  C.'].join('\n'));
const [a, b, c] = story!.beats;

describe('stage diff', () => {
  it('sees a background or effects change, and nothing between beats that share a stage', () => {
    expect(diffBeats(null, a!)).toEqual({ bgChanged: true, effectsChanged: true });
    expect(diffBeats(a!, b!)).toEqual({ bgChanged: false, effectsChanged: false });
    expect(diffBeats(b!, c!)).toEqual({ bgChanged: true, effectsChanged: true });
  });

  it('from or to an empty stage, only what is on screen counts as a change', () => {
    const bare = compile('scene bare "Bare"\n  Nothing on stage.').story!.beats[0]!;
    expect(diffBeats(null, bare)).toEqual({ bgChanged: false, effectsChanged: false });
    expect(diffBeats(bare, null)).toEqual({ bgChanged: false, effectsChanged: false });
    expect(diffBeats(a!, null)).toEqual({ bgChanged: true, effectsChanged: true });
  });
});
