import { describe, expect, it } from 'vitest';
import { BODY_LINE, compile } from '../fixtures/compile';
import { CHAPTER, compileChapterText, edit } from '../fixtures/chapter';

/**
 * Mistakes that used to change the story and still compile: each is now an error or a warning at
 * its exact place, saying what the writer probably meant. One message per root cause.
 */

/** `test.vn:line:col severity: message`, lines counted from the first body line as 1. */
const report = (body: string) =>
  compile(body).diagnostics.map((d) => `${d.file}:${d.line - BODY_LINE + 1}:${d.column} ${d.severity}: ${d.message}`);

describe('nothing that changes the story compiles silently', () => {
  it('a command typed with a capital', () => {
    expect(report('scene s "S"\n  Show iruka worried at left\n  Line.\n')).toEqual([
      "test.vn:2:3 error: 'Show' would be read as narration; did you mean `show`? Commands are lower case (to keep this line as narration, put it in double quotes)",
    ]);
    // What follows is not reported again: the stage is uncertain after a command that was not read.
    expect(report('scene s "S"\n  Show iruka worried at left\n  hide iruka\n  iruka worried: "Hm."\n')).toEqual([
      "test.vn:2:3 error: 'Show' would be read as narration; did you mean `show`? Commands are lower case (to keep this line as narration, put it in double quotes)",
    ]);
    // Prose that merely starts with the word stays prose.
    expect(report('scene s "S"\n  Show me the way, he thinks.\n  Hide and seek, then.\n')).toEqual([]);
  });

  it('a deleted scene line, found by the comment left at the margin', () => {
    const { story, messages } = compileChapterText(edit(CHAPTER, 'scene ward "The Room Full of Shinobi"\n', ''));
    expect(story!.scenes).toHaveLength(4);
    expect(messages).toEqual([
      'script/chapter-1.vn:71:3 warning: a comment at the left margin, then more of this scene: is a `scene` line missing here? (indent the comment if it belongs to the scene)',
    ]);
  });

  it('a deleted scene line, found by a fresh background and ambience mid-scene', () => {
    const text = edit(CHAPTER, '# III. The ward: the room full of shinobi, the bed, the questions.\nscene ward "The Room Full of Shinobi"\n', '');
    expect(compileChapterText(text).messages).toEqual([
      'script/chapter-1.vn:70:3 warning: the background and the ambience both change mid-scene, as at the start of a scene: is a `scene` line missing above? (if not, change the ambience after the next line)',
    ]);
  });

  it('a comment inside narration is an error; after a command or a closing quote it is a comment', () => {
    expect(report('scene s "S"\n  He counts # one, two.\n')).toEqual([
      'test.vn:2:13 error: a ` # ` inside narration: is it a comment or part of the line? Put a comment on its own line, or write \\# for a hash sign',
    ]);
    const { story, diagnostics } = compile('scene s "S"\n  bg ward-day # the ward\n  iruka: "Yes." # said softly\n  Room \\# 4.\n  Score #1.\n');
    expect(diagnostics).toEqual([]);
    expect(story!.beats.map((b) => b.text)).toEqual(['Yes.', 'Room # 4.', 'Score #1.']);
  });

  it('\\n is a line break; an unknown escape is an error', () => {
    const { story } = compile('scene s "S"\n  One\\ntwo.\n  iruka: "a\\nb \\"c\\" \\\\ d"\n');
    expect(story!.beats.map((b) => b.text)).toEqual(['One\ntwo.', 'a\nb "c" \\ d']);
    expect(report('scene s "S"\n  Bad \\q here.\n  iruka: "and \\t"\n')).toEqual([
      "test.vn:2:7 error: unknown escape '\\q'; escapes are \\n (a line break), \\\" \\\\ \\* \\{ \\} \\#",
      "test.vn:3:15 error: unknown escape '\\t'; escapes are \\n (a line break), \\\" \\\\ \\* \\{ \\} \\#",
    ]);
  });

  it('dialogue by a capitalised name, its quotes or colon missing, reads as narration: a warning', () => {
    expect(report('scene s "S"\n  Sakura: Hello.\n  Iruka "Yes."\n  Note: the door is locked.\n  "Iruka: a dolphin."\n')).toEqual([
      "test.vn:2:3 warning: this line reads as narration, though it starts like dialogue by 'sakura'; did you mean `sakura: \"...\"`? (to keep it as narration, put the whole line in double quotes)",
      "test.vn:3:3 warning: this line reads as narration, though it starts like dialogue by 'iruka'; did you mean `iruka: \"...\"`? (to keep it as narration, put the whole line in double quotes)",
    ]);
  });

  it('an expression for a speaker who is not on stage', () => {
    expect(report('scene s "S"\n  iruka worried: "Hm."\n  iruka furious: "Hm."\n  show iruka\n  iruka worried: "Now."\n')).toEqual([
      "test.vn:2:9 warning: 'iruka' is not on stage, so the expression 'worried' shows nowhere; `show iruka worried` first, or drop it",
      "test.vn:3:9 error: unknown expression 'furious' for 'iruka': no assets/portraits/iruka-furious.svg",
    ]);
  });
});

describe('one message per root cause', () => {
  it('a missing first scene line: one error, not one per line of the scene', () => {
    expect(compileChapterText(edit(CHAPTER, 'scene forest "Wounded in the Forest"\n', '')).messages).toEqual([
      'script/chapter-1.vn:20:3 error: this reads as a scene line but stands in the `cast` block: is a `scene` line missing above it?',
    ]);
  });

  it('one bad cast colour: one error, and the character still speaks', () => {
    expect(compileChapterText(edit(CHAPTER, 'iruka   "Iruka"   color #e0a062', 'iruka   "Iruka"   color e0a062')).messages).toEqual([
      "script/chapter-1.vn:5:27 error: expected a colour such as #c98b4a for 'iruka'",
    ]);
  });

  it('a command with a colon is not dialogue', () => {
    expect(report('scene s "S"\n  bg: ward-day\n  Line.\n')).toEqual([
      'test.vn:2:5 error: `bg` is a command, not a speaker: write it without the colon, e.g. `bg ward-day`',
    ]);
  });

  it('a missing or full-width colon in dialogue', () => {
    expect(report('scene s "S"\n  sakura "Hello."\n  sakura worried "Hello."\n  sakura\uFF1A "Hi."\n  Line.\n')).toEqual([
      'test.vn:2:9 error: expected \':\' after \'sakura\': dialogue is `sakura: "..."`',
      'test.vn:3:17 error: expected \':\' after \'sakura worried\': dialogue is `sakura worried: "..."`',
      "test.vn:4:9 error: a full-width colon '\uFF1A' (U+FF1A); dialogue takes a plain ':'",
    ]);
  });

  it('odd indentation is reported once', () => {
    expect(report('scene s "S"\n   Line.\n     Deep.\n  Fine.\n')).toEqual([
      'test.vn:2:1 error: indentation of 3 spaces; use two spaces per level',
      'test.vn:3:1 error: indentation of 5 spaces; use two spaces per level',
    ]);
  });

  it('a mistyped name gets a suggestion', () => {
    expect(report('scene s "S"\n  Iruka: "Yes."\n  shwo iruka\n  bg ward-dya\n')).toEqual([
      "test.vn:2:3 error: unknown speaker 'Iruka'; did you mean 'iruka'?",
      "test.vn:3:3 error: unknown statement 'shwo'; did you mean `show`? (narration that starts with a lower-case word must be in double quotes)",
      "test.vn:4:6 error: unknown background 'ward-dya': no assets/bg/ward-dya.svg; did you mean 'ward-day'?",
    ]);
  });
});
