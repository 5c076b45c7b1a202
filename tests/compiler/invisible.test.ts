import { describe, expect, it } from 'vitest';
import { compileScript, formatDiagnostics } from '../../src/compiler';
import { BODY_LINE, compile } from '../fixtures/compile';
import { CHAPTER, compileChapterText, edit } from '../fixtures/chapter';

/** Invisible characters never change the story or mislead: a BOM and any line ending are fine, odd spaces are named. */

const report = (body: string) =>
  compile(body).diagnostics.map((d) => `${d.file}:${d.line - BODY_LINE + 1}:${d.column} ${d.severity}: ${d.message}`);

describe('invisible characters', () => {
  const plain = compileChapterText(CHAPTER).story!;

  it('a byte order mark at the start is accepted', () => {
    const { story, messages } = compileChapterText(`\uFEFF${CHAPTER}`);
    expect(messages).toEqual([]);
    expect(story).toEqual(plain);
  });

  it('CRLF and a lone CR end lines like LF', () => {
    for (const ending of ['\r\n', '\r']) {
      const { story, messages } = compileChapterText(CHAPTER.replace(/\n/g, ending));
      expect(messages).toEqual([]);
      expect(story).toEqual(plain);
    }
    // Positions count lines the same way.
    expect(compileScript([{ name: 'a.vn', text: 'title "T"\r\rscene s "S"\r  mra: "x"\r' }]).diagnostics.map((d) => `${d.line}:${d.column}`)).toEqual(['4:3']);
  });

  it('a non-breaking space in an indent is named at its place', () => {
    expect(compileChapterText(edit(CHAPTER, '  Sakura runs close', '\u00A0 Sakura runs close')).messages).toEqual([
      'script/chapter-1.vn:57:1 error: a non-breaking space (U+00A0) in the indentation; indent with two plain spaces per level',
    ]);
  });

  it('a tab or another odd space in an indent is named; one message for the line', () => {
    expect(report('scene s "S"\n\tOne.\n \u3000Two.\n  \u200BThree.\n')).toEqual([
      'test.vn:2:1 error: a tab (U+0009) in the indentation; indent with two plain spaces per level',
      'test.vn:3:2 error: a full-width space (U+3000) in the indentation; indent with two plain spaces per level',
      'test.vn:4:3 error: a zero-width space (U+200B) in the indentation; indent with two plain spaces per level',
    ]);
  });

  it('an odd space between the words of a statement is named; prose keeps its own', () => {
    expect(report('scene s "S"\n  show\u00A0iruka\n  Wait\u00A0! he says.\n  iruka:\u2009"Yes."\n')).toEqual([
      'test.vn:2:7 error: a non-breaking space (U+00A0) between words; use a plain space',
      'test.vn:4:9 error: a thin space (U+2009) between words; use a plain space',
    ]);
  });

  it('columns count characters, so an emoji is one column', () => {
    expect(report('scene s "S"\n  "😀😀 x" mra\n  iruka: "😀\\q"\n')).toEqual([
      "test.vn:2:10 error: unexpected 'mra' after quoted narration",
      "test.vn:3:12 error: unknown escape '\\q'; escapes are \\n (a line break), \\\" \\\\ \\* \\{ \\} \\#",
    ]);
  });

  it('the caret lines up under wide characters', () => {
    const files = [{ name: 'w.vn', text: 'title "T"\nscene s "S"\n  "漢字😀" mra\n' }];
    const out = formatDiagnostics(compileScript(files).diagnostics, files).split('\n');
    expect(out).toEqual([
      "w.vn:3:9 error: unexpected 'mra' after quoted narration",
      ' 3 |   "漢字😀" mra',
      //     2 spaces, a quote, three wide characters (6 cells), a quote and a space.
      '   |' + ' '.repeat(1 + 2 + 1 + 6 + 2) + '^^^',
    ]);
  });

  it('the caret lines up under emoji outside the CJK ranges (✅ ⭐ 🫠) and after a flag', () => {
    const files = [{ name: 'w.vn', text: 'title "T"\nscene s "S"\n  "✅⭐🫠🇯🇵" mra\n' }];
    const out = formatDiagnostics(compileScript(files).diagnostics, files).split('\n');
    expect(out.slice(0, 2)).toEqual(["w.vn:3:11 error: unexpected 'mra' after quoted narration", ' 3 |   "✅⭐🫠🇯🇵" mra']);
    // 2 spaces, a quote, three emoji (6 cells), a flag's two letters (2 cells), a quote and a space.
    expect(out[2]).toBe('   |' + ' '.repeat(1 + 2 + 1 + 6 + 2 + 2) + '^^^');
  });
});
