import { describe, expect, it } from 'vitest';
import { commandForKey, commandForSwipe, commandForWheel, skipHoldForKey } from '../../src/input/keys';

describe('keys', () => {
  it('maps the keys of the Keys contract', () => {
    const table: [Parameters<typeof commandForKey>[0], string | null][] = [
      [{ key: ' ' }, 'advance'], [{ key: 'Enter' }, 'advance'], [{ key: 'PageUp' }, 'back'], [{ key: 'PageDown' }, 'forward'],
      [{ key: 'Tab' }, 'skip-toggle'], [{ key: 'a' }, 'auto'], [{ key: 'l' }, 'backlog'], [{ key: 'h' }, 'hide'],
      [{ key: 'Escape' }, 'menu'], [{ key: 'f' }, 'fullscreen'], [{ key: 'q' }, 'quicksave'], [{ key: 'Q', shiftKey: true }, 'quickload'],
      [{ key: '?', shiftKey: true }, 'help'], [{ key: 'F1' }, 'help'],
      [{ key: 'F5' }, null], [{ key: 'F9' }, null], [{ key: 'r', ctrlKey: true }, null], [{ key: 'l', metaKey: true }, null],
    ];
    for (const [key, command] of table) expect(commandForKey(key), JSON.stringify(key)).toBe(command);
  });

  it('a held letter or Tab toggles once, not on every repeat', () => {
    expect(commandForKey({ key: 'a', repeat: true })).toBeNull();
    expect(commandForKey({ key: 'Tab', repeat: true })).toBeNull();
    expect(commandForKey({ key: ' ', repeat: true })).toBe('advance');
  });

  it('Ctrl held skips; wheel rolls back and forward; a rightward swipe rolls back', () => {
    expect(skipHoldForKey({ key: 'Control' }, true)).toBe(true);
    expect(skipHoldForKey({ key: 'Control' }, false)).toBe(false);
    expect(skipHoldForKey({ key: 'x' }, true)).toBeNull();
    expect(commandForWheel(-3)).toBe('back');
    expect(commandForWheel(3)).toBe('forward');
    expect(commandForWheel(0)).toBeNull();
    expect(commandForSwipe(120, 10)).toBe('back');
    expect(commandForSwipe(-120, 10)).toBeNull();
    expect(commandForSwipe(70, 90)).toBeNull();
  });
});
