import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview, type Plugin } from 'vite';
import type { TestProject } from 'vitest/node';
import { NO_OGG_PARAM } from './driver';
import { firefoxPath } from './firefox';
import { requireProgram, requireWebKitDriver, startPulse, startXvfb } from './processes';
import { miniBrowserPath } from './webkit';

// Vite notes that a future config loader will want file extensions on imports; not a problem for this build.
process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';

declare module 'vitest' {
  export interface ProvidedContext {
    enginesBaseURL: string;
    /** The X display both engines draw on. */
    enginesDisplay: string;
    /** PULSE_SERVER for the null sink. */
    enginesPulse: string;
  }
}

const EARLY = '/__engines/early-errors.js';
const NO_OGG = '/__engines/no-ogg.js';

/**
 * Serves the built page with the error collector as its first script, from the same origin (so a
 * strict CSP allows it), since WebKitWebDriver can neither read the console nor add a script earlier.
 * With `?engines-no-ogg` the page also gets, right after it, a script that makes the engine deny Ogg.
 */
function earlyScripts(outDir: string): Plugin {
  const scripts: Record<string, string> = {
    [EARLY]: readFileSync(new URL('./earlyErrors.js', import.meta.url), 'utf8'),
    [NO_OGG]: readFileSync(new URL('./noOgg.js', import.meta.url), 'utf8'),
  };
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const page = (early: string[]) => html.replace('<head>', `<head>${early.map((src) => `<script src="${src}"></script>`).join('')}`);
  return {
    name: 'awry-engines-early-scripts',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        const script = scripts[url.pathname];
        if (script !== undefined) {
          res.setHeader('content-type', 'text/javascript');
          res.end(script);
        } else if (url.pathname === '/' || url.pathname === '/index.html') {
          res.setHeader('content-type', 'text/html');
          res.end(page(url.searchParams.has(NO_OGG_PARAM) ? [EARLY, NO_OGG] : [EARLY]));
        } else next();
      });
    },
  };
}

/**
 * Builds the game once and serves it; starts the X server and the sound server that the Firefox and
 * WebKit checks share. Each test file launches its own browser (WebKit with its own WebKitWebDriver).
 * Anything missing fails loudly: never a skip.
 */
export default async function setup(project: TestProject) {
  const stops: Array<() => Promise<void>> = [];
  const teardown = async () => {
    for (const stop of stops.reverse()) await stop().catch((e) => console.error('engines teardown:', e));
  };
  // Both browsers must be there before anything is built: a missing one fails the run, never skips.
  requireProgram(firefoxPath(), 'Firefox ESR (package firefox-esr)');
  requireProgram(miniBrowserPath(), 'WebKitGTK\'s MiniBrowser (package libwebkit2gtk-4.1-0)');
  requireWebKitDriver();
  try {
    const outDir = mkdtempSync(join(tmpdir(), 'awry-engines-dist-'));
    stops.push(async () => rmSync(outDir, { recursive: true, force: true }));
    // The test build: its `window.__awry` hook tells which path the stage took and when a line is drawn.
    await build({ mode: 'test', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    const server = await preview({
      logLevel: 'warn',
      plugins: [earlyScripts(outDir)],
      build: { outDir },
      preview: { port: 0, strictPort: false },
    });
    stops.push(() => server.close());
    const baseURL = server.resolvedUrls?.local[0];
    if (!baseURL) throw new Error('the preview server did not report a URL');

    const x = await startXvfb();
    stops.push(x.stop);
    const pulse = await startPulse();
    stops.push(pulse.stop);

    project.provide('enginesBaseURL', baseURL);
    project.provide('enginesDisplay', x.display);
    project.provide('enginesPulse', pulse.server);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
