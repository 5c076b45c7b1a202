/**
 * Continue on the title, right from the first frame. Whether a save exists is known only once the
 * saves open, a moment after the title is up, and a button appearing then pushes the menu down under
 * a press already on its way (a press aimed at Load lands on New Game). A hint in localStorage,
 * written whenever a save is written or the saves are counted, places it at once; the store confirms.
 */
const HINT = 'awry.hasSaves';

export interface ContinueButton {
  /** Shows or hides the button and remembers the answer for the next visit's first frame. */
  set(exists: boolean): void;
}

export function createContinueButton(button: HTMLElement, storage: Storage | null): ContinueButton {
  const remembered = (() => {
    try {
      return storage?.getItem(HINT) === '1';
    } catch {
      return false;
    }
  })();
  button.hidden = !remembered;
  return {
    set(exists) {
      button.hidden = !exists;
      try {
        storage?.setItem(HINT, exists ? '1' : '0');
      } catch {
        // storage full or blocked: the store still answers, a frame later
      }
    },
  };
}
