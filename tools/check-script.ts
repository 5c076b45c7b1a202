/**
 * `npm run check [-- --strict] [root]`: compiles the scene script against the assets and prints
 * every diagnostic (at most 200, then "and N more"), ending with the count. Exits 1 on any error,
 * and with --strict on any warning too, so CI and editors can rely on it. The exit code is set,
 * never forced, so the whole report reaches a pipe before the process ends.
 */
import { resolve } from 'node:path';
import { compileScript, formatReport } from '../src/compiler';
import { readAssetIndex, readScriptFiles } from '../src/build/scriptFiles';

const args = process.argv.slice(2);
const strict = args.includes('--strict');
const root = resolve(args.find((a) => !a.startsWith('--')) ?? '.');

try {
  const files = readScriptFiles(resolve(root, 'script'));
  const { story, diagnostics } = compileScript(files, { assets: readAssetIndex(resolve(root, 'assets')) });
  const failed = !story || (strict && diagnostics.length > 0);
  if (diagnostics.length > 0) process.stdout.write(`${formatReport(diagnostics, files)}\n`);
  if (failed) process.exitCode = 1;
  else process.stdout.write(`ok: "${story!.title}", ${story!.scenes.length} scenes, ${story!.beats.length} beats, ${files.length} file(s).\n`);
} catch (error) {
  // Only the file system can throw here (a missing script folder, say): say so in one line.
  process.stderr.write(`npm run check: ${(error as Error).message}\n`);
  process.exitCode = 2;
}
