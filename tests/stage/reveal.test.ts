import { describe, expect, it } from 'vitest';
import { revealWrapped, tagEmphasis } from '../../src/stage/reveal';

describe('revealing a wrapped line with emphasis', () => {
  const line = 'Kakashi has never been hurt this badly.';
  const never: [number, number] = [12, 17];

  it('tags the emphasis, cut where the typewriter is, so tags always close', () => {
    expect(tagEmphasis(line, [never])).toBe('Kakashi has <em>never</em> been hurt this badly.');
    expect(tagEmphasis(line.slice(0, 14), [never])).toBe('Kakashi has <em>ne</em>');
    expect(tagEmphasis(line.slice(0, 12), [never])).toBe('Kakashi has ');
    expect(tagEmphasis('a <b> c', [])).toBe('a ‹b› c');
  });

  it('keeps the line breaks word wrap chose', () => {
    const wrapped = 'Kakashi has never\nbeen hurt this badly.';
    expect(revealWrapped(wrapped, 20, line.length)).toBe('Kakashi has never\nbe');
    expect(tagEmphasis(revealWrapped(wrapped, line.length, line.length), [never])).toBe('Kakashi has <em>never</em>\nbeen hurt this badly.');
  });

  it('shows the whole line once typed, even where wrap broke a long word (a break with no space)', () => {
    expect(revealWrapped('Aaaaaa\naaargh!', 13, 13)).toBe('Aaaaaa\naaargh!');
    expect(revealWrapped('Aaaaaa\naaargh!', 6, 13)).toBe('Aaaaaa');
    expect(revealWrapped('Aaaaaa\naaargh!', -1, 13)).toBe('');
  });

  it('tags emphasis however the ranges are listed', () => {
    expect(tagEmphasis(line, [[33, 38], [0, 7], [12, 17]])).toBe('<em>Kakashi</em> has <em>never</em> been hurt this <em>badly</em>.');
  });
});
