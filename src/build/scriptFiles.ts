import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { AssetIndex } from '../compiler/story';
import type { SourceFile } from '../compiler';

/**
 * Build-time file access for the compiler (Node only): the script files and the asset index.
 * The compiler itself stays pure; these feed it.
 */

/** The file where the story starts; its `include` lines set the order of everything else. */
export const STORY_FILE = 'story.vn';

/**
 * Every `script/*.vn`, `story.vn` first. The compiler starts from the first file and follows its
 * includes; the order of the rest does not matter (a file nothing includes gets a warning).
 */
export function readScriptFiles(scriptDir: string): SourceFile[] {
  return readdirSync(scriptDir)
    .filter((f) => f.endsWith('.vn'))
    .sort((a, b) => Number(b === STORY_FILE) - Number(a === STORY_FILE) || (a < b ? -1 : a > b ? 1 : 0))
    .map((f) => ({ name: `script/${f}`, text: readFileSync(join(scriptDir, f), 'utf8') }));
}

/** Asset ids by kind, from the files in `assets/`. */
export function readAssetIndex(assetsDir: string): AssetIndex {
  return {
    bg: idsIn(join(assetsDir, 'bg'), '.svg'),
    portraits: idsIn(join(assetsDir, 'portraits'), '.svg'),
    audio: idsIn(join(assetsDir, 'audio'), '.ogg'),
  };
}

function idsIn(dir: string, ext: string): Set<string> {
  if (!existsSync(dir)) return new Set();
  return new Set(readdirSync(dir).filter((f) => f.endsWith(ext)).map((f) => basename(f, ext)));
}
