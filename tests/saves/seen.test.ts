import { describe, expect, it } from 'vitest';
import { SEEN_KEY, loadSeen, saveSeen } from '../../src/saves/seen';

const memory = () => {
  const data = new Map<string, string>();
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data };
};

describe('seen beats', () => {
  it('round-trips the ids', () => {
    const store = memory();
    expect(saveSeen(store, new Set(['a-1', 'b-2']))).toBe(true);
    expect(loadSeen(store)).toEqual({ ids: ['a-1', 'b-2'], notice: null });
  });

  it('nothing stored is nothing seen, without a notice', () => {
    expect(loadSeen(memory())).toEqual({ ids: [], notice: null });
    expect(loadSeen(null)).toEqual({ ids: [], notice: null });
  });

  it('a corrupt or foreign record counts as nothing seen, with a notice', () => {
    for (const bad of ['{', '[]', '{"version":2,"ids":[]}', '{"version":1,"ids":[1]}', '{"__proto__":{"x":1}}']) {
      const store = memory();
      store.data.set(SEEN_KEY, bad);
      const { ids, notice } = loadSeen(store);
      expect(ids).toEqual([]);
      expect(notice).toMatch(/could not be read/);
    }
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('a storage that throws loses nothing else and never throws', () => {
    const throwing = { getItem: () => { throw new Error('SecurityError'); }, setItem: () => { throw new Error('QuotaExceededError'); } };
    expect(loadSeen(throwing)).toEqual({ ids: [], notice: null });
    expect(saveSeen(throwing, ['a'])).toBe(false);
  });
});
