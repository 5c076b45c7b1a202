/** Words for sound cues, for readers who cannot hear them (shown in the screen-reader mirror). */
const CAPTIONS: Record<string, string> = {
  'footsteps-run': 'running footsteps',
  'door-slide': 'a sliding door opens',
  'door-close': 'a door slides shut',
};

/** The caption of sound `id`, e.g. "[Sound: running footsteps]". */
export function captionFor(id: string): string {
  return `[Sound: ${CAPTIONS[id] ?? id.replace(/-/g, ' ')}]`;
}
