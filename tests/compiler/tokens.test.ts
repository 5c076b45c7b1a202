import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../src/compiler/diagnostics';
import { findComment, lex } from '../../src/compiler/lexer';

/** The lexer's finer rules: what is a comment, a colour, a duration, and where each token stands. */

const tokens = (text: string) => lex('a.vn', text, new DiagnosticSink())[0]!.tokens.map((t) => `${t.kind} ${t.value} @${t.span.column}+${t.span.length}`);

describe('comments', () => {
  it('a # is a comment only with a space or the line edge on both sides, outside quotes, unescaped', () => {
    expect(['# x', 'x #', 'a\t# b', 'a #\tb', '"a # b" # c'].map(findComment)).toEqual([0, 2, 2, 2, 8]);
    expect(['a #b', 'a# b', 'a \\# b', '"a \\" # b"', '#x'].map(findComment)).toEqual([-1, -1, -1, -1, -1]);
  });

  it('a comment at the left margin is noted on the next statement, across blank lines; an indented one is not', () => {
    const lines = lex('a.vn', 'scene s "S"\n  A.\n# margin\n\n  B.\n  # indented\n  C.\n  D. # after\n', new DiagnosticSink());
    expect(lines.map((l) => [l.content, l.afterMarginComment])).toEqual([
      ['scene s "S"', false], ['A.', false], ['B.', true], ['C.', false], ['D.', false],
    ]);
    expect(lines[4]!.comment).toEqual({ file: 'a.vn', line: 8, column: 6, length: 1 });
    expect(lines[3]!.comment).toBeNull();
  });
});

describe('indentation', () => {
  it('levels of two spaces; an odd count is reported once and rounded, never to the top level', () => {
    const sink = new DiagnosticSink();
    const lines = lex('a.vn', ' one\n    four\n   three\n\u00A0\u00A0\n', sink);
    expect(lines.map((l) => [l.content, l.indent, l.column, l.badIndent])).toEqual([['one', 1, 2, true], ['four', 2, 5, false], ['three', 1, 4, true]]);
    expect(sink.items.map((d) => `${d.line}:${d.column}+${d.length} ${d.message}`)).toEqual([
      '1:1+1 indentation of 1 spaces; use two spaces per level',
      '3:1+3 indentation of 3 spaces; use two spaces per level',
    ]);
  });
});

describe('tokens', () => {
  it('colours have 3 to 8 hex digits; anything else is a # and a word', () => {
    expect(tokens('#fff #ffff #12345678 #123456789 #ggg')).toEqual([
      'color #fff @1+4', 'color #ffff @6+5', 'color #12345678 @12+9', 'punct # @22+1', 'word 123456789 @23+9', 'punct # @33+1', 'word ggg @34+3',
    ]);
  });

  it('a duration is a number and an s, alone', () => {
    expect(tokens('2s 1.5s 1.5sec 1.5')).toEqual([
      'duration 2s @1+2', 'duration 1.5s @4+4', 'word 1 @9+1', 'punct . @10+1', 'word 5sec @11+4', 'word 1 @16+1', 'punct . @17+1', 'word 5 @18+1',
    ]);
  });

  it('words take letters, digits, _ and -, not a leading -; colons plain or full-width; one column per character', () => {
    expect(tokens('a_b-c -x : \uFF1A 😀 é')).toEqual([
      'word a_b-c @1+5', 'punct - @7+1', 'word x @8+1', 'colon : @10+1', 'colon \uFF1A @12+1', 'punct 😀 @14+1', 'punct é @16+1',
    ]);
  });

  it('strings resolve escapes, keep the raw text, and run to the line end when not closed', () => {
    const [line] = lex('a.vn', '"a\\"b" "c\\\\" "d\\', new DiagnosticSink());
    expect(line!.tokens.map((t) => [t.value, t.raw, t.start, t.span.length, t.unterminated ?? false])).toEqual([
      ['a"b', 'a\\"b', 0, 6, false],
      ['c\\', 'c\\\\', 7, 5, false],
      ['d\\', 'd\\', 13, 3, true],
    ]);
  });
});
