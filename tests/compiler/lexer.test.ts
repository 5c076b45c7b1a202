import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../src/compiler/diagnostics';
import { lex, stripComment } from '../../src/compiler/lexer';

describe('lexer', () => {
  it('splits lines with indent levels and 1-based columns, skipping blanks and comments', () => {
    const sink = new DiagnosticSink();
    const lines = lex('a.vn', 'scene x "X"\n\n  # a comment\n  bg forest-dusk   # trailing\n', sink);
    expect(lines.map((l) => [l.line, l.indent, l.column, l.content])).toEqual([
      [1, 0, 1, 'scene x "X"'],
      [4, 1, 3, 'bg forest-dusk'],
    ]);
    expect(sink.items).toEqual([]);
  });

  it('tokenizes words, strings with escapes, colours, colons and durations with their columns', () => {
    const sink = new DiagnosticSink();
    const [line] = lex('a.vn', 'sakura worried: "Say \\"hi\\"" #c98b4a 1.5s', sink);
    expect(line!.tokens.map((t) => [t.kind, t.value, t.span.column])).toEqual([
      ['word', 'sakura', 1],
      ['word', 'worried', 8],
      ['colon', ':', 15],
      ['string', 'Say "hi"', 17],
      ['color', '#c98b4a', 30],
      ['duration', '1.5s', 38],
    ]);
  });

  it('marks an unterminated string instead of throwing', () => {
    const [line] = lex('a.vn', 'iruka: "never closed', new DiagnosticSink());
    expect(line!.tokens.at(-1)).toMatchObject({ kind: 'string', value: 'never closed', unterminated: true });
  });

  it('keeps colours and quoted hashes, strips "# " comments', () => {
    expect(stripComment('  iruka "Iruka" color #c98b4a')).toBe('  iruka "Iruka" color #c98b4a');
    expect(stripComment('iruka: "no # comment here" # but here')).toBe('iruka: "no # comment here" ');
    expect(stripComment('#')).toBe('');
  });

  it('reports tabs and odd indentation with their positions', () => {
    const sink = new DiagnosticSink();
    lex('a.vn', 'scene x "X"\n\tbg a\n   bg b', sink);
    expect(sink.items.map((d) => [d.line, d.column, d.message])).toEqual([
      [2, 1, 'a tab (U+0009) in the indentation; indent with two plain spaces per level'],
      [3, 1, 'indentation of 3 spaces; use two spaces per level'],
    ]);
  });
});
