import { relative, resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer } from 'vitest/node';
import type { TestSpecification } from 'vitest/node';
import { storyPlugin } from '../../src/build/storyPlugin';

/**
 * Quickest files first (by their last duration; a file that just failed before all): a mutant
 * run stops at the first failing test, so most mutants are then killed by a fast unit test before
 * the slow ones (the fuzz test, the real-script round trips) start. Vitest's own order is the reverse,
 * longest first, which suits a full run on many workers, not a run per mutant on one.
 */
class QuickestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const last = (spec: TestSpecification) =>
      this.ctx.cache.getFileTestResults(`${spec.project.name}:${relative(this.ctx.config.root, spec.moduleId)}`);
    return [...files].sort((a, b) => {
      const [la, lb] = [last(a), last(b)];
      if (Boolean(la?.failed) !== Boolean(lb?.failed)) return la?.failed ? -1 : 1;
      return (la?.duration ?? Infinity) - (lb?.duration ?? Infinity);
    });
  }
}

/**
 * The unit tests alone, for mutation runs: the browser tests (tests/e2e) build and drive the game,
 * far too slow to run once per mutant, so the mutation score speaks for the unit tests only. The build
 * tests (tests/build) are left out too: each runs vite or a child process (1 to 5 s), and they cover
 * every compiler mutant, so a surviving one cost 15 s more; leaving tests out can only lower a score.
 */
export default defineConfig({
  root: resolve(import.meta.dirname, '../..'),
  plugins: [storyPlugin()],
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'tests/build/**', 'node_modules/**'],
    environment: 'node',
    sequence: { sequencer: QuickestFirst },
    // The model test's 1,000 runs take most of a minute; per mutant, 25 runs and no shrinking do. The
    // compiler's fuzz test likewise runs a tenth of its cases and a 0.5 MB file instead of 5 MB.
    env: { MODEL_RUNS: '25', MODEL_SHRINK: 'no', FUZZ_SCALE: '0.1' },
  },
});
