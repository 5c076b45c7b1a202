import { describe, expect, it } from 'vitest';
import { createContinueButton } from '../../src/ui/continueButton';

/** A Storage holding plain strings, as the browser's does. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, String(value)),
    removeItem: (key) => void items.delete(key),
    clear: () => items.clear(),
    key: (i) => [...items.keys()][i] ?? null,
    get length() {
      return items.size;
    },
  };
}

const button = () => ({ hidden: true }) as HTMLElement;

describe('Continue on the title', () => {
  it('is hidden on a first visit, and placed from the first frame on the next visit after a save', () => {
    const storage = memoryStorage();
    const first = button();
    createContinueButton(first, storage).set(false);
    expect(first.hidden).toBe(true);

    createContinueButton(first, storage).set(true);
    expect(first.hidden).toBe(false);
    const next = button();
    createContinueButton(next, storage);
    expect(next.hidden).toBe(false);
  });

  it('follows the store when the hint was wrong, and for the next visit too', () => {
    const storage = memoryStorage();
    createContinueButton(button(), storage).set(true);
    const shown = button();
    const control = createContinueButton(shown, storage);
    expect(shown.hidden).toBe(false);
    control.set(false); // the saves were cleared elsewhere
    expect(shown.hidden).toBe(true);
    const next = button();
    createContinueButton(next, storage);
    expect(next.hidden).toBe(true);
  });

  it('works without storage, and when storage throws', () => {
    const none = button();
    createContinueButton(none, null).set(true);
    expect(none.hidden).toBe(false);
    const throwing = { getItem: () => { throw new Error('blocked'); }, setItem: () => { throw new Error('full'); } } as unknown as Storage;
    const blocked = button();
    const control = createContinueButton(blocked, throwing);
    expect(blocked.hidden).toBe(true);
    control.set(true);
    expect(blocked.hidden).toBe(false);
  });
});
