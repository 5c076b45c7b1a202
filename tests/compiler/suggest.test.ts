import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/compiler';
import { formatDiagnostic, formatReport } from '../../src/compiler';
import { sortDiagnostics } from '../../src/compiler/diagnostics';
import { countLine } from '../../src/compiler/format';
import { Columns, describeChar, splitLines } from '../../src/compiler/source';
import { closest, didYouMean } from '../../src/compiler/suggest';

/** The small helpers every message leans on: suggestions, character names, columns, the printed report. */

describe('did you mean', () => {
  it('suggests the nearest name within a typo or two, ignoring case', () => {
    expect(didYouMean('shwo', ['show', 'hide'])).toBe("; did you mean 'show'?");
    expect(didYouMean('shwo', ['show'], '`')).toBe('; did you mean `show`?');
    expect(didYouMean('Iruka', ['iruka'])).toBe("; did you mean 'iruka'?");
    expect(didYouMean('zzz', ['show'])).toBe('');
  });

  it('short names allow one typo, longer ones two', () => {
    expect(closest('ab', ['ba'])).toBe('ba');
    expect(closest('abc', ['xyc'])).toBeUndefined();
    expect(closest('abcdef', ['abcfed'])).toBe('abcfed');
    expect(closest('abcdef', ['abcxyz'])).toBeUndefined();
    expect(closest('irukaaa', ['iruka'])).toBe('iruka');
    expect(closest('abcdefghi', ['abcdefghiXYZ'])).toBeUndefined();
  });

  it('the nearest wins, the first among equals; the word itself and very long words are never suggested', () => {
    expect(closest('abcdef', ['abxdxf', 'abcdxf'])).toBe('abcdxf');
    expect(closest('abc', ['abd', 'abe'])).toBe('abd');
    expect(closest('iruka', ['iruka'])).toBeUndefined();
    expect(closest('x'.repeat(41), ['x'.repeat(40)])).toBeUndefined();
    expect(closest('x'.repeat(40), ['x'.repeat(39)])).toBe('x'.repeat(39));
  });
});

describe('source text', () => {
  it('names a character by its name, or quotes it, with its code point', () => {
    expect(describeChar('\t')).toBe('a tab (U+0009)');
    expect(describeChar('x')).toBe("'x' (U+0078)");
    expect(describeChar('😀')).toBe("'😀' (U+1F600)");
  });

  it('lines end at CRLF, CR or LF; a BOM is dropped', () => {
    expect(splitLines('\uFEFFa\r\nb\rc\nd')).toEqual(['a', 'b', 'c', 'd']);
  });

  it('columns count characters; a span is at least one wide', () => {
    const columns = new Columns('a😀b');
    expect([columns.at(0), columns.at(1), columns.at(3), columns.at(99)]).toEqual([1, 2, 3, 4]);
    expect(new Columns('😀').length(0, 2)).toBe(1);
    expect(new Columns('ab').length(1, 1)).toBe(1);
  });
});

describe('the printed report', () => {
  const at = (line: number, column: number, length: number, severity: Diagnostic['severity'] = 'error', file = 'a.vn'): Diagnostic =>
    ({ file, line, column, length, severity, message: 'm' });

  it('without its source line a diagnostic is one line', () => {
    expect(formatDiagnostic(at(3, 2, 3, 'warning'))).toBe('a.vn:3:2 warning: m');
  });

  it('the gutter is as wide as the line number; an empty span still gets a caret', () => {
    expect(formatDiagnostic(at(12, 2, 0), 'abcdef')).toBe('a.vn:12:2 error: m\n 12 | abcdef\n    |  ^');
  });

  it('a long line shows a window, cut with an ellipsis on the side that is cut', () => {
    const line = 'x'.repeat(200);
    const [, early, caret] = formatDiagnostic(at(1, 10, 3), line).split('\n');
    expect(early).toBe(` 1 | ${'x'.repeat(120)}…`);
    expect(caret).toBe(`   | ${' '.repeat(9)}^^^`);
    const [, late, lateCaret] = formatDiagnostic(at(1, 190, 30), line).split('\n');
    expect(late).toBe(` 1 | …${'x'.repeat(120)}`);
    expect(lateCaret).toBe(`   | ${' '.repeat(110)}${'^'.repeat(11)}`);
  });

  it('a combining mark takes no cell, so the caret stays under its letter', () => {
    expect(formatDiagnostic(at(1, 3, 1), 'a\u0301bc').split('\n')[2]).toBe('   |  ^');
  });

  it('counts errors and warnings, singular and plural', () => {
    expect(countLine([])).toBe('0 errors and 0 warnings in the scene script.');
    expect(countLine([at(1, 1, 1)])).toBe('1 error and 0 warnings in the scene script.');
    expect(countLine([at(1, 1, 1, 'warning'), at(1, 1, 1), at(2, 1, 1), at(3, 1, 1, 'warning')])).toBe('2 errors and 2 warnings in the scene script.');
    expect(formatReport([], [])).toBe('0 errors and 0 warnings in the scene script.');
  });

  it('sorts by file, line and column before the cap', () => {
    const report = formatReport([at(1, 1, 1, 'error', 'b.vn'), at(2, 1, 1, 'warning')], [{ name: 'a.vn', text: 'l1\nl2' }], 1);
    expect(report).toBe('a.vn:2:1 warning: m\n 2 | l2\n   | ^\n\n... and 1 more\n\n1 error and 1 warning in the scene script.');
    expect(sortDiagnostics([at(1, 1, 1, 'error', 'b'), at(2, 5, 1), at(2, 3, 1), at(1, 9, 1), at(2, 3, 1, 'error', 'a')]).map((d) => `${d.file}:${d.line}:${d.column}`))
      .toEqual(['a:2:3', 'a.vn:1:9', 'a.vn:2:3', 'a.vn:2:5', 'b:1:1']);
  });
});
