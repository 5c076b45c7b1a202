/**
 * Background generator: writes the game's scene backgrounds and title art as plain SVG 1.1.
 *
 *   node_modules/.bin/tsx tools/art/backgrounds/generate.ts [--only name]
 *
 * Output is deterministic (fixed seeds in lib/rng.ts), 1920x1080, no text, fonts, rasters or
 * external references. Each file is checked against the size budget before it is written.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { forestDusk } from './scenes/forest-dusk';
import { hospitalCorridor } from './scenes/hospital-corridor';
import { ward } from './scenes/ward';
import { title } from './scenes/title';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const BUDGET = 60 * 1024;

const outputs: Array<[string, () => string]> = [
  ['assets/bg/forest-dusk.svg', forestDusk],
  ['assets/bg/hospital-corridor.svg', hospitalCorridor],
  ['assets/bg/ward-day.svg', () => ward('day')],
  ['assets/bg/ward-night.svg', () => ward('night')],
  ['assets/title/title.svg', title],
];

const only = process.argv.indexOf('--only') >= 0 ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
let failed = false;
for (const [rel, make] of outputs) {
  if (only && !rel.includes(only)) continue;
  const svg = make();
  const problems: string[] = [];
  if (svg.length > BUDGET) problems.push(`${svg.length} bytes > ${BUDGET}`);
  if (/<text|<image|<font|href=|@import|url\((?!#)/.test(svg)) problems.push('forbidden element or external reference');
  if ((svg.match(/<filter/g) ?? []).length > 1) problems.push('more than one filter');
  const file = resolve(root, rel);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, svg);
  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${rel}  ${(svg.length / 1024).toFixed(1)} KB${problems.length ? '  ' + problems.join('; ') : ''}`);
  if (problems.length) failed = true;
}
if (failed) process.exit(1);
