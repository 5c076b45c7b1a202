/**
 * Modal DOM dialogs (credits, and the menus that follow): focus moves in, Tab stays inside, Escape
 * or the close button leaves, and focus returns to what opened it. One dialog is open at a time.
 */
const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), [tabindex]:not([tabindex="-1"])';

export interface Dialog {
  open(): void;
  close(): void;
  readonly isOpen: boolean;
}

let current: Dialog | null = null;

/** The dialog open now, if any (so input can leave the story alone while one is open). */
export const openDialog = (): Dialog | null => current;

export function createDialog(element: HTMLElement, onClose: () => void = () => undefined): Dialog {
  let opener: HTMLElement | null = null;

  const focusables = () => [...element.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((e) => !e.closest('[hidden]'));

  const onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      dialog.close();
    } else if (event.key === 'Tab') {
      const items = focusables();
      if (!items.length) return;
      const first = items[0]!, last = items.at(-1)!;
      if (event.shiftKey && document.activeElement === first) (last.focus(), event.preventDefault());
      else if (!event.shiftKey && document.activeElement === last) (first.focus(), event.preventDefault());
    }
    // Keys pressed inside a dialog are the dialog's, never the story's.
    event.stopPropagation();
  };

  const dialog: Dialog = {
    open() {
      if (current === dialog) return;
      current?.close();
      current = dialog;
      opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      element.hidden = false;
      element.addEventListener('keydown', onKey);
      focusables()[0]?.focus();
    },
    close() {
      if (current !== dialog) return;
      current = null;
      element.hidden = true;
      element.removeEventListener('keydown', onKey);
      opener?.focus();
      onClose();
    },
    get isOpen() {
      return current === dialog;
    },
  };
  for (const button of element.querySelectorAll<HTMLElement>('[data-close]')) button.addEventListener('click', () => dialog.close());
  return dialog;
}
