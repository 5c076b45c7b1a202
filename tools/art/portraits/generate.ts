/**
 * Writes every portrait to assets/portraits/<character>-<expression>.svg.
 * Run: node_modules/.bin/tsx tools/art/portraits/generate.ts
 * Deterministic: no randomness, so re-running changes no bytes unless the code did.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHARACTERS, PORTRAITS } from './cast.ts';
import { EXPRESSIONS } from './expressions.ts';
import { renderPortrait } from './portrait.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const out = join(root, 'assets/portraits');
mkdirSync(out, { recursive: true });

// Drop SVGs no longer in the cast so renamed portraits don't linger as dead assets.
const wanted = new Set(PORTRAITS.map(([name]) => `${name}.svg`));
for (const f of readdirSync(out)) if (f.endsWith('.svg') && !wanted.has(f)) rmSync(join(out, f));

let total = 0;
for (const [name, who, expression] of PORTRAITS) {
  const svg = renderPortrait(CHARACTERS[who], EXPRESSIONS[expression]);
  writeFileSync(join(out, `${name}.svg`), svg);
  total += svg.length;
  if (svg.length > 15_000) console.warn(`warning: ${name}.svg is ${svg.length} bytes (budget 15 KB)`);
}
console.log(`wrote ${PORTRAITS.length} portraits to assets/portraits (${Math.round(total / 1024)} KiB)`);
