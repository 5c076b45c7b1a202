import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { AssetIndex } from '../compiler/story';
import type { SourceFile } from '../compiler';

/**
 * Build-time file access for the compiler (Node only): the script files and the asset index.
 * The compiler itself stays pure; these feed it.
 */

/** Every `script/*.vn` in name order. */
export function readScriptFiles(scriptDir: string): SourceFile[] {
  return readdirSync(scriptDir)
    .filter((f) => f.endsWith('.vn'))
    .sort()
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
