import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Story } from '../../src/compiler/story';
import { encodeSave, importSaveFile, parseSaveFile } from '../../src/saves/file';
import { NOTICE_SCENE_GONE, resolveSave } from '../../src/saves/resolve';
import { parseSave } from '../../src/saves/schema';
import { loadSeen, saveSeen } from '../../src/saves/seen';
import { compareSlots, manualSlot, slotKind } from '../../src/saves/slots';
import { NOTICE_MEMORY_ONLY, createMemoryStore, openSaveStore, type SaveStore } from '../../src/saves/store';
import { failPuts } from '../../tools/saves/faults';
import { freshName, input, openStore, saveOn, smallStory } from './corpus';

/** The saves layer's corners: opening without IndexedDB, limits of global records, odd errors, slot order, files. */

const opened: SaveStore[] = [];
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});
const keep = (store: SaveStore) => (opened.push(store), store);

describe('opening the store', () => {
  it('falls back to memory, with the notice, when the page has no IndexedDB or reading it throws', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const none = await openSaveStore({ name: freshName() });
    expect(none).toMatchObject({ notice: NOTICE_MEMORY_ONLY, store: { persistent: false } });
    expect((await keep(none.store).write(input(saveOn(smallStory, 1, 'quick')))).ok).toBe(true);
    vi.unstubAllGlobals();
    const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'indexedDB')!;
    Object.defineProperty(globalThis, 'indexedDB', { configurable: true, get: () => { throw new DOMException('sandboxed', 'SecurityError'); } });
    try {
      const sandboxed = await openSaveStore({ name: freshName() });
      expect(sandboxed).toMatchObject({ notice: NOTICE_MEMORY_ONLY, store: { persistent: false } });
      keep(sandboxed.store);
    } finally {
      Object.defineProperty(globalThis, 'indexedDB', descriptor);
    }
  });

  it('uses the page’s IndexedDB by default and asks the browser to keep the saves', async () => {
    const persist = vi.fn(async () => true);
    vi.stubGlobal('navigator', { storage: { persist } });
    const { store, notice } = await openSaveStore({ name: freshName() });
    keep(store);
    expect(notice).toBeNull();
    expect(store.persistent).toBe(true);
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('a browser that refuses to keep the saves, or has no storage manager, changes nothing', async () => {
    const rejected = vi.fn(() => Promise.reject(new Error('no')));
    vi.stubGlobal('navigator', { storage: { persist: rejected } });
    const { store, notice } = await openSaveStore({ indexedDB, name: freshName() });
    keep(store);
    expect(notice).toBeNull();
    expect(rejected).toHaveBeenCalledTimes(1);
    vi.stubGlobal('navigator', {});
    expect((await openSaveStore({ indexedDB, name: freshName() })).notice).toBeNull();
  });

  it('a memory store dates its saves with the clock by default', async () => {
    const before = Date.now();
    const written = await createMemoryStore().write(input(saveOn(smallStory, 0, 'auto-1')));
    expect(written.ok && Date.parse(written.save.savedAt)).toBeGreaterThanOrEqual(before);
  });
});

describe('writes, global records and failures', () => {
  it('a stale expected revision on an empty slot is refused without a conflicting save', async () => {
    const store = keep(await openStore());
    const result = await store.write(input(saveOn(smallStory, 1, 'manual-1-1')), { expectedRevision: 3 });
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/changed in another tab/) });
  });

  it('a save that cannot even be read from its input is refused, not thrown', async () => {
    const store = keep(await openStore());
    const hostile = { ...input(saveOn(smallStory, 1, 'quick')) };
    Object.defineProperty(hostile, 'beatId', { get: () => { throw new Error('getter'); } });
    expect(await store.write(hostile)).toEqual({ ok: false, reason: 'Not saved: this save could not be made.' });
  });

  it('names a full disk in Firefox’s words too, and survives a storage that throws null', async () => {
    const store = keep(await openStore());
    let undo = failPuts('NS_ERROR_DOM_QUOTA_REACHED');
    try {
      expect(await store.write(input(saveOn(smallStory, 1, 'quick')))).toMatchObject({ ok: false, reason: expect.stringMatching(/no room left/) });
    } finally {
      undo();
    }
    const original = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = () => { throw null; };
    undo = () => void (IDBObjectStore.prototype.put = original);
    try {
      expect(await store.write(input(saveOn(smallStory, 1, 'quick')))).toMatchObject({ ok: false, reason: expect.stringMatching(/storage failed/) });
    } finally {
      undo();
    }
  });

  it('global records: keys of 1 to 100 characters, values up to two million characters of JSON', async () => {
    const store = keep(await openStore());
    expect(await store.setGlobal('k'.repeat(100), 1)).toBe(true);
    expect(await store.getGlobal('k'.repeat(100))).toBe(1);
    expect(await store.setGlobal('k'.repeat(101), 1)).toBe(false);
    expect(await store.setGlobal('', 1)).toBe(false);
    const exactly = 'x'.repeat(2_000_000 - 2); // JSON adds the two quotes
    expect(await store.setGlobal('big', exactly)).toBe(true);
    expect(await store.setGlobal('big', `${exactly}x`)).toBe(false);
    expect(await store.getGlobal('big')).toBe(exactly);
    expect(await store.setGlobal('nothing', undefined)).toBe(false);
  });

  it('of two saves made at the same moment, Continue takes the first in save-screen order', async () => {
    const store = keep(await openStore(freshName(), () => new Date(Date.UTC(2025, 5, 1))));
    await store.write(input(saveOn(smallStory, 4, 'manual-1-1')));
    await store.write(input(saveOn(smallStory, 2, 'quick')));
    expect((await store.newest())?.slot).toBe('quick');
  });

  it('another tab hears of a write that happened, not of one refused', async () => {
    const name = freshName();
    const [a, b] = [keep(await openStore(name)), keep(await openStore(name))];
    const heard: string[] = [];
    b.onExternalChange((slot) => heard.push(slot));
    await a.write(input(saveOn(smallStory, 1, 'manual-2-2')), { expectedRevision: 5 });
    await a.write(input(saveOn(smallStory, 1, 'manual-2-3')));
    await expect.poll(() => heard).toEqual(['manual-2-3']);
    await new Promise((r) => setTimeout(r, 30));
    expect(heard).toEqual(['manual-2-3']);
  });

  it('a closed store fails softly everywhere', async () => {
    const store = await openStore();
    await store.write(input(saveOn(smallStory, 1, 'quick')));
    store.close();
    expect(await store.read('quick')).toEqual({ slot: 'quick', save: null, error: expect.stringMatching(/could not be read/) });
    expect(await store.write(input(saveOn(smallStory, 1, 'quick')))).toMatchObject({ ok: false, reason: expect.stringMatching(/storage failed/) });
    expect(await store.remove('quick')).toBe(false);
    expect(await store.getGlobal('seen')).toBeUndefined();
    expect(await store.setGlobal('seen', [1])).toBe(false);
    expect(await store.newest()).toBeNull();
  });
});

