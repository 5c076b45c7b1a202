import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';

// Vite notes that a future config loader will want file extensions on imports; not a problem for this build.
process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    wsEndpoint: string;
  }
}

/**
 * Builds the game once, serves the build, and starts one headless Chromium that every browser test
 * connects to (one browser, many pages). A missing browser fails loudly: it is never a skip.
 */
export default async function setup(project: TestProject) {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    throw new Error(`Chromium is not installed at ${executablePath}. Install it: apt-get update && apt-get install -y chromium`);
  }
  const outDir = mkdtempSync(join(tmpdir(), 'awry-e2e-dist-'));
  // The test build carries the `window.__awry` hook the tests read; the production build has none.
  await build({ mode: 'test', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await preview({ logLevel: 'warn', build: { outDir }, preview: { port: 0, strictPort: false } });
  const baseURL = server.resolvedUrls?.local[0];
  if (!baseURL) throw new Error('the preview server did not report a URL');
  const browser = await chromium.launchServer({ executablePath, headless: true, args: CHROMIUM_ARGS });
  project.provide('baseURL', baseURL);
  project.provide('wsEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await server.close();
  };
}
