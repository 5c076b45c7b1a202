import { describe, expect, it } from 'vitest';
import { compileScript, formatDiagnostic, formatReport } from '../../src/compiler';
import type { Diagnostic } from '../../src/compiler';

/** The printed report: capped, always closed by the count, readable whatever the line holds. */

const at = (line: number, column: number, length = 1): Diagnostic => ({ file: 'a.vn', line, column, length, severity: 'error', message: 'm' });

describe('the report', () => {
  it('stops after the cap with "and N more", and ends with the count', () => {
    const text = `title "T"\nscene s "S"\n${'  mra: "x"\n'.repeat(250)}`;
    const files = [{ name: 'a.vn', text }];
    const report = formatReport(compileScript(files).diagnostics, files).split('\n');
    expect(report.filter((l) => l.startsWith('a.vn:'))).toHaveLength(200);
    expect(report.slice(-3)).toEqual(['... and 50 more', '', '250 errors and 0 warnings in the scene script.']);
  });

  it('counts warnings apart from errors', () => {
    const files = [{ name: 'a.vn', text: 'title "T"\nscene s "S"\n  Line.\n' }, { name: 'b.vn', text: 'Stray.\n' }];
    expect(formatReport(compileScript(files).diagnostics, files).split('\n').at(-1)).toBe('0 errors and 1 warning in the scene script.');
  });

  it('shows a window of a very long line, with the caret under the spot', () => {
    const line = `${'a'.repeat(5000)}X${'b'.repeat(5000)}`;
    const [, source, caret] = formatDiagnostic(at(1, 5001), line).split('\n');
    expect(source!.length).toBeLessThan(140);
    expect(source![caret!.indexOf('^')]).toBe('X');
    expect(source).toMatch(/^ 1 \| …a+Xb+…$/);
  });

  it('prints control characters as a replacement sign and tabs as a space', () => {
    expect(formatDiagnostic(at(1, 4, 2), '\u0001\t\u001bAB').split('\n').slice(1)).toEqual([' 1 | \uFFFD \uFFFDAB', '   |    ^^']);
  });
});
