import { describe, expect, it } from 'vitest';
import { BODY_LINE, compile } from '../fixtures/compile';

/**
 * A scene's lines read as dialogue, narration or a command; each mistake is one error at its
 * line, column and width (`line:column+length`). The body starts with `show iruka`, so the line
 * tested is line 3.
 */

const compileLine = (line: string) => compile(`scene s "S"\n  show iruka\n  ${line}\n  End.\n`);
const report = (line: string) =>
  compileLine(line).diagnostics.map((d) => `${d.line - BODY_LINE + 1}:${d.column}+${d.length} ${d.severity}: ${d.message}`);
/** The lines read before `End.`: speaker, text and markup. */
const read = (line: string) => compileLine(line).story!.beats.slice(0, -1).map((b) => [b.speaker, b.text, b.rich ?? null]);

describe('dialogue', () => {
  it('the words are quoted, after a colon, and nothing follows them', () => {
    expect(report('iruka: "x" extra')).toEqual(["3:14+5 error: unexpected 'extra' after the dialogue"]);
    expect(report('iruka: "a" "b"')).toEqual(["3:14+3 error: unexpected 'b' after the dialogue"]);
    expect(report('iruka:')).toEqual(['3:9+1 error: expected the words iruka says in double quotes']);
    expect(report('iruka: hello')).toEqual(["3:10+5 error: expected the words iruka says in double quotes, found 'hello'"]);
    expect(report('note: something')).toEqual(["3:9+9 error: expected the words note says in double quotes, found 'something'"]);
  });

  it('a speaker with an expression changes the portrait; a capitalised speaker is still a speaker', () => {
    const { story } = compileLine('iruka worried: "Hm."');
    expect(story!.beats[0]).toMatchObject({ speaker: 'iruka', text: 'Hm.', stage: { cast: [{ id: 'iruka', expression: 'worried' }] } });
    expect(report('Iruka: "Yes."')).toEqual(["3:3+5 error: unknown speaker 'Iruka'; did you mean 'iruka'?"]);
  });

  it('a command with a colon and nothing after it', () => {
    expect(report('bg:')).toEqual(['3:5+1 error: `bg` is a command, not a speaker: write it without the colon, e.g. `bg ...`']);
  });
});

describe('narration', () => {
  it('quoted narration is closed and alone on its line', () => {
    expect(report('"never closed')).toEqual(['3:3+13 error: unterminated quote: this narration needs a closing "']);
    expect(report('"quoted" "two"')).toEqual(["3:12+5 error: unexpected 'two' after quoted narration"]);
    expect(read('"lower case, quoted."')).toEqual([[null, 'lower case, quoted.', null]]);
  });

  it('a capitalised command word is a mistake only where the line reads as a command', () => {
    const meant = (word: string, width: number) =>
      `3:3+${width} error: '${word}' would be read as narration; did you mean \`${word.toLowerCase()}\`? Commands are lower case (to keep this line as narration, put it in double quotes)`;
    expect(report('Bg ward-day')).toEqual([meant('Bg', 2)]);
    expect(report('Hide iruka')).toEqual([meant('Hide', 4)]);
    expect(report('Effect blur')).toEqual([meant('Effect', 6)]);
    expect(report('Show iruka, then go')).toEqual([meant('Show', 4)]);
    // Prose: a quote in it, a capital next, or sentence punctuation at the end.
    expect(read('Show iruka "x"')).toEqual([[null, 'Show iruka "x"', null]]);
    expect(read('Show Iruka')).toEqual([[null, 'Show Iruka', null]]);
    expect(read('Bg ward-day.')).toEqual([[null, 'Bg ward-day.', null]]);
    expect(read('Later, iruka goes.')).toEqual([[null, 'Later, iruka goes.', null]]);
  });

  it('a lower-case first word that is no command and no speaker', () => {
    expect(report('zzzzzz hard')).toEqual(["3:3+6 error: unknown statement 'zzzzzz' (narration that starts with a lower-case word must be in double quotes)"]);
    expect(report('iruka worried "Hi."')).toEqual(["3:16+1 error: expected ':' after 'iruka worried': dialogue is `iruka worried: \"...\"`"]);
  });

  it('a comment after a command is a comment; inside narration it is an error', () => {
    expect(compileLine('effect blur # dim').story!.beats[0]!.stage.effects).toEqual(['blur']);
    expect(report('Count # one')).toEqual([
      '3:9+1 error: a ` # ` inside narration: is it a comment or part of the line? Put a comment on its own line, or write \\# for a hash sign',
    ]);
  });
});

describe('odd characters and markup, at their place', () => {
  it('odd spaces, a full-width colon, an emoji', () => {
    expect(report('iruka\u00A0worried: "x"')).toEqual(['3:8+1 error: a non-breaking space (U+00A0) between words; use a plain space']);
    expect(report('bg ward-day\u2009with fade')).toEqual(['3:14+1 error: a thin space (U+2009) between words; use a plain space']);
    expect(report('iruka\uFF1A "x"')).toEqual(["3:8+1 error: a full-width colon '\uFF1A' (U+FF1A); dialogue takes a plain ':'"]);
    expect(report('effect 😀')).toEqual(["3:10+1 error: unknown effect '😀'; effects are blur, dim, sway, dark, or none"]);
  });

  it('pauses: more than 0 s and at most 10 s, spaces inside the braces allowed', () => {
    expect(report('A {pause 0s} b')).toEqual(['3:5+10 error: a pause lasts more than 0s and at most 10s']);
    expect(report('A {pause 10.5s} b')).toEqual(['3:5+13 error: a pause lasts more than 0s and at most 10s']);
    expect(report('A {pause1s}')).toEqual(["3:5+9 error: unknown markup '{pause1s}'; markup is {pause} or {pause 1s}; write \\{ for a brace"]);
    expect(read('A {pause 10s} b')).toEqual([[null, 'A  b', { emphasis: [], pauses: [{ at: 2, ms: 10000 }] }]]);
    expect(read('A { pause } b')).toEqual([[null, 'A  b', { emphasis: [], pauses: [{ at: 2, ms: 500 }] }]]);
  });

  it('a lone backslash at the end of a line', () => {
    expect(report('He waits\\')).toEqual(['3:11+1 error: a lone \\ ends the line; write \\\\ for a backslash']);
  });
});
