import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview, type Plugin } from 'vite';
import type { TestProject } from 'vitest/node';
import { firefoxPath } from './firefox';
import { requireProgram, startPulse, startWebKitDriver, startXvfb } from './processes';
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
    webkitDriverURL: string;
  }
}

const EARLY = '/__engines/early-errors.js';

/**
 * Serves the built page with the error collector as its first script, from the same origin (so a
 * strict CSP allows it), since WebKitWebDriver can neither read the console nor add a script earlier.
 */
function earlyErrors(outDir: string): Plugin {
  const script = readFileSync(new URL('./earlyErrors.js', import.meta.url), 'utf8');
  const page = readFileSync(join(outDir, 'index.html'), 'utf8').replace('<head>', `<head><script src="${EARLY}"></script>`);
  return {
    name: 'awry-engines-early-errors',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split(/[?#]/)[0];
        if (path === EARLY) {
          res.setHeader('content-type', 'text/javascript');
          res.end(script);
        } else if (path === '/' || path === '/index.html') {
          res.setHeader('content-type', 'text/html');
          res.end(page);
        } else next();
      });
    },
  };
}

/**
 * Builds the game once and serves it; starts the X server, the sound server and WebKitWebDriver that
 * the Firefox and WebKit checks share. Each test file launches its own browser. Anything missing
 * fails loudly: never a skip.
 */
export default async function setup(project: TestProject) {
  const stops: Array<() => Promise<void>> = [];
  const teardown = async () => {
    for (const stop of stops.reverse()) await stop().catch((e) => console.error('engines teardown:', e));
  };
  // Both browsers must be there before anything is built: a missing one fails the run, never skips.
  requireProgram(firefoxPath(), 'Firefox ESR (package firefox-esr)');
  requireProgram(miniBrowserPath(), 'WebKitGTK\'s MiniBrowser (package libwebkit2gtk-4.1-0)');
  try {
    const outDir = mkdtempSync(join(tmpdir(), 'awry-engines-dist-'));
    stops.push(async () => rmSync(outDir, { recursive: true, force: true }));
    await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    const server = await preview({
      logLevel: 'warn',
      plugins: [earlyErrors(outDir)],
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
    const webkit = await startWebKitDriver({ ...process.env, DISPLAY: x.display, PULSE_SERVER: pulse.server });
    stops.push(webkit.stop);

    project.provide('enginesBaseURL', baseURL);
    project.provide('enginesDisplay', x.display);
    project.provide('enginesPulse', pulse.server);
    project.provide('webkitDriverURL', webkit.url);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
