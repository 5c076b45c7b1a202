import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compileScript, formatDiagnostics } from '../../src/compiler';
import type { Beat, CompileResult, SourceFile, Story } from '../../src/compiler';
import { readAssetIndex, readScriptFiles } from '../../src/build/scriptFiles';

/** The real script, compiled the way the game compiles it. */

export const ROOT = resolve(import.meta.dirname, '../..');

/** True when `assets/` holds at least one file (art and sound may still be on their way). */
export function hasAssets(dir = join(ROOT, 'assets')): boolean {
  return existsSync(dir) && readdirSync(dir, { recursive: true, withFileTypes: true }).some((e) => e.isFile());
}

export const files: SourceFile[] = readScriptFiles(join(ROOT, 'script'));

/** Compiled against `assets/` when it has files (as `npm run check` does), otherwise without. */
export function compileChapter(): CompileResult {
  return compileScript(files, hasAssets() ? { assets: readAssetIndex(join(ROOT, 'assets')) } : {});
}

/**
 * The story itself. Assets change diagnostics, never beats, so the content tests read the story
 * compiled without them: a missing picture fails the compile test, not every fidelity test.
 */
export function chapterStory(): Story {
  const { story, diagnostics } = compileScript(files);
  if (!story) throw new Error(`script/*.vn does not compile:\n${formatDiagnostics(diagnostics, files)}`);
  return story;
}

/** beat N id (file:line, speaker): "text", for failure messages. */
export function describeBeat(beat: Beat | undefined): string {
  if (!beat) return 'the end of the story';
  const who = beat.speaker ?? 'narration';
  return `beat ${beat.index} ${beat.id} (${beat.span.file}:${beat.span.line}, ${who}): "${beat.text}"`;
}

export function beatsOfScene(story: Story, scene: string): Beat[] {
  return story.beats.filter((b) => b.scene === scene);
}
