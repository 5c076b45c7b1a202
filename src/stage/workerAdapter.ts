import type { Adapter } from 'pixi.js';

/**
 * Pixi's view of a worker's platform: Pixi's own `WebWorkerAdapter` less its XML parser. That parser
 * (`@xmldom/xmldom`, a fifth of the worker's script by size) serves bitmap fonts and SVG, and the
 * stage loads neither: its art arrives as decoded bitmaps and its text is drawn with canvas fonts.
 */
export const workerAdapter: Adapter = {
  createCanvas: (width, height) => new OffscreenCanvas(width ?? 0, height ?? 0),
  createImage: () => {
    throw new Error('a worker has no Image: the stage decodes its art with createImageBitmap');
  },
  getCanvasRenderingContext2D: () => OffscreenCanvasRenderingContext2D,
  getWebGLRenderingContext: () => WebGLRenderingContext,
  getNavigator: () => navigator,
  getBaseUrl: () => globalThis.location.href,
  getFontFaceSet: () => (globalThis as unknown as { fonts: FontFaceSet }).fonts,
  fetch: (url, options) => fetch(url, options),
  parseXML: () => {
    throw new Error('the stage parses no XML (no bitmap fonts, no SVG in the worker)');
  },
};
