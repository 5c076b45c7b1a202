import { afterEach, describe, expect, it } from 'vitest';
import { encodeSave, importSaveFile } from '../../src/saves/file';
import { createMemoryStore, type SaveStore } from '../../src/saves/store';
import { freshName, input, openStore, saveOn, smallStory } from './corpus';

const opened: SaveStore[] = [];
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

/** A clock that moves one minute per call, so savedAt orders writes. */
function clock(start = Date.UTC(2025, 0, 1)) {
  let t = start;
  return () => new Date((t += 60_000));
}

const kinds: Array<[string, () => Promise<SaveStore>]> = [
  ['IndexedDB store', async () => openStore(freshName(), clock())],
  ['memory store', async () => createMemoryStore(clock())],
];

describe.each(kinds)('%s', (_name, make) => {
  const open = async () => {
    const store = await make();
    opened.push(store);
    return store;
  };

  it('writes, reads, lists and removes', async () => {
    const store = await open();
    expect(await store.list()).toEqual([]);
    expect(await store.read('manual-1-1')).toBeNull();
    const written = await store.write(input(saveOn(smallStory, 2, 'manual-1-1')));
    expect(written.ok).toBe(true);
    if (!written.ok) return;
    expect(written.save).toMatchObject({ format: 'awry-mission-save', version: 1, revision: 1, beatId: smallStory.beats[2]?.id, savedAt: '2025-01-01T00:01:00.000Z' });
    expect(await store.read('manual-1-1')).toEqual({ slot: 'manual-1-1', save: written.save, error: null });
    await store.write(input(saveOn(smallStory, 0, 'quick')));
    await store.write(input(saveOn(smallStory, 1, 'auto-2')));
    expect((await store.list()).map((s) => s.slot)).toEqual(['quick', 'auto-2', 'manual-1-1']);
    expect(await store.remove('manual-1-1')).toBe(true);
    expect(await store.read('manual-1-1')).toBeNull();
    expect(await store.remove('not a slot')).toBe(false);
    expect(await store.read('not a slot')).toBeNull();
  });

  it('increments the revision per write of a slot and ignores a caller-supplied one', async () => {
    const store = await open();
    const save = saveOn(smallStory, 1, 'quick', 999);
    for (const expected of [1, 2, 3]) {
      const result = await store.write(save);
      expect(result.ok && result.save.revision).toBe(expected);
    }
  });

  it('refuses an invalid save before storing anything', async () => {
    const store = await open();
    const bad = { ...input(saveOn(smallStory, 1, 'manual-2-2')), sceneTitle: 'x'.repeat(500) };
    expect(await store.write(bad)).toEqual({ ok: false, reason: 'Not saved: this save is damaged: its scene title is too long.' });
    expect(await store.write({ ...bad, sceneTitle: 'ok', slot: 'manual-0-0' })).toMatchObject({ ok: false, reason: expect.stringMatching(/^Not saved:/) });
    expect(await store.list()).toEqual([]);
  });

  it('detects a stale expectedRevision, and force overwrites', async () => {
    const store = await open();
    const save = input(saveOn(smallStory, 1, 'manual-3-3'));
    expect((await store.write(save, { expectedRevision: null })).ok).toBe(true);
    const second = await store.write(save, { expectedRevision: 1 });
    expect(second.ok && second.save.revision).toBe(2);
    const stale = await store.write(save, { expectedRevision: 1 });
    expect(stale).toMatchObject({ ok: false, reason: expect.stringMatching(/^Not saved: this slot was changed in another tab/), conflict: { revision: 2 } });
    expect((await store.write(save, { expectedRevision: null })).ok).toBe(false);
    const forced = await store.write(save, { expectedRevision: 1, force: true });
    expect(forced.ok && forced.save.revision).toBe(3);
  });

  it('newest() is the latest valid save of any kind', async () => {
    const store = await open();
    expect(await store.newest()).toBeNull();
    await store.write(input(saveOn(smallStory, 1, 'manual-1-1')));
    await store.write(input(saveOn(smallStory, 4, 'auto-1')));
    await store.write(input(saveOn(smallStory, 2, 'manual-1-2')));
    expect((await store.newest())?.slot).toBe('manual-1-2');
    await store.write(input(saveOn(smallStory, 5, 'quick')));
    expect((await store.newest())?.slot).toBe('quick');
  });

  it('keeps global records as plain JSON copies', async () => {
    const store = await open();
    expect(await store.getGlobal('seen')).toBeUndefined();
    const value = { version: 1, ids: ['forest-1', 'ward-2'] };
    expect(await store.setGlobal('seen', value)).toBe(true);
    value.ids.push('mutated');
    expect(await store.getGlobal('seen')).toEqual({ version: 1, ids: ['forest-1', 'ward-2'] });
    expect(await store.setGlobal('bad', () => 1)).toBe(false);
    expect(await store.setGlobal('big', 'x'.repeat(2_000_001))).toBe(false);
    expect(await store.setGlobal('', 1)).toBe(false);
  });

  it('imports a file into the slot the reader picks', async () => {
    const store = await open();
    const file = encodeSave(saveOn(smallStory, 3, 'quick', 7));
    const result = await importSaveFile(store, file, 'manual-4-1');
    expect(result).toMatchObject({ ok: true, save: { slot: 'manual-4-1', kind: 'manual', revision: 1, beatId: smallStory.beats[3]?.id } });
    expect(await importSaveFile(store, new Uint8Array([0xff]), 'manual-4-2')).toEqual({ ok: false, reason: 'Not imported: this file is not a save: it is not text.' });
    expect(await store.read('manual-4-2')).toBeNull();
  });
});

