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
