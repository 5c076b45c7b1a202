import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileScript, formatReport } from '../../src/compiler';
import type { SourceFile } from '../../src/compiler';
import { CHAPTER, chapterAssets } from '../fixtures/chapter';

/**
 * Whatever the files hold, the compiler never throws, always ends quickly, and every position it
 * reports lies inside the file it names. Random scripts built from the language's own pieces, and
 * the real chapter mutated at random, are both tried.
 */

const PIECES = [
  'title', 'cast', 'scene', 'include', 'bg', 'show', 'hide', 'all', 'ambience', 'sfx', 'effect', 'none', 'with', 'at',
  'dissolve', 'fade', 'cut', '1.5s', 'left', 'blur', 'iruka', 'sakura', 'Show', 'color', '#c98b4a', ' ', '  ', '\n', '\r',
  '\r\n', '\t', '"', '\\', '\\n', '\\"', '*', '{', '}', '{pause}', '{pause 1s}', '#', ' # ', ':', '\uFF1A', '\u00A0',
  '\u200B', '\uFEFF', '😀', '漢字', 'é', '\u0301', '\uD800', 'x', 'Line.', '\0',
];

const piecesText = fc.array(fc.constantFrom(...PIECES), { maxLength: 300 }).map((parts) => parts.join(''));
const anyText = fc.oneof(piecesText, fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ maxLength: 400 }));

/** The chapter with a few random edits: cut a stretch, insert text, repeat or drop a line. */
const mutatedChapter = fc
  .array(fc.tuple(fc.nat({ max: CHAPTER.length }), fc.nat({ max: 80 }), fc.oneof(piecesText, fc.constant(''))), { minLength: 1, maxLength: 6 })
  .map((edits) => edits.reduce((text, [at, cut, insert]) => text.slice(0, at) + insert + text.slice(at + cut), CHAPTER));

/** Line lengths in characters, split as the compiler documents it: BOM dropped, CRLF, CR or LF. */
function lineLengths(text: string): number[] {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).map((line) => [...line].length);
}

function assertSound(files: SourceFile[]): void {
  const t0 = performance.now();
  const { story, diagnostics } = compileScript(files, { assets: chapterAssets });
  expect(performance.now() - t0).toBeLessThan(2000);
  expect(story === null).toBe(diagnostics.some((d) => d.severity === 'error'));
  const lengths = new Map(files.map((f) => [f.name, lineLengths(f.text)]));
  for (const d of diagnostics) {
    const lines = lengths.get(d.file);
    const where = `${d.file}:${d.line}:${d.column}+${d.length} ${d.message}`;
    expect(lines, where).toBeDefined();
    expect(d.line, where).toBeGreaterThanOrEqual(1);
    expect(d.line, where).toBeLessThanOrEqual(lines!.length);
    expect(d.column, where).toBeGreaterThanOrEqual(1);
    expect(d.length, where).toBeGreaterThanOrEqual(1);
    // One past the end is where a missing word would go.
    expect(d.column + d.length - 1, where).toBeLessThanOrEqual(lines![d.line - 1]! + 1);
  }
  expect(formatReport(diagnostics, files)).toMatch(/in the scene script\.$/);
}

/** 1 normally; mutation runs ask for a tenth (`FUZZ_SCALE`), since a surviving mutant runs every test. */
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);

describe('the compiler on any input', () => {
  it('random scripts: never throws, always ends, positions inside the file', () => {
    fc.assert(
      fc.property(anyText, anyText, (a, b) => assertSound([{ name: 'a.vn', text: a }, { name: 'b.vn', text: `include "a.vn"\n${b}` }])),
      { numRuns: Math.ceil(400 * SCALE) },
    );
  });

  it('the chapter, mutated at random: the same', () => {
    fc.assert(fc.property(mutatedChapter, (text) => assertSound([{ name: 'script/chapter-1.vn', text }])), { numRuns: Math.ceil(300 * SCALE) });
  }, 60_000);

  it('a binary file, a 100,000-character line, and a file of 5 MB end with messages', () => {
    const bytes = Uint8Array.from({ length: 50_000 }, (_, i) => (i * 2654435761) >>> 24);
    assertSound([{ name: 'bin.vn', text: new TextDecoder().decode(bytes) }]);
    assertSound([{ name: 'long.vn', text: `title "T"\nscene s "S"\n  ${'word *{ '.repeat(12_500)}\n  show ${'x '.repeat(50_000)}\n` }]);
    const lines = Math.round(230_000 * SCALE);
    const big = `title "T"\nscene s "S"\n${'  mra: "Hello there."\n'.repeat(lines)}`;
    const t0 = performance.now();
    const { diagnostics } = compileScript([{ name: 'big.vn', text: big }]);
    expect(diagnostics).toHaveLength(lines);
    expect(performance.now() - t0).toBeLessThan(30_000);
  }, 60_000);
});
