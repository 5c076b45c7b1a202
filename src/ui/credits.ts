/**
 * The credits' list of assets, built from the files the game actually ships, each with the
 * committed tool that made it. Plain DOM; the static part of the credits is in index.html.
 */
export interface ShippedAssets {
  bg: readonly string[];
  portraits: readonly string[];
  audio: readonly string[];
  title: readonly string[];
}

const ORIGINS: { kind: keyof ShippedAssets; what: string; tool: string }[] = [
  { kind: 'bg', what: 'Backgrounds (SVG)', tool: 'tools/art/backgrounds/generate.ts' },
  { kind: 'title', what: 'Title art (SVG)', tool: 'tools/art/backgrounds/generate.ts' },
  { kind: 'portraits', what: 'Portraits (SVG, built from parts)', tool: 'tools/art/portraits/generate.ts' },
  { kind: 'audio', what: 'Ambience and sounds (Ogg Vorbis, MP3 fallback)', tool: 'tools/audio/generate.mjs (sox, ffmpeg)' },
];

export function renderAssetCredits(list: HTMLElement, shipped: ShippedAssets): void {
  list.replaceChildren(
    ...ORIGINS.filter((o) => shipped[o.kind].length).map((o) => {
      const item = document.createElement('li');
      const head = document.createElement('strong');
      head.textContent = `${o.what}: `;
      const body = document.createElement('span');
      body.textContent = `${shipped[o.kind].join(', ')}. Made by this project with ${o.tool}.`;
      item.append(head, body);
      return item;
    }),
  );
}
