/**
 * Pixi's text caches, kept to the line on screen. The typewriter draws every prefix of a line as a
 * text of its own, and Pixi keeps two things per distinct text: a measurement (its last 1,000, each
 * holding the text, its lines and a style) and a key in the text system's texture table, which it sets
 * to null on release but never deletes, so the table grows with every letter ever typed. Only the
 * line on screen is drawn again; a new line lets the rest go. Both tables are Pixi's own internals.
 */
import { CanvasTextMetrics } from 'pixi.js';
import type { Renderer } from 'pixi.js';

type Table = Record<string, unknown>;

const measurements = () => (CanvasTextMetrics as unknown as { _measurementCache?: { clear(): void; size: number } })._measurementCache;
const textures = (renderer: Renderer) => (renderer as unknown as { canvasText?: { _activeTextures?: Table } }).canvasText?._activeTextures;

/** Forgets every measurement and every released text key of `renderer` (those in use stay). */
export function trimTextCaches(renderer: Renderer): void {
  measurements()?.clear();
  const table = textures(renderer);
  if (!table) return;
  for (const key of Object.keys(table)) if (table[key] === null) delete table[key];
}

/** Entries in both tables: what a test build reports, to show they stay at one line's worth. */
export function textCacheSize(renderer: Renderer): number {
  return (measurements()?.size ?? 0) + Object.keys(textures(renderer) ?? {}).length;
}
