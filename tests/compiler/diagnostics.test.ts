import { describe, expect, it } from 'vitest';
import { compileScript, formatDiagnostics } from '../../src/compiler';
import { BODY_LINE, compile, fixtureAssets } from '../fixtures/compile';

/** `line:column message` of each diagnostic, lines counted from the first body line as 1. */
const report = (body: string) =>
  compile(body).diagnostics.map((d) => `${d.file}:${d.line - BODY_LINE + 1}:${d.column} ${d.severity}: ${d.message}`);

describe('diagnostics', () => {
  it('unknown speaker', () => {
    expect(report('scene s "S"\n  mra: "hi"\n')).toEqual(["test.vn:2:3 error: unknown speaker 'mra'; add them to the cast first"]);
  });

  it('unknown character in show and hide', () => {
    expect(report('scene s "S"\n  show naruto\n  hide naruto\n  Line.\n')).toEqual([
      "test.vn:2:8 error: unknown character 'naruto'; add them to the cast first",
      "test.vn:3:8 error: unknown character 'naruto'; add them to the cast first",
    ]);
  });

  it('unknown background, ambience, sound and expression name the missing file', () => {
    expect(report('scene s "S"\n  bg moon\n  ambience rain\n  sfx bang\n  show iruka happy\n  Line.\n')).toEqual([
      "test.vn:2:6 error: unknown background 'moon': no assets/bg/moon.svg",
      "test.vn:3:12 error: unknown ambience 'rain': no assets/audio/rain.ogg",
      "test.vn:4:7 error: unknown sound 'bang': no assets/audio/bang.ogg",
      "test.vn:5:14 error: unknown expression 'happy' for 'iruka': no assets/portraits/iruka-happy.svg",
    ]);
  });

  it('an expression given while speaking is checked too', () => {
    expect(report('scene s "S"\n  show sakura\n  sakura crying: "Oh."\n')).toEqual([
      "test.vn:3:10 error: unknown expression 'crying' for 'sakura': no assets/portraits/sakura-crying.svg",
    ]);
  });

  it('bad indentation', () => {
    expect(report('scene s "S"\n    Too deep.\n  Fine.\n')).toEqual([
      'test.vn:2:5 error: scene statements are indented one level (two spaces); this line is indented deeper',
    ]);
  });

  it('unterminated quote', () => {
    expect(report('scene s "S"\n  iruka: "where is he\n  Fine.\n')).toEqual([
      'test.vn:2:10 error: unterminated quote: the words iruka says needs a closing "',
    ]);
  });

  it('duplicate scene', () => {
    expect(report('scene s "S"\n  One.\nscene s "Again"\n  Two.\n')).toEqual([
      "test.vn:3:7 error: scene 's' is defined twice; scene ids must be unique",
    ]);
  });

  it('unknown command', () => {
    expect(report('scene s "S"\n  shake hard\n  Fine.\n')).toEqual([
      "test.vn:2:3 error: unknown statement 'shake' (narration that starts with a lower-case word must be in double quotes)",
    ]);
  });

  it('a scene with no lines, and a duplicate cast id', () => {
    const { diagnostics } = compileScript([
      { name: 'a.vn', text: 'title "T"\ncast\n  iruka "Iruka" color #c98b4a\n  iruka "Again" color #ffffff\nscene empty "Empty"\n  bg ward-day\n' },
    ], { assets: fixtureAssets });
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
      "4:3 'iruka' is already in the cast",
      "5:7 scene 'empty' has no lines to read",
    ]);
  });

  it('a missing title', () => {
    const { diagnostics } = compileScript([{ name: 'a.vn', text: 'scene s "S"\n  Line.\n' }]);
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`)).toEqual(['a.vn:1:1 the script has no `title "..."` line']);
  });

  it('reports all errors across files in one run and yields no story', () => {
    const files = [
      { name: 'a.vn', text: 'title "T"\ncast\n  iruka "Iruka" color #c98b4a\nscene one "One"\n  mra: "x"\ninclude "b.vn"\n' },
      { name: 'b.vn', text: 'scene two "Two"\n  show iruka at nowhere\n  Fine.\n' },
    ];
    const result = compileScript(files);
    expect(result.story).toBeNull();
    expect(result.diagnostics.map((d) => `${d.file}:${d.line}`)).toEqual(['a.vn:5', 'b.vn:2']);
  });

  it('formats a diagnostic with the source line and a caret under the spot', () => {
    const files = [{ name: 'chapter.vn', text: 'title "T"\ncast\n  iruka "Iruka" color #c98b4a\nscene s "S"\n  mra: "hi"\n' }];
    const { diagnostics } = compileScript(files);
    expect(formatDiagnostics(diagnostics, files)).toBe(
      "chapter.vn:5:3 error: unknown speaker 'mra'; add them to the cast first\n 5 |   mra: \"hi\"\n   |   ^^^",
    );
  });
});
