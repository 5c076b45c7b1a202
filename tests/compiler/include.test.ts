import { describe, expect, it } from 'vitest';
import { compileScript } from '../../src/compiler';

/** The story's order is written down with `include`, never taken from file names. */

const HEAD = 'title "T"\ncast\n  iruka "Iruka" color #c98b4a\n';
const messages = (files: { name: string; text: string }[]) =>
  compileScript(files).diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity}: ${d.message}`);

describe('story order', () => {
  it('scenes play in include order, so chapter-10 comes after chapter-2', () => {
    const files = [
      { name: 'script/story.vn', text: `${HEAD}include "chapter-2.vn"\ninclude "chapter-10.vn"\n` },
      { name: 'script/chapter-10.vn', text: 'scene ten "Ten"\n  Ten.\n' },
      { name: 'script/chapter-2.vn', text: 'scene two "Two"\n  Two.\n' },
    ];
    const { story, diagnostics } = compileScript(files);
    expect(diagnostics).toEqual([]);
    expect(story!.scenes.map((s) => s.id)).toEqual(['two', 'ten']);
  });

  it('an include stands where it is written, and may nest', () => {
    const files = [
      { name: 's/story.vn', text: `${HEAD}scene a "A"\n  A.\ninclude "part.vn"\nscene c "C"\n  C.\n` },
      { name: 's/part.vn', text: 'scene b "B"\n  B.\ninclude "deeper.vn"\n' },
      { name: 's/deeper.vn', text: 'scene b2 "B2"\n  B2.\n' },
    ];
    expect(compileScript(files).story!.scenes.map((s) => s.id)).toEqual(['a', 'b', 'b2', 'c']);
  });

  it('a file nothing includes is a warning, and not part of the story', () => {
    const files = [
      { name: 'script/story.vn', text: `${HEAD}include "chapter-1.vn"\n` },
      { name: 'script/chapter-1.vn', text: 'scene one "One"\n  One.\n' },
      { name: 'script/chapter-2.vn', text: 'scene two "Two"\n  Two.\n' },
    ];
    const { story } = compileScript(files);
    expect(story!.scenes.map((s) => s.id)).toEqual(['one']);
    expect(messages(files)).toEqual([
      'script/chapter-2.vn:1:1 warning: this file is not part of the story: nothing includes it (add `include "chapter-2.vn"` to script/story.vn)',
    ]);
  });

  it('a missing file, a loop and a second include are errors at the include', () => {
    const files = [
      { name: 'script/story.vn', text: `${HEAD}include "chapter-l.vn"\ninclude "chapter-1.vn"\ninclude "chapter-1.vn"\n` },
      { name: 'script/chapter-1.vn', text: 'scene one "One"\n  One.\ninclude "story.vn"\n' },
    ];
    expect(messages(files)).toEqual([
      'script/chapter-1.vn:3:9 error: \'script/story.vn\' includes itself (script/story.vn -> script/chapter-1.vn -> script/story.vn)',
      'script/story.vn:4:9 error: no file \'script/chapter-l.vn\' to include; did you mean "chapter-1.vn"?',
      "script/story.vn:6:9 error: 'script/chapter-1.vn' is already included; a file is part of the story once",
    ]);
  });
});
