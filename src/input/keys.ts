/**
 * Keyboard, pointer and wheel input to reader commands. Pure mapping; main.ts listens and acts.
 * The keys contract in docs/contracts.md is the specification (F5/F9 stay the browser's).
 */
export type Command =
  | 'advance'
  | 'back'
  | 'forward'
  | 'menu'
  | 'backlog'
  | 'hide'
  | 'auto'
  | 'skip-toggle'
  | 'skip-scene'
  | 'fullscreen'
  | 'help'
  | 'settings'
  | 'quicksave'
  | 'quickload'
  | 'save'
  | 'load';

export interface KeyLike {
  key: string;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
  shiftKey?: boolean;
  repeat?: boolean;
}

/** The command a key press asks for, or null when the key is not ours (it stays the browser's). */
export function commandForKey(e: KeyLike): Command | null {
  if (e.altKey || e.metaKey || (e.ctrlKey && e.key !== 'Control')) return null;
  switch (e.key) {
    case ' ':
    case 'Enter':
      return 'advance';
    case 'PageUp':
      return 'back';
    case 'PageDown':
      return 'forward';
    case 'Escape':
      return 'menu';
    case 'Tab':
      return e.repeat ? null : 'skip-toggle';
    case 'F1':
    case '?':
      return 'help';
  }
  if (e.repeat) return null; // a held letter toggles once
  switch (e.key.toLowerCase()) {
    case 'l':
      return 'backlog';
    case 'h':
      return 'hide';
    case 'a':
      return 'auto';
    case 'f':
      return 'fullscreen';
    case 'q':
      return e.shiftKey ? 'quickload' : 'quicksave';
    default:
      return null;
  }
}

/** Ctrl held is skip held (Ren'Py's habit): true on press, false on release, null for other keys. */
export function skipHoldForKey(e: KeyLike, down: boolean): boolean | null {
  return e.key === 'Control' ? down : null;
}

/** Wheel up rolls back, wheel down rolls forward (or reads on). */
export function commandForWheel(deltaY: number): Command | null {
  if (deltaY < 0) return 'back';
  if (deltaY > 0) return 'forward';
  return null;
}

/** A horizontal swipe of at least `min` px to the right rolls back (phones); null otherwise. */
export function commandForSwipe(dx: number, dy: number, min = 60): Command | null {
  return dx >= min && Math.abs(dy) < dx * 0.6 ? 'back' : null;
}
