import { describe, expect, it } from 'vitest';
import { compileScript, formatDiagnostic, formatDiagnostics, formatReport } from '../../src/compiler';
import type { Diagnostic } from '../../src/compiler';
import { DiagnosticSink, sortDiagnostics } from '../../src/compiler/diagnostics';
import { lex } from '../../src/compiler/lexer';
import { Columns } from '../../src/compiler/source';
import { closest } from '../../src/compiler/suggest';
import { compile } from '../fixtures/compile';

/** Edge cases: lines at a file's edges, one message where two would say the same, odd characters. */

const HEAD = 'title "T"\ncast\n  iruka "Iruka" color #c98b4a\n';
const report = (text: string) =>
  compileScript([{ name: 'a.vn', text }]).diagnostics.map((d) => `${d.line}:${d.column}+${d.length} ${d.severity}: ${d.message}`);
const readLine = (line: string) => {
  const { story, diagnostics } = compile(`scene s "S"\n  show iruka\n  ${line}\n`);
  return { messages: diagnostics.map((d) => d.message), beats: story?.beats.map((b) => [b.text, b.rich ?? null]) };
};

describe('one message per mistake', () => {
  it('a badly indented line is reported for its indentation only', () => {
    expect(report(` Line.\n${HEAD}scene s "S"\n  A.\n`)).toEqual(['1:1+1 error: indentation of 1 spaces; use two spaces per level']);
    expect(report(`${HEAD}     sakura "S" color #fff\nscene s "S"\n  A.\n`)).toEqual(['4:1+5 error: indentation of 5 spaces; use two spaces per level']);
    expect(report(`${HEAD}scene s "S"\n\u00A0\u00A0\u00A0\u00A0Deep.\n  A.\n`)).toEqual([
      '5:1+1 error: a non-breaking space (U+00A0) in the indentation; indent with two plain spaces per level',
    ]);
  });

  it('a scene whose only line is too deep: no "no lines" error on top', () => {
    expect(report(`${HEAD}scene s "S"\n    Deep.\n`)).toEqual(['5:5+5 error: scene statements are indented one level (two spaces); this line is indented deeper']);
  });

  it('a scene title that is not quoted', () => {
    expect(report(`${HEAD}scene s extra\n  A.\n`)).toEqual(["4:9+5 error: expected the title of scene 's' in double quotes, found 'extra'"]);
  });

  it('cast lines that are no entry', () => {
    expect(report(`${HEAD}  :x "X" color #fff\nscene s "S"\n  A.\n`)).toEqual(['4:3+1 error: expected a cast id, e.g. `iruka "Iruka" color #c98b4a`, found \':\'']);
    expect(report(`${HEAD}  kakashiSensei Kakashi color #b9c6d8\nscene s "S"\n  A.\n`)).toEqual([
      "4:17+7 error: expected the name players see for 'kakashiSensei' in double quotes, found 'Kakashi'",
    ]);
  });

  it('lines outside any scene', () => {
    expect(report(`${HEAD}"hello there"\nscene s "S"\n  A.\n`)).toEqual(['4:1+13 error: story lines must be inside a scene: indent them under a `scene` line']);
    expect(report(`${HEAD}Hello\u00A0there.\nscene s "S"\n  A.\n`)).toEqual(['4:1+12 error: story lines must be inside a scene: indent them under a `scene` line']);
    expect(report(`${HEAD}Title\nscene s "S"\n  A.\n`)).toEqual(["4:1+5 error: unknown statement 'Title'; did you mean `title`? Statements are lower case"]);
    expect(report(`${HEAD}scene s "S"\n  zzzzzz\n`)).toEqual([
      "5:3+6 error: unknown statement 'zzzzzz' (narration that starts with a lower-case word must be in double quotes)",
    ]);
  });

  it('one warning per suspected missing scene line', () => {
    expect(report(`${HEAD}scene s "S"\n  A.\n# margin\n  B.\n  bg ward-day\n  ambience hum\n  C.\n`)).toEqual([
      '7:3+2 warning: a comment at the left margin, then more of this scene: is a `scene` line missing here? (indent the comment if it belongs to the scene)',
    ]);
    expect(report(`${HEAD}scene s "S"\n  iruka: "A."\n  bg ward-day\n  ambience hum\n  bg forest\n  ambience rain\n  C.\n`)).toEqual([
      '6:3+11 warning: the background and the ambience both change mid-scene, as at the start of a scene: is a `scene` line missing above? (if not, change the ambience after the next line)',
    ]);
  });

  it('an expression for someone off stage is a warning with or without an asset list', () => {
    expect(report(`${HEAD}scene s "S"\n  iruka worried: "A."\n`)).toEqual([
      "5:9+7 warning: 'iruka' is not on stage, so the expression 'worried' shows nowhere; `show iruka worried` first, or drop it",
    ]);
  });
});

