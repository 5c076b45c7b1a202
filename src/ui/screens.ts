/**
 * The DOM screens over the stage: title, end card and the fatal message. Each is static markup in
 * index.html; this module only shows, hides and wires them.
 */
export interface Screens {
  showTitle(): void;
  showReading(): void;
  showEnd(): void;
  /** A page that cannot start says so in words. */
  fatal(message: string): void;
  status(text: string): void;
  onAction(action: string, handler: () => void): void;
}

export function createScreens(doc: Document = document): Screens {
  const title = doc.getElementById('title')!;
  const end = doc.getElementById('end')!;
  const fatal = doc.getElementById('fatal')!;
  const status = title.querySelector<HTMLElement>('.title-status')!;
  const focusFirst = (root: HTMLElement) => root.querySelector<HTMLElement>('button')?.focus();

  return {
    showTitle() {
      end.hidden = true;
      title.hidden = false;
      focusFirst(title);
    },
    showReading() {
      // Focus must not stay on a button of a screen that just hid: Space would press it, not read on.
      const focused = doc.activeElement;
      if (focused instanceof HTMLElement && (title.contains(focused) || end.contains(focused))) focused.blur();
      title.hidden = true;
      end.hidden = true;
    },
    showEnd() {
      end.hidden = false;
      focusFirst(end);
    },
    fatal(message) {
      fatal.textContent = message;
      fatal.hidden = false;
      title.hidden = true;
    },
    status(text) {
      status.textContent = text;
    },
    onAction(action, handler) {
      for (const button of doc.querySelectorAll<HTMLElement>(`[data-action="${action}"]`)) {
        button.addEventListener('click', handler);
      }
    },
  };
}
