/**
 * `npm run check`: compiles script/*.vn against the assets and prints every diagnostic.
 * Exits 1 when there is any error, so CI and editors can rely on it.
 */
import { resolve } from 'node:path';
import { compileScript, formatDiagnostics } from '../src/compiler';
import { readAssetIndex, readScriptFiles } from '../src/build/scriptFiles';

const root = resolve(process.argv[2] ?? '.');
const files = readScriptFiles(resolve(root, 'script'));
const { story, diagnostics } = compileScript(files, { assets: readAssetIndex(resolve(root, 'assets')) });
const report = formatDiagnostics(diagnostics, files);
if (report) console.error(report);
if (!story) {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  console.error(`\n${errors} error${errors === 1 ? '' : 's'} in the scene script.`);
  process.exit(1);
}
console.log(`ok: "${story.title}", ${story.scenes.length} scenes, ${story.beats.length} beats, ${files.length} file(s).`);