describe('slot names', () => {
  it('knows only the slot grammar', () => {
    expect(slotKind('nope')).toBeNull();
    expect(slotKind(5)).toBeNull();
    expect(slotKind('auto-3')).toBe('auto');
    expect(manualSlot(1, 7)).toBeNull();
    expect(manualSlot(10, 1)).toBeNull();
    expect(manualSlot(9, 6)).toBe('manual-9-6');
  });

  it('orders slots as the save screen lists them, names that are not slots last by text', () => {
    expect(['manual-1-1', 'zz', 'auto-2', 'aa', 'quick', 'auto-1'].sort(compareSlots)).toEqual(['quick', 'auto-1', 'auto-2', 'manual-1-1', 'aa', 'zz']);
    expect(compareSlots('quick', 'quick')).toBe(0);
    expect(compareSlots('zz', 'zz')).toBe(0);
    expect(compareSlots('aa', 'zz')).toBe(-1);
    expect(compareSlots('zz', 'aa')).toBe(1);
    expect(compareSlots('auto-1', 'quick')).toBe(1);
  });
});

describe('refusal reasons', () => {
  const base = saveOn(smallStory, 1, 'manual-1-1');
  const reason = (record: unknown) => {
    const parsed = parseSave(record);
    return parsed.ok ? 'accepted' : parsed.reason;
  };

  it('names the field and what is wrong with it', () => {
    expect(reason({ ...base, extra: 1 })).toBe('This save holds data this version of the game does not know, so it was not loaded.');
    expect(reason({ ...base, preview: 'p'.repeat(161) })).toBe('This save is damaged: its line preview is too long.');
    expect(reason({ ...base, savedAt: undefined })).toBe('This save is damaged: its date is missing.');
    expect(reason({ ...base, revision: 0 })).toBe('This save is damaged: its revision number is not valid.');
  });

  it('tells which old or unknown version, when it is a whole number', () => {
    expect(reason({ ...base, version: -3 })).toBe('This save is from an old or unknown version of the game (version -3) and cannot be loaded.');
    expect(reason({ ...base, version: 2.5 })).toBe('This save is from an old or unknown version of the game and cannot be loaded.');
    expect(reason({ ...base, version: '1' })).toBe('This save is from an old or unknown version of the game and cannot be loaded.');
    expect(reason({ ...base, version: 2 ** 60 })).toBe('This save was made by a newer version of the game; update the game to load it.');
  });
});

describe('files and small records', () => {
  it('refuses with the reason that fits: not bytes, empty, not JSON', () => {
    expect(parseSaveFile('text' as unknown as Uint8Array)).toEqual({ ok: false, reason: 'This file could not be read.' });
    expect(parseSaveFile(new Uint8Array())).toEqual({ ok: false, reason: 'This file is empty; it is not a save.' });
    expect(parseSaveFile(new TextEncoder().encode('{"format":'))).toEqual({ ok: false, reason: 'This file is not a save, or it was cut short or damaged.' });
  });

  it('will not import into a name that is not a slot', async () => {
    const store = keep(await openStore());
    const bytes = encodeSave(saveOn(smallStory, 1, 'manual-1-1'));
    expect(await importSaveFile(store, bytes, 'manual-0-0')).toEqual({ ok: false, reason: 'Not imported: that is not a save slot.' });
    expect(await store.list()).toEqual([]);
  });

  it('writes no seen record without storage', () => {
    expect(saveSeen(null, ['a'])).toBe(false);
    expect(loadSeen(null)).toEqual({ ids: [], notice: null });
  });

  it('a save in a scene that has no lines left resumes at the chapter start', () => {
    const [a, b] = smallStory.beats;
    const story: Story = {
      ...smallStory,
      scenes: [{ id: 'a', title: 'A', firstBeat: 0, beatCount: 1 }, { id: 'empty', title: 'E', firstBeat: 1, beatCount: 0 }, { id: 'c', title: 'C', firstBeat: 1, beatCount: 1 }],
      beats: [{ ...a!, id: 'a-1', scene: 'a', index: 0 }, { ...b!, id: 'c-1', scene: 'c', index: 1 }],
    };
    expect(resolveSave({ beatId: 'empty-gone', sceneId: 'empty' }, story)).toEqual({ beatId: 'a-1', notice: NOTICE_SCENE_GONE });
  });
});
