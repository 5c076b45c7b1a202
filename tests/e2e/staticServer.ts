import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { build } from 'vite';
import type { PluginOption } from 'vite';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.ogg': 'audio/ogg',
  '.mp3': 'audio/mpeg',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain',
};

export interface StaticServer {
  /** Ends with a slash. */
  url: string;
  /** The folder served; change it to serve another build at the same origin. */
  root: string;
  /** Answers 500 to requests it returns true for (and counts them in `failed`). */
  fail: (url: URL) => boolean;
  failed: number;
  /** Bodies POSTed to /csp-report (the policy's report-uri). */
  reports: unknown[];
  close(): Promise<void>;
}

/**
 * A small static host for a built game, as a reader's host would serve it: `headers` on every
 * response (the worker scripts included), no caching, and a CSP report endpoint.
 */
export async function serveStatic(root: string, headers: Record<string, string> = {}): Promise<StaticServer> {
  const state: StaticServer = { url: '', root, fail: () => false, failed: 0, reports: [], close: async () => undefined };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method === 'POST' && url.pathname === '/csp-report') {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => {
        state.reports.push(JSON.parse(body || 'null'));
        res.writeHead(204).end();
      });
      return;
    }
    if (state.fail(url)) {
      state.failed++;
      res.writeHead(500).end();
      return;
    }
    let file = join(state.root, normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, ''));
    // A page address (no extension) gets the game; a missing file is a 404, as on a real host.
    if (!extname(url.pathname) && (!existsSync(file) || statSync(file).isDirectory())) file = join(state.root, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      ...headers,
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': statSync(file).size,
      'cache-control': 'no-cache',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  state.close = () =>
    new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return state;
}

/** Builds the game as the browser tests do (`mode: 'test'`, with the window hook) into `outDir`. */
export async function buildGame(outDir: string, plugins: PluginOption[] = []): Promise<string> {
  process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
  await build({ mode: 'test', logLevel: 'warn', plugins, build: { outDir, emptyOutDir: true } });
  return outDir;
}
