/**
 * Asset ids to URLs: plain data, built by vite from the files in assets/. The script refers to
 * assets by id; only this module knows where they live.
 */
type UrlMap = Record<string, string>;

const glob = (files: Record<string, unknown>, ext: string): UrlMap =>
  Object.fromEntries(
    Object.entries(files).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1, -ext.length), url as string]),
  );

const bg = glob(import.meta.glob('../assets/bg/*.svg', { query: '?url', import: 'default', eager: true }), '.svg');
const portraits = glob(import.meta.glob('../assets/portraits/*.svg', { query: '?url', import: 'default', eager: true }), '.svg');
const ogg = glob(import.meta.glob('../assets/audio/*.ogg', { query: '?url', import: 'default', eager: true }), '.ogg');
const title = glob(import.meta.glob('../assets/title/*.svg', { query: '?url', import: 'default', eager: true }), '.svg');
const mp3 = glob(import.meta.glob('../assets/audio/*.mp3', { query: '?url', import: 'default', eager: true }), '.mp3');

export interface Catalogue {
  /** URL of a background, or undefined when the file is missing. */
  bg(id: string): string | undefined;
  /** URL of a portrait `<character>-<expression>`. */
  portrait(character: string, expression: string): string | undefined;
  /** Sources for a sound, best format first (Ogg, then the MP3 fallback Safari needs). */
  audio(id: string): string[];
}

export const catalogue: Catalogue = {
  bg: (id) => bg[id],
  portrait: (character, expression) => portraits[`${character}-${expression}`],
  audio: (id) => [ogg[id], mp3[id]].filter((u): u is string => u !== undefined),
};

/** Every shipped asset id by kind, for the credits. */
export const shipped = {
  bg: Object.keys(bg),
  portraits: Object.keys(portraits),
  audio: Object.keys(ogg),
  title: Object.keys(title),
};
