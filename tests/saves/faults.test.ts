import { afterEach, describe, expect, it } from 'vitest';
import { NOTICE_MEMORY_ONLY, openSaveStore, type SaveStore } from '../../src/saves/store';
import { WRITE_FAULTS, abortAfterPut, abortAtCommit, failPuts, failTransactions, openFaultTrial, refusingFactory, writeFaultTrial } from '../../tools/saves/faults';
import { freshName, input, openStore, saveOn, smallStory } from './corpus';

const opened: SaveStore[] = [];
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

async function storeWithSave() {
  const store = await openStore();
  opened.push(store);
  const first = await store.write(input(saveOn(smallStory, 1, 'manual-1-1')));
  if (!first.ok) throw new Error(first.reason);
  return { store, first: first.save, next: input(saveOn(smallStory, 5, 'manual-1-1')) };
}

describe('storage faults', () => {
  it('a full disk (put throws QuotaExceededError) refuses with a reason and keeps the old save', async () => {
    const { store, first, next } = await storeWithSave();
    const undo = failPuts('QuotaExceededError');
    let result;
    try {
      result = await store.write(next);
    } finally {
      undo();
    }
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/^Not saved: the browser has no room left for saves/) });
    expect((await store.read('manual-1-1'))?.save).toEqual(first);
    const later = await store.write(next);
    expect(later.ok && [later.save.revision, later.save.beatId]).toEqual([2, smallStory.beats[5]?.id]);
  });

  it('a transaction that aborts after the put commits nothing', async () => {
    const { store, first, next } = await storeWithSave();
    const undo = abortAfterPut();
    try {
      expect(await store.write(next)).toMatchObject({ ok: false, reason: expect.stringMatching(/^Not saved: the browser’s storage failed/) });
      expect(await store.remove('manual-1-1')).toBe(true); // a delete is not a put: still works
    } finally {
      undo();
    }
    expect(await store.read('manual-1-1')).toBeNull();
    expect((await store.write(next)).ok).toBe(true);
    expect(first.revision).toBe(1);
  });

  it('a commit that fails after a successful put is reported, not taken for a save', async () => {
    const { store, first, next } = await storeWithSave();
    const undo = abortAtCommit();
    try {
      expect(await store.write(next)).toMatchObject({ ok: false, reason: expect.stringMatching(/^Not saved/) });
    } finally {
      undo();
    }
    expect((await store.read('manual-1-1'))?.save).toEqual(first);
    expect((await store.write(next)).ok).toBe(true);
  });

  it('an error on the first transaction refuses that write only', async () => {
    const { store, first, next } = await storeWithSave();
    const undo = failTransactions(1);
    try {
      expect(await store.write(next)).toMatchObject({ ok: false, reason: expect.stringMatching(/^Not saved/) });
      expect((await store.read('manual-1-1'))?.save).toEqual(first);
      expect((await store.write(next)).ok).toBe(true);
    } finally {
      undo();
    }
  });

  it('reads and lists fail softly while transactions fail', async () => {
    const { store } = await storeWithSave();
    const undo = failTransactions(3);
    try {
      expect(await store.list()).toEqual([]);
      expect(await store.read('manual-1-1')).toEqual({ slot: 'manual-1-1', save: null, error: expect.stringMatching(/could not be read/) });
      expect(await store.newest()).toBeNull();
    } finally {
      undo();
    }
    expect((await store.list()).length).toBe(1);
  });

  it.each(['throw', 'error', 'silent'] as const)('indexedDB.open that %ss gives a memory store with the notice', async (mode) => {
    const { store, notice } = await openSaveStore({ indexedDB: refusingFactory(mode), name: freshName(), openTimeoutMs: 50 });
    expect(notice).toBe(NOTICE_MEMORY_ONLY);
    expect(notice).toBe('Saves will last only until this page closes: this browser is not letting the game store them.');
    expect(store.persistent).toBe(false);
    const written = await store.write(input(saveOn(smallStory, 2, 'quick')));
    expect(written.ok).toBe(true);
    expect((await store.newest())?.beatId).toBe(smallStory.beats[2]?.id);
  });

  it('every shared fault trial passes (the ones tools/saves/reliability.ts reports)', async () => {
    const store = await openStore();
    opened.push(store);
    for (const [name, inject] of WRITE_FAULTS) {
      const outcome = await writeFaultTrial(store, name, inject, input(saveOn(smallStory, 0, 'quick')), input(saveOn(smallStory, 3, 'quick')));
      expect(outcome, name).toMatchObject({ passed: true });
    }
    for (const mode of ['throw', 'error', 'silent'] as const) expect(await openFaultTrial(mode, input(saveOn(smallStory, 1, 'auto-1')))).toMatchObject({ passed: true });
  });
});
