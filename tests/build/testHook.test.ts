import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';

process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
const root = resolve(import.meta.dirname, '../..');

/** Builds the game in `mode` and returns every script it ships, page and worker, as one string. */
async function shippedScripts(mode: 'production' | 'test'): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), `awry-${mode}-`));
  await build({ root, mode, logLevel: 'error', build: { outDir, emptyOutDir: true } });
  const assets = join(outDir, 'assets');
  return readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(assets, f), 'utf8'))
    .join('\n');
}

describe('the test hook', () => {
  it('is compiled into the test build only: the production bundle has no trace of it', async () => {
    const [production, test] = await Promise.all([shippedScripts('production'), shippedScripts('test')]);
    // The test build has it (so the search below can find it when it is there) ...
    const traces = (code: string) => ['__awry', 'stage crashed on purpose'].filter((t) => code.includes(t));
    expect(traces(test)).toEqual(['__awry', 'stage crashed on purpose']);
    // ... and the production build has neither the window hook nor the stage's test commands.
    expect(traces(production)).toEqual([]);
  }, 240_000);
});
