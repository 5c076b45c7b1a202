/**
 * A short, stable hash for beat ids: FNV-1a over UTF-16 code units, printed in base 36.
 * Pure; the same text gives the same id on every machine and in every release.
 */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36).padStart(7, '0');
}
