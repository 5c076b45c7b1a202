/**
 * Modal DOM dialogs: focus moves in, Tab stays inside, Escape or the close button leaves, and focus
 * returns to what opened it. Dialogs stack (a confirmation over the menu); the top one has the keys.
 */
const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), [tabindex]:not([tabindex="-1"])';

export interface Dialog {
  open(): void;
  close(): void;
  readonly isOpen: boolean;
  readonly element: HTMLElement;
}

const stack: Dialog[] = [];
const listeners = new Set<(open: number) => void>();

/** Called with the number of open dialogs whenever one opens or closes (the story pauses under them). */
export function onDialogsChange(listener: (open: number) => void): void {
  listeners.add(listener);
}
const changed = (): void => listeners.forEach((l) => l(stack.length));

/** Everything but the top dialog is inert while one is open: no focus, no clicks, hidden from assistive tech. */
function makeRestInert(): void {
  const top = stack.at(-1)?.element ?? null;
  for (const child of document.body.children) {
    if (!(child instanceof HTMLElement) || child.id === 'mirror' || child.id === 'notice') continue;
    child.inert = top !== null && child !== top;
  }
}

/** The dialog on top, if any (input leaves the story alone while one is open). */
export const openDialog = (): Dialog | null => stack.at(-1) ?? null;

/** Closes every open dialog, top first. */
export function closeAllDialogs(): void {
  while (stack.length) stack.at(-1)!.close();
}

/**
 * One key listener for all dialogs, on the window in the capture phase, so Escape and Tab reach the
 * top dialog wherever focus is (a button re-rendered away leaves focus on the body).
 */
function onKey(event: KeyboardEvent): void {
  const top = stack.at(-1);
  if (!top) return;
  if (event.key === 'Escape') {
    event.preventDefault();
    event.stopPropagation();
    top.close();
  } else if (event.key === 'Tab') {
    const items = focusables(top.element);
    if (!items.length) return;
    const first = items[0]!, last = items.at(-1)!;
    const inside = top.element.contains(document.activeElement);
    if (event.shiftKey && (document.activeElement === first || !inside)) (last.focus(), event.preventDefault());
    else if (!event.shiftKey && (document.activeElement === last || !inside)) (first.focus(), event.preventDefault());
    event.stopPropagation();
  }
}
if (typeof window !== 'undefined') window.addEventListener('keydown', onKey, true);

const focusables = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((e) => !e.closest('[hidden]'));

export function createDialog(element: HTMLElement, onClose: () => void = () => undefined): Dialog {
  let opener: HTMLElement | null = null;

  const dialog: Dialog = {
    element,
    open() {
      if (stack.includes(dialog)) return;
      opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      stack.push(dialog);
      element.style.zIndex = String(10 + stack.length);
      element.hidden = false;
      makeRestInert(); // before focusing: an inert element cannot take focus
      focusables(element)[0]?.focus();
      changed();
    },
    close() {
      const at = stack.indexOf(dialog);
      if (at < 0) return;
      while (stack.length > at + 1) stack.at(-1)!.close();
      stack.pop();
      element.hidden = true;
      makeRestInert();
      if (opener?.isConnected && !opener.closest('[hidden]')) opener.focus();
      else stack.at(-1)?.element.querySelector<HTMLElement>(FOCUSABLE)?.focus();
      // Focus must not stay on a button of the hidden dialog (when the opener was the page itself):
      // the browser would clear it only later, and Space meanwhile would press that hidden button.
      const left = document.activeElement;
      if (left instanceof HTMLElement && element.contains(left)) left.blur();
      onClose();
      changed();
    },
    get isOpen() {
      return stack.includes(dialog);
    },
  };
  for (const button of element.querySelectorAll<HTMLElement>('[data-close]')) button.addEventListener('click', () => dialog.close());
  return dialog;
}

/** Asks a yes/no question in the confirmation dialog; resolves true only on Yes. */
export function createConfirm(element: HTMLElement): (question: string) => Promise<boolean> {
  let answer: ((yes: boolean) => void) | null = null;
  const dialog = createDialog(element, () => {
    answer?.(false);
    answer = null;
  });
  element.querySelector('[data-confirm="yes"]')!.addEventListener('click', () => {
    const a = answer;
    answer = null;
    dialog.close();
    a?.(true);
  });
  return (question) => {
    element.querySelector('#confirm-text')!.textContent = question;
    answer?.(false);
    return new Promise((resolve) => {
      answer = resolve;
      dialog.open();
      // The safe answer has the focus.
      element.querySelector<HTMLElement>('[data-close]')?.focus();
    });
  };
}
