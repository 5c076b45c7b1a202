import { describe, expect, it } from 'vitest';
import { compileScript } from '../../src/compiler';

/**
 * The top level of a file (title, include, cast, scene heads): each mistake is one error at its
 * line, column and width (`line:column+length`), and what can still be read is read.
 */

const HEAD = 'title "T"\ncast\n  iruka "Iruka" color #c98b4a\n';
const SCENE = 'scene s "S"\n  A.\n';

/** `line:column+length severity: message` for one file `a.vn`. */
const report = (text: string) =>
  compileScript([{ name: 'a.vn', text }]).diagnostics.map((d) => `${d.line}:${d.column}+${d.length} ${d.severity}: ${d.message}`);

describe('title and include', () => {
  it('the title: one, quoted, alone on its line', () => {
    expect(report(`title "T"\n  more\n${SCENE}`)).toEqual(['2:3+4 error: unexpected indented line under `title`']);
    expect(report(`title "T"\ntitle "U"\n${SCENE}`)).toEqual(['2:1+5 error: the title is already set; keep one `title` line']);
    // One message for one mistake: the title before the stray word still stands.
    expect(report(`title "T" now\n${SCENE}`)).toEqual(["1:11+3 error: unexpected 'now' after the title"]);
    expect(report(`title\n${SCENE}`)).toContain('1:6+1 error: expected the title in double quotes');
    expect(report(`title "T\n${SCENE}`)).toContain('1:7+2 error: unterminated quote: the title needs a closing "');
    expect(report('title "A \\"B\\" \\\\ \\q"\nscene s "S"\n  A.\n')).toEqual([
      "1:19+2 error: unknown escape '\\q' in a title or name; only \\\" and \\\\ are escapes there",
    ]);
  });

  it('a title and no scene', () => {
    expect(report('title "T"\n')).toEqual(['1:1+5 error: the script has no scene']);
    const { story } = compileScript([{ name: 'a.vn', text: `title "A \\"quoted\\" title"\n${SCENE}` }]);
    expect(story!.title).toBe('A "quoted" title');
  });

  it('include: a quoted file name, alone, with nothing under it', () => {
    expect(report(`${HEAD}include\n${SCENE}`)).toEqual(['4:8+1 error: expected the file to include, e.g. `include "chapter-2.vn"` in double quotes']);
    expect(report(`${HEAD}include "b.vn" now\n${SCENE}`)).toContain("4:16+3 error: unexpected 'now' after the include");
    const files = [{ name: 's/a.vn', text: `${HEAD}include "./b.vn"\n  more\n` }, { name: 's/b.vn', text: SCENE }];
    expect(compileScript(files).diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`)).toEqual([
      's/a.vn:5:3 unexpected indented line under `include`',
    ]);
  });

  it('an include that starts with ./ names the file beside it', () => {
    const files = [{ name: 's/a.vn', text: `${HEAD}include "./b.vn"\n` }, { name: 's/b.vn', text: SCENE }];
    expect(compileScript(files)).toMatchObject({ diagnostics: [], story: { scenes: [{ id: 's' }] } });
  });
});

describe('the cast block', () => {
  const cast = (entry: string) => report(`title "T"\ncast\n  ${entry}\nscene s "S"\n  iruka: "A."\n`);

  it('each entry is `id "Name" color #rrggbb`, one level in', () => {
    expect(report('title "T"\ncast now\n  iruka "Iruka" color #c98b4a\nscene s "S"\n  iruka: "A."\n')).toEqual(["2:6+3 error: unexpected 'now' after `cast`"]);
    expect(report(`title "T"\ncast\n    iruka "Iruka" color #c98b4a\n${SCENE}`)).toEqual(['3:5+27 error: cast entries are indented one level (two spaces)']);
    expect(cast('iruka "Iruka" color #c98b4a bold')).toEqual(["3:31+4 error: unexpected 'bold' after the cast entry"]);
  });

  it('a broken entry still names its character, so their lines read on without more errors', () => {
    expect(cast('iruka')).toEqual(["3:8+1 error: expected the name players see for 'iruka' in double quotes"]);
    expect(cast('iruka "Iruka"')).toEqual(["3:9+7 error: expected `color #rrggbb` after the name of 'iruka'"]);
    expect(cast('iruka "Iruka" colour #c98b4a')).toEqual(["3:17+6 error: expected `color #rrggbb` after the name of 'iruka'"]);
    expect(cast('iruka "Iruka" color')).toEqual(["3:9+7 error: expected a colour such as #c98b4a for 'iruka'"]);
  });

  it('a cast id may not be a command', () => {
    expect(report(`title "T"\ncast\n  bg "Bg" color #c98b4a\n${SCENE}`)).toEqual(["3:3+2 error: 'bg' is a command; a cast id needs another name"]);
  });

  it('scene lines under `cast` are one error: a scene line is missing', () => {
    const missing = (line: string, width: number) =>
      expect(report(`${HEAD}  ${line}\n  More.\n${SCENE}`)).toEqual([
        `4:3+${width} error: this reads as a scene line but stands in the \`cast\` block: is a \`scene\` line missing above it?`,
      ]);
    missing('iruka: "Hi."', 12);
    missing('iruka worried: "Hi."', 20);
    missing('Iruka runs.', 11);
    missing('"he runs"', 9);
    missing('show iruka', 10);
  });
});

describe('scene heads and stray lines', () => {
  it('a scene needs an id and a quoted title', () => {
    expect(report(`${HEAD}scene\n  A.\n`)).toContain('4:6+1 error: expected a scene id, e.g. `scene corridor "The Hospital Corridor"`');
    expect(report(`${HEAD}scene s "S" now\n  A.\n`)).toEqual(["4:13+3 error: unexpected 'now' after the scene title"]);
    // Without its title the body is still read and checked.
    expect(report(`${HEAD}scene s\n  mra: "A."\n`)).toEqual([
      "4:8+1 error: expected the title of scene 's' in double quotes",
      "5:3+3 error: unknown speaker 'mra'; add them to the cast first",
    ]);
  });

  it('a statement typed with a capital, or misspelled, at the top level', () => {
    expect(report(`Title "T"\n${SCENE}`)).toContain("1:1+5 error: unknown statement 'Title'; did you mean `title`? Statements are lower case");
    expect(report(`titel "T"\n${SCENE}`)).toContain("1:1+5 error: unknown statement 'titel' at the top level; did you mean `title`?");
  });

  it('story lines outside a scene', () => {
    expect(report(`${HEAD}"Hello"\n${SCENE}`)).toEqual(['4:1+7 error: story lines must be inside a scene: indent them under a `scene` line']);
    expect(report(`${HEAD}Hello there.\n${SCENE}`)).toEqual(['4:1+12 error: story lines must be inside a scene: indent them under a `scene` line']);
    expect(report(`${HEAD}Scene s "S"\n  A.\n`)).toContain('4:1+11 error: story lines must be inside a scene: indent them under a `scene` line');
    expect(report(`  Line.\n${HEAD}${SCENE}`)).toEqual(['1:3+5 error: this line is indented but belongs to no `cast` or `scene` block']);
  });
});