describe('narration and markup at the edges of a line', () => {
  it('prose that starts with punctuation, a lone command word, or a colon at the end stays prose', () => {
    for (const line of ['... and then nothing.', 'Show', 'Note:', 'Show iruka "x" now']) expect(readLine(line)).toEqual({ messages: [], beats: [[line, null]] });
  });

  it('emphasis at the very start of a line', () => {
    expect(readLine('*Never.* he said.').beats).toEqual([['Never. he said.', { emphasis: [[0, 6]], pauses: [] }]]);
    expect(readLine('*never closed').messages).toEqual(['emphasis is not closed: add a * where it ends, or write \\* for an asterisk']);
  });

  it('markup mistakes in dialogue are underlined whole', () => {
    expect(report(`${HEAD}scene s "S"\n  iruka: "a {wat} b"\n  iruka: "a \\q b"\n  iruka: "x ** y"\n`).map((m) => m.split(' error')[0])).toEqual([
      '5:13+5', '6:13+2', '7:13+2',
    ]);
  });
});

describe('characters at the edges of their ranges', () => {
  it('columns: a surrogate pair is one character, a lone surrogate one too', () => {
    expect(new Columns('\uD800\uDC00x').at(2)).toBe(2);
    expect(new Columns('\uDBFF\uDFFFx').at(2)).toBe(2);
    expect(new Columns('a\uDC00x').at(2)).toBe(3);
    expect(new Columns('\uD800x').at(1)).toBe(2);
    expect(new Columns('x\uDC00\uD800y').at(3)).toBe(4);
  });

  it('U+FFFF is one token of one unit', () => {
    expect(lex('a.vn', '\uFFFF!', new DiagnosticSink())[0]!.tokens.map((t) => [t.kind, t.value, t.span.column])).toEqual([['punct', '\uFFFF', 1], ['punct', '!', 2]]);
  });

  it('wide characters at both ends of a wide range take two cells', () => {
    expect(formatDiagnostic({ file: 'a.vn', line: 1, column: 3, length: 1, severity: 'error', message: 'm' }, '\u1100\u115Fx').split('\n')[2]).toBe(`   | ${' '.repeat(4)}^`);
  });

  it('a transposition counts as one typo only where the two letters swap', () => {
    expect(closest('ba', ['xb'])).toBeUndefined();
    expect(closest('ab', ['bx'])).toBeUndefined();
    expect(closest('ab', ['ax', 'ba'])).toBe('ax');
  });
});

describe('the report, its window and its files', () => {
  const d = (file: string, line: number, column: number, message = 'm'): Diagnostic => ({ file, line, column, length: 1, severity: 'error', message });

  it('a line of up to 120 characters, or a spot near its start, shows whole from the start', () => {
    expect(formatDiagnostic(d('a.vn', 1, 60), 'y'.repeat(80)).split('\n')[1]).toBe(` 1 | ${'y'.repeat(80)}`);
    expect(formatDiagnostic(d('a.vn', 1, 51), 'y'.repeat(300)).split('\n').slice(1)).toEqual([` 1 | ${'y'.repeat(120)}…`, `   | ${' '.repeat(50)}^`]);
  });

  it('further in, the window starts 50 characters before the spot', () => {
    const [, shown, caret] = formatDiagnostic(d('a.vn', 1, 100), `${'y'.repeat(99)}X${'y'.repeat(200)}`).split('\n');
    expect(shown).toBe(` 1 | …${'y'.repeat(50)}X${'y'.repeat(69)}…`);
    expect(caret).toBe(`   | ${' '.repeat(51)}^`);
  });

  it('each diagnostic shows a line of its own file; one in a file not given shows none', () => {
    const files = [{ name: 'a.vn', text: 'first\nsecond' }, { name: 'b.vn', text: 'other\nlines' }];
    expect(formatDiagnostics([d('b.vn', 2, 1), d('c.vn', 1, 1, 'n')], files)).toBe('b.vn:2:1 error: m\n 2 | lines\n   | ^\nc.vn:1:1 error: n');
    // Exactly as many as the cap: no "and 0 more".
    expect(formatReport([d('a.vn', 1, 1)], files, 1)).toBe('a.vn:1:1 error: m\n 1 | first\n   | ^\n\n1 error and 0 warnings in the scene script.');
  });

  it('sorting keeps files in order even when a later line comes first', () => {
    expect(sortDiagnostics([d('a.vn', 2, 1), d('b.vn', 1, 1)]).map((x) => x.file)).toEqual(['a.vn', 'b.vn']);
  });
});

describe('includes', () => {
  it('a loop is named from the file that is included again', () => {
    const files = [
      { name: 's/story.vn', text: `${HEAD}include "a.vn"\n` },
      { name: 's/a.vn', text: 'include "b.vn"\n' },
      { name: 's/b.vn', text: 'include "a.vn"\nscene b "B"\n  B.\n' },
    ];
    expect(compileScript(files).diagnostics.map((x) => x.message)).toEqual(["'s/a.vn' includes itself (s/a.vn -> s/b.vn -> s/a.vn)"]);
  });

  it('a file of that name in another folder is not suggested', () => {
    const files = [{ name: 's/story.vn', text: `${HEAD}include "chapter-1.vn"\nscene a "A"\n  A.\n` }, { name: 'xy/chapter-1.vn', text: 'scene b "B"\n  B.\n' }];
    expect(compileScript(files).diagnostics.map((x) => x.message)[0]).toBe("no file 's/chapter-1.vn' to include");
  });
});
