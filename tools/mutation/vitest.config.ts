import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { storyPlugin } from '../../src/build/storyPlugin';

/**
 * The unit tests alone, for mutation runs: the browser tests (tests/e2e) build and drive the game,
 * far too slow to run once per mutant, so the mutation score speaks for the unit tests only.
 */
export default defineConfig({
  root: resolve(import.meta.dirname, '../..'),
  plugins: [storyPlugin()],
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    // The model test's 1,000 runs take most of a minute; per mutant, 25 runs and no shrinking do.
    env: { MODEL_RUNS: '25', MODEL_SHRINK: 'no' },
  },
});
