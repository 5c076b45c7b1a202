/**
 * `npm run mutation [folder...] [-- stryker flags]`: runs Stryker (stryker.config.mjs) over the given
 * folders, or all of them, then prints the score per folder. Folders: src/story, src/saves, src/compiler, src/stage (its
 * pure files only). Exits 1 when Stryker fails or any folder scores under the threshold.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { formatScores, score, tally, type Report } from './score';

export const THRESHOLD = 85;

/** The stage files with no Pixi, DOM or Worker in them (keep in step with `mutate` in stryker.config.mjs). */
const STAGE_PURE = ['layout', 'crowd', 'diff', 'transitionPolicy', 'reveal', 'tween', 'uploads', 'stageView', 'protocol'].map(
  (f) => `src/stage/${f}.ts`,
);
const FOLDERS: Record<string, string[]> = {
  'src/story': ['src/story/**/*.ts'],
  'src/saves': ['src/saves/**/*.ts'],
  'src/compiler': ['src/compiler/**/*.ts'],
  'src/stage': STAGE_PURE,
};

const args = process.argv.slice(2);
const asked = args.filter((a) => !a.startsWith('-')).map((f) => f.replace(/\/$/, ''));
const flags = args.filter((a) => a.startsWith('-'));
const unknown = asked.filter((f) => !FOLDERS[f]);
if (unknown.length > 0) {
  console.error(`unknown folder(s): ${unknown.join(', ')}; choose from ${Object.keys(FOLDERS).join(', ')}`);
  process.exit(2);
}
const folders = asked.length > 0 ? asked : Object.keys(FOLDERS);
const globs = folders.flatMap((f) => FOLDERS[f] ?? []);
// Stryker's incremental file keeps only the files of its last run: one file per set of folders, so a
// run of src/stage does not throw away the results of src/compiler.
const incremental = `reports/mutation/incremental/${[...folders].sort().join('+').replace(/\//g, '-')}.json`;
const started = Date.now();
const run = spawnSync(
  'npx',
  ['stryker', 'run', 'stryker.config.mjs', '--mutate', globs.join(','), '--incrementalFile', incremental, ...flags],
  { stdio: 'inherit' },
);
const minutes = ((Date.now() - started) / 60_000).toFixed(1);
if (run.status !== 0) process.exit(run.status ?? 1);

const rows = tally(JSON.parse(readFileSync('reports/mutation/mutation.json', 'utf8')) as Report);
console.log(`\nmutation score (unit tests; ${minutes} min):\n${formatScores(rows)}`);
const low = [...rows].filter(([, t]) => score(t) < THRESHOLD).map(([name]) => name);
if (low.length > 0) {
  console.error(`under ${THRESHOLD} %: ${low.join(', ')}`);
  process.exit(1);
}
