import { mirrorText } from '../story/view';
import type { View } from '../story/view';
import { captionFor } from './captions';

/**
 * The text mirror: the current line, whole and at once, in a visually hidden `aria-live` region,
 * so screen-reader users read the story as it appears.
 */
export function createMirror(element: HTMLElement): { show(text: string): void } {
  let last = '';
  return {
    show(text) {
      if (text === last) return;
      last = text;
      element.textContent = text;
    },
  };
}

/** The mirror's text: the line, then a caption for each sound cue when captions are on. Pure. */
export function mirrorLine(view: Pick<View, 'beat' | 'speaker'>, captions: boolean): string {
  const line = mirrorText(view);
  if (!captions || !view.beat?.sfx.length) return line;
  return [line, ...view.beat.sfx.map(captionFor)].join(' ');
}
