/** A short message at the top of the screen (a setting reset, a save refused), read out politely. */
export function createNotice(element: HTMLElement): { show(text: string, ms?: number): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    show(text, ms = 5000) {
      clearTimeout(timer);
      element.textContent = text;
      element.hidden = false;
      timer = setTimeout(() => (element.hidden = true), ms);
    },
  };
}
