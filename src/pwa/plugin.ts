/**
 * Build side of the installable, offline game (never imported by the page): the web app manifest,
 * the generated service worker (vite-plugin-pwa over Workbox), the icons, and the CSP `<meta>` kept
 * in step with csp.ts. See README "Offline and installing".
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { META_POLICY, policyText } from './csp';
import { MEDIA_CACHE, MEDIA_PATH } from './media';

const ICONS_DIR = resolve(import.meta.dirname, '../../assets/icons');
const THEME = '#0b0e18';

/**
 * Precached (installed before the service worker takes over, so a second visit plays offline): the
 * page, all code (both stage paths: the worker's and the in-page fallback WebKit needs), the CSS, the
 * woff2 fonts, the title art, the favicon and home-screen icon, and the manifest. Not precached: art and sound, which come
 * at three scales and two formats; the page caches the ones this device uses (media.ts, warm.ts), and
 * the route below keeps whatever the stage or howler fetch. The SVG sources of the art (the stage
 * draws WebP) and the woff fallbacks stay on the server.
 */
function serviceWorker(): Plugin[] {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false, // src/pwa/register.ts registers; an inline script would break the CSP
    manifest: {
      id: '/',
      name: 'Awry Mission',
      short_name: 'Awry Mission',
      description: 'Awry Mission: a visual novel in the browser.',
      lang: 'en',
      start_url: '.',
      scope: '.',
      display: 'standalone',
      orientation: 'any',
      theme_color: THEME,
      background_color: THEME,
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    includeManifestIcons: false, // the icons are emitted by icons() below, not found in publicDir
    workbox: {
      // The manifest is added by the plugin; the 512 px icons are fetched by the browser at install.
      globPatterns: ['**/*.{js,css,html,woff2}', 'icons/icon-192.png', 'icons/apple-touch-icon.png', 'assets/title-*.svg'],
      // Pixi's environment modules are built but never loaded: the stage's renderers skip them (src/stage/surface.ts).
      globIgnores: ['**/assets/browserAll-*.js', '**/assets/webworkerAll-*.js'],
      clientsClaim: true, // the first visit's own fetches already go through the worker
      cleanupOutdatedCaches: true,
      runtimeCaching: [
        {
          urlPattern: MEDIA_PATH,
          handler: 'CacheFirst',
          // Files are content-hashed: a cached one never goes stale; warm.ts drops other versions'.
          options: { cacheName: MEDIA_CACHE, rangeRequests: true, cacheableResponse: { statuses: [200] } },
        },
      ],
    },
  });
}

/** Ships assets/icons/*.png at icons/<name> (the manifest names them; no content hash). */
function icons(): Plugin {
  let base = '/';
  return {
    name: 'awry-icons',
    configResolved: (config) => void (base = config.base),
    generateBundle() {
      for (const file of readdirSync(ICONS_DIR).filter((f) => f.endsWith('.png'))) {
        this.emitFile({ type: 'asset', fileName: `icons/${file}`, source: readFileSync(join(ICONS_DIR, file)) });
      }
    },
    transformIndexHtml: () => [
      { tag: 'link', attrs: { rel: 'icon', type: 'image/png', href: `${base}icons/icon-192.png` }, injectTo: 'head' },
      { tag: 'link', attrs: { rel: 'apple-touch-icon', href: `${base}icons/apple-touch-icon.png` }, injectTo: 'head' },
    ],
  };
}

const META = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"\s*\/?>\s*/;

/**
 * Builds refuse an index.html whose CSP `<meta>` differs from csp.ts. The dev server drops the
 * `<meta>`: vite serves CSS there as inline `<style>` and hot updates as eval'd modules.
 */
function cspMeta(): Plugin {
  return {
    name: 'awry-csp-meta',
    transformIndexHtml: {
      order: 'pre',
      handler(html, ctx) {
        const found = META.exec(html)?.[1];
        if (ctx.server) return html.replace(META, '');
        if (found !== policyText(META_POLICY)) {
          throw new Error(`index.html's Content-Security-Policy <meta> differs from src/pwa/csp.ts:\n  html: ${found}\n  csp.ts: ${policyText(META_POLICY)}`);
        }
        return html;
      },
    },
  };
}

export const pwaPlugins = (): Plugin[] => [cspMeta(), icons(), ...serviceWorker()];
