// Mutation testing of the pure layers with the unit tests (`npm run mutation`, see docs/mutation.md).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'tools/mutation/vitest.config.ts', related: true },
  mutate: [
    'src/story/**/*.ts',
    'src/saves/**/*.ts',
    'src/compiler/**/*.ts',
    // The stage files with no Pixi, DOM or Worker in them (STAGE_PURE in tools/mutation/run.ts).
    'src/stage/layout.ts',
    'src/stage/crowd.ts',
    'src/stage/diff.ts',
    'src/stage/transitionPolicy.ts',
    'src/stage/reveal.ts',
    'src/stage/tween.ts',
    'src/stage/uploads.ts',
    'src/stage/stageView.ts',
    'src/stage/protocol.ts',
  ],
  // TypeScript 7 has no JS API: a tsconfig Stryker cannot find is one it never tries to parse.
  tsconfigFile: 'tools/mutation/no-tsconfig.json',
  coverageAnalysis: 'perTest',
  concurrency: 1,
  // Static mutants (module-level code: zod schemas, patterns, tables) need every test re-run in a fresh
  // module graph, hours on two cores; they are reported as ignored, and counted in docs/mutation.md.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  reporters: ['json', 'progress'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  ignorePatterns: ['dist', 'bench/dist', 'test-results', 'reports', '.stryker-tmp'],
  timeoutMS: 10000,
};
