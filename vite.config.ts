import { defineConfig } from 'vitest/config';
import { fontPreloadPlugin } from './src/build/fontPreload';
import { storyPlugin } from './src/build/storyPlugin';
import { pwaPlugins } from './src/pwa/plugin';

export default defineConfig({
  // pwaPlugins: manifest, icons, the generated service worker and the CSP <meta> check (src/pwa/plugin.ts);
  // fontPreloadPlugin: the title's faces preloaded (src/build/fontPreload.ts).
  plugins: [storyPlugin(), fontPreloadPlugin(), ...pwaPlugins()],
  // Files served as they are at the site's root (robots.txt); everything else goes through the build.
  publicDir: 'assets/public',
  server: { port: 5173, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1' },
  build: {
    target: 'es2022',
    // Keep art and sound as files: the first screen must not carry them inline.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 800,
  },
  // The stage worker is one ES module file, all it runs in one round trip. Pixi's environment modules,
  // which the renderers never import (src/stage/surface.ts), are the only chunks split off it.
  worker: { format: 'es' },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: ['tests/e2e/**'], environment: 'node', testTimeout: 30_000 },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          exclude: ['tests/e2e/engines/**'],
          globalSetup: ['tests/e2e/globalSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          // The core checks in Firefox and WebKit, each over its own driver (tests/e2e/engines/).
          name: 'engines',
          include: ['tests/e2e/engines/**/*.test.ts'],
          globalSetup: ['tests/e2e/engines/globalSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
