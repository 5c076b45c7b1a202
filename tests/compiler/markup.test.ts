import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../fixtures/chapter';
import { BODY_LINE, compile } from '../fixtures/compile';

/** Emphasis, pauses and line breaks: the beat's text stays plain; the markup rides beside it. */

const beats = (body: string) => compile(`scene s "S"\n${body}`).story!.beats;
const report = (body: string) =>
  compile(`scene s "S"\n${body}`).diagnostics.map((d) => `${d.line - BODY_LINE + 1}:${d.column} ${d.message}`);

describe('text markup', () => {
  it('emphasis: the text is plain, the ranges index it', () => {
    const [beat] = beats('  He *never* looked back.\n');
    expect(beat!.text).toBe('He never looked back.');
    expect(beat!.rich).toEqual({ emphasis: [[3, 8]], pauses: [] });
    expect(beat!.text.slice(3, 8)).toBe('never');
  });

  it('a pause inside a line, with a default or given length', () => {
    const [a, b] = beats('  iruka: "Wait...{pause} no.{pause 1.5s} Go."\n  Still.{pause 0.2s}\n');
    expect(a!.text).toBe('Wait... no. Go.');
    expect(a!.rich).toEqual({ emphasis: [], pauses: [{ at: 7, ms: 500 }, { at: 11, ms: 1500 }] });
    expect(b!.rich!.pauses).toEqual([{ at: 6, ms: 200 }]);
  });

  it('a line break is "\\n" in the text', () => {
    expect(beats('  First.\\nSecond.\n')[0]).toMatchObject({ text: 'First.\nSecond.' });
    expect(beats('  First.\\nSecond.\n')[0]!.rich).toBeUndefined();
  });

  it('offsets are UTF-16 units of the plain text', () => {
    const [beat] = beats('  "😀 *é* {pause}!"\n');
    expect(beat!.text).toBe('😀 é !');
    expect(beat!.rich).toEqual({ emphasis: [[3, 4]], pauses: [{ at: 5, ms: 500 }] });
  });

  it('escapes write markup characters as themselves', () => {
    expect(beats('  Price: 5\\*3 \\{sic\\} \\\\ done.\n')[0]).toMatchObject({ text: 'Price: 5*3 {sic} \\ done.' });
    expect(beats('  Price: 5\\*3.\n')[0]!.rich).toBeUndefined();
  });

  it('broken markup is named at its place', () => {
    expect(report('  Bad *open here.\n  A {wat} and {pause 20s} and {pause.\n  iruka: "Empty ** here"\n')).toEqual([
      '2:7 emphasis is not closed: add a * where it ends, or write \\* for an asterisk',
      "3:5 unknown markup '{wat}'; markup is {pause} or {pause 1s}; write \\{ for a brace",
      '3:15 a pause lasts more than 0s and at most 10s',
      '3:31 this `{` is not closed; markup is {pause} or {pause 1s}; write \\{ for a brace',
      '4:17 empty emphasis `**`; write \\* for an asterisk',
    ]);
  });

  it('titles and names take only \\" and \\\\; markup there is plain text', () => {
    const { story } = compile('scene s "The *Ward* \\"A\\""\n  Line.\n');
    expect(story!.scenes[0]!.title).toBe('The *Ward* "A"');
    expect(compile('scene s "Bad \\n"\n  Line.\n').diagnostics.map((d) => `${d.column} ${d.message}`)).toEqual([
      '14 unknown escape \'\\n\' in a title or name; only \\" and \\\\ are escapes there',
    ]);
  });
});

describe('the language reference', () => {
  it('its markup example compiles to the plain text the mirror reads', () => {
    const doc = readFileSync(`${ROOT}/script/LANGUAGE.md`, 'utf8');
    const example = /## Text markup and escapes[\s\S]*?```\n([\s\S]*?)```/.exec(doc)![1]!;
    const { story, diagnostics } = compile(`show sakura\n${example}`.replace(/^show/, 'scene s "S"\n  show'));
    expect(diagnostics).toEqual([]);
    expect(story!.beats.map((b) => b.text)).toEqual([
      'He did not look back.',
      'Kakashi... can you hear me?',
      'The monitor beeps. Then nothing.',
      "He'll be alright.\nHe always is.",
    ]);
  });
});
