/**
 * Keyboard, pointer and wheel input to reader commands. Pure mapping; main.ts listens and acts.
 */
export type Command = 'advance' | 'back' | 'menu';

export interface KeyLike {
  key: string;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
  repeat?: boolean;
}

/** The command a key press asks for, or null when the key is not ours (it stays the browser's). */
export function commandForKey(e: KeyLike): Command | null {
  if (e.altKey || e.metaKey) return null;
  switch (e.key) {
    case ' ':
    case 'Enter':
      return 'advance';
    case 'PageUp':
      return 'back';
    case 'Escape':
      return 'menu';
    default:
      return null;
  }
}

/** Wheel up rolls back, wheel down reads on. */
export function commandForWheel(deltaY: number): Command | null {
  if (deltaY < 0) return 'back';
  if (deltaY > 0) return 'advance';
  return null;
}
