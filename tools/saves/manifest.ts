/**
 * `tsx tools/saves/manifest.ts <version>`: writes script/releases/<version>.json, the list of every beat
 * id the released chapter has. Saves made with a release hold these ids, so tests/saves/resolve.test.ts
 * checks each of them still resolves against the current script. A release's manifest never changes:
 * the tool refuses to overwrite one with different content (pass --force to regenerate on purpose).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readAssetIndex, readScriptFiles } from '../../src/build/scriptFiles';
import { compileScript, formatDiagnostics } from '../../src/compiler';
import type { Story } from '../../src/compiler/story';

export interface ReleaseManifest {
  version: string;
  beats: Array<{ id: string; scene: string }>;
}

/** The chapter as the game ships it: script/*.vn against the assets in assets/. Null (and a report) on errors. */
export function compileChapter(root: string): Story | null {
  const files = readScriptFiles(resolve(root, 'script'));
  const { story, diagnostics } = compileScript(files, { assets: readAssetIndex(resolve(root, 'assets')) });
  if (!story) console.error(formatDiagnostics(diagnostics, files));
  return story;
}

export function manifestOf(version: string, story: Story): ReleaseManifest {
  return { version, beats: story.beats.map((b) => ({ id: b.id, scene: b.scene })) };
}

function main(args: string[]): number {
  const force = args.includes('--force');
  const version = args.find((a) => !a.startsWith('--'));
  if (!version || !/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/.test(version)) {
    console.error('usage: tsx tools/saves/manifest.ts <version, e.g. 0.1.0> [--force]');
    return 2;
  }
  const root = resolve('.');
  const story = compileChapter(root);
  if (!story) return 1;
  const text = `${JSON.stringify(manifestOf(version, story), null, 2)}\n`;
  const dir = resolve(root, 'script', 'releases');
  const file = resolve(dir, `${version}.json`);
  if (existsSync(file) && readFileSync(file, 'utf8') !== text && !force) {
    console.error(`${file} exists with other content: a released manifest must not change (use --force to overwrite).`);
    return 1;
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, text);
  console.log(`wrote script/releases/${version}.json: ${story.beats.length} beats in ${story.scenes.length} scenes`);
  return 0;
}

// Run only as a script, so tests and the reliability tool can import compileChapter.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