describe('two tabs on one database', () => {
  it('a tab writing from a stale read gets a conflict with the other tab’s save', async () => {
    const name = freshName();
    const tabA = await openStore(name);
    const tabB = await openStore(name);
    opened.push(tabA, tabB);
    const seenByB = await tabB.read('manual-1-1');
    expect(seenByB).toBeNull();
    const a = await tabA.write(input(saveOn(smallStory, 1, 'manual-1-1')), { expectedRevision: null });
    expect(a.ok && a.save.revision).toBe(1);
    const b = await tabB.write(input(saveOn(smallStory, 5, 'manual-1-1')), { expectedRevision: seenByB?.save?.revision ?? null });
    expect(b).toMatchObject({ ok: false, conflict: { revision: 1, beatId: smallStory.beats[1]?.id } });
    expect((await tabB.read('manual-1-1'))?.save?.beatId).toBe(smallStory.beats[1]?.id);
  });

  it('tells the other tab which slot changed', async () => {
    const name = freshName();
    const tabA = await openStore(name);
    const tabB = await openStore(name);
    const other = await openStore(freshName());
    opened.push(tabA, tabB, other);
    const heard: string[] = [];
    const heardByOther: string[] = [];
    const stop = tabB.onExternalChange((slot) => heard.push(slot));
    other.onExternalChange((slot) => heardByOther.push(slot));
    await tabA.write(input(saveOn(smallStory, 1, 'quick')));
    await tabA.remove('quick');
    await expect.poll(() => heard).toEqual(['quick', 'quick']);
    stop();
    await tabA.write(input(saveOn(smallStory, 1, 'auto-1')));
    await new Promise((r) => setTimeout(r, 50));
    expect(heard).toEqual(['quick', 'quick']);
    expect(heardByOther).toEqual([]);
  });

  it('keeps saves across reopening the database', async () => {
    const name = freshName();
    const first = await openStore(name);
    const written = await first.write(input(saveOn(smallStory, 4, 'manual-2-5')));
    first.close();
    expect(await first.list()).toEqual([]);
    const again = await openStore(name);
    opened.push(again);
    expect((await again.read('manual-2-5'))?.save).toEqual(written.ok ? written.save : null);
  });
});
