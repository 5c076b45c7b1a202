import { describe, expect, it } from 'vitest';
import { artSeenBlurred, blurredId } from '../../src/art/blurred';
import { compileScript } from '../../src/compiler';

const script = `title "T"

cast
  a "A" color #ffffff
  b "B" color #ffffff

scene one "One"
  bg field
  show a calm at left
  A line, sharp.
  effect blur
  show b sad at right
  Now blurred.
  effect sway
  show a angry at left
  Swaying, no longer blurred.

scene two "Two"
  bg room
  effect blur dim
  Blurred room, nobody in it.
`;

describe('art seen through a blur', () => {
  it('lists each background and portrait of a blurred beat once, sorted, and nothing seen only sharp', () => {
    const { story, diagnostics } = compileScript([{ name: 'script/t.vn', text: script }]);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(artSeenBlurred(story!)).toEqual({ bg: ['field', 'room'], portraits: ['a-calm', 'b-sad'] });
  });

  it('names a twin after its picture', () => {
    expect(blurredId('forest-dusk')).toBe('forest-dusk~blur');
  });
});
