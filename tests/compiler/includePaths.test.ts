import { describe, expect, it } from 'vitest';
import { compileScript } from '../../src/compiler';

/** Include paths resolve against the including file's folder; the story starts at the first file. */

const messages = (files: { name: string; text: string }[]) =>
  compileScript(files).diagnostics.map((d) => `${d.file}:${d.line}:${d.column}+${d.length} ${d.severity}: ${d.message}`);

describe('include paths', () => {
  it('a nested include resolves against the folder of the file that includes it', () => {
    const files = [
      { name: 's/story.vn', text: 'title "T"\ninclude "sub/a.vn"\n' },
      { name: 's/sub/a.vn', text: 'include "b.vn"\n' },
      { name: 's/sub/b.vn', text: 'scene b "B"\n  B.\n' },
    ];
    expect(compileScript(files)).toMatchObject({ diagnostics: [], story: { scenes: [{ id: 'b' }] } });
  });

  it('a file that includes itself names the loop', () => {
    expect(messages([{ name: 's/a.vn', text: 'title "T"\ninclude "a.vn"\nscene a "A"\n  A.\n' }])).toEqual([
      "s/a.vn:2:9+6 error: 's/a.vn' includes itself (s/a.vn -> s/a.vn)",
    ]);
  });

  it('a file beside the first one that nothing includes: the warning gives the include to add', () => {
    expect(messages([{ name: 'story.vn', text: 'title "T"\nscene a "A"\n  A.\n' }, { name: 'x.vn', text: 'scene b "B"\n  B.\n' }])).toEqual([
      'x.vn:1:1+1 warning: this file is not part of the story: nothing includes it (add `include "x.vn"` to story.vn)',
    ]);
  });

  it('a file outside the first file\'s folder that nothing includes: the warning says to move it, not an include that cannot resolve', () => {
    expect(messages([{ name: 's/story.vn', text: 'title "T"\nscene a "A"\n  A.\n' }, { name: 'other/x.vn', text: 'scene b "B"\n  B.\n' }])).toEqual([
      'other/x.vn:1:1+1 warning: this file is not part of the story: nothing includes it (move it into s/ and include it from s/story.vn)',
    ]);
  });

  it('a missing include suggests only files in that folder', () => {
    const files = [
      { name: 's/story.vn', text: 'title "T"\ninclude "chapter.vn"\nscene a "A"\n  A.\n' },
      { name: 'other/chapter.vn', text: 'scene b "B"\n  B.\n' },
      { name: 's/chapter-1.vn', text: 'scene c "C"\n  C.\n' },
    ];
    expect(messages(files).filter((m) => m.includes('error'))).toEqual([
      's/story.vn:2:9+12 error: no file \'s/chapter.vn\' to include; did you mean "chapter-1.vn"?',
    ]);
  });

  it('no files, or an empty one: the script has no title', () => {
    expect(messages([])).toEqual(['script:1:1+1 error: the script has no `title "..."` line']);
    expect(messages([{ name: 'a.vn', text: '' }])).toEqual(['a.vn:1:1+1 error: the script has no `title "..."` line']);
  });
});
