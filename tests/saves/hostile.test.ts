import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSaveFile, parseSaveFile } from '../../src/saves/file';
import { resolveSave } from '../../src/saves/resolve';
import type { SaveStore } from '../../src/saves/store';
import { freshName, hostileCorpus, input, openStore, prototypeKeys, saveOn, smallStory, type HostileCase } from './corpus';

const base = saveOn(smallStory, 7, 'manual-9-6');
const corpus = hostileCorpus(base);
const beatIds = new Set(smallStory.beats.map((b) => b.id));
const sceneStarts = new Set(smallStory.scenes.map((s) => smallStory.beats[s.firstBeat]?.id));

/** Checks one case's parse outcome against its expectation; returns whether it was accepted. */
function checkParse(c: HostileCase): boolean {
  const result = parseSaveFile(c.bytes);
  if (!result.ok) {
    expect(c.expect, `${c.family}: ${c.name} was refused: ${result.reason}`).not.toBe('accept');
    // A sentence for the reader: no zod dump, no stack, no raw input echoed back.
    expect(result.reason).toMatch(/^(This|It)[^\n{}[\]]{10,140}\.$/);
    if (c.reason) expect(result.reason, `${c.family}: ${c.name}`).toMatch(c.reason);
    return false;
  }
  expect(c.expect, `${c.family}: ${c.name} was accepted`).not.toBe('refuse');
  const resolved = resolveSave(result.save, smallStory);
  expect(resolved.beatId !== null && beatIds.has(resolved.beatId), c.name).toBe(true);
  expect(resolved.notice === null, c.name).toBe(beatIds.has(result.save.beatId));
  if (c.lands === 'beat') expect(resolved).toEqual({ beatId: base.beatId, notice: null });
  if (c.lands === 'scene') expect(resolved.beatId).toBe(smallStory.beats.find((b) => b.scene === base.sceneId)?.id);
  if (c.lands === 'chapter') expect(resolved.beatId).toBe(smallStory.beats[0]?.id);
  if (resolved.notice) expect(sceneStarts.has(resolved.beatId ?? undefined)).toBe(true);
  return true;
}

describe('hostile save files', () => {
  it('the corpus is large, deterministic and covers every family', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(300);
    const again = hostileCorpus(base);
    expect(again.map((c) => [c.name, [...c.bytes].join(',')])).toEqual(corpus.map((c) => [c.name, [...c.bytes].join(',')]));
    const families = new Set(corpus.map((c) => c.family));
    for (const f of ['valid', 'truncated', 'flipped', 'removed', 'retyped', 'proto', 'oversize', 'version', 'unknown-beat', 'not-json', 'not-utf8']) expect(families).toContain(f);
  });

  it('parseSaveFile never throws, refuses with a reason or accepts a save that resolves', () => {
    const before = prototypeKeys();
    let accepted = 0;
    for (const c of corpus) {
      let outcome = false;
      expect(() => (outcome = checkParse(c)), `${c.family}: ${c.name}`).not.toThrow();
      if (outcome) accepted += 1;
    }
    expect(accepted).toBeGreaterThanOrEqual(corpus.filter((c) => c.expect === 'accept').length);
    expect(prototypeKeys()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a value that is not bytes', () => {
    for (const odd of [null, 'text', [123], new ArrayBuffer(4)]) expect(parseSaveFile(odd as unknown as Uint8Array).ok).toBe(false);
  });
});

describe('importing the corpus through the store', () => {
  let store: SaveStore;
  const others = ['quick', 'auto-1', 'manual-1-1'];
  beforeAll(async () => {
    store = await openStore(freshName('hostile'));
  });
  afterAll(() => store.close());

  it('never writes a refused file and never touches another slot', async () => {
    for (const [i, slot] of others.entries()) expect((await store.write(input(saveOn(smallStory, i * 3, slot)))).ok).toBe(true);
    const snapshot = async () => Promise.all(others.map(async (slot) => JSON.stringify(await store.read(slot))));
    const before = await snapshot();
    const target = 'manual-9-6';
    const prototypeBefore = prototypeKeys();
    let written = 0;
    for (const c of corpus) {
      const held = JSON.stringify(await store.read(target));
      const result = await importSaveFile(store, c.bytes, target);
      if (parseSaveFile(c.bytes).ok) {
        expect(result.ok, c.name).toBe(true);
        written += 1;
      } else {
        expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/^Not imported: /) });
        expect(JSON.stringify(await store.read(target)), c.name).toBe(held);
      }
    }
    expect(written).toBeGreaterThan(0);
    expect((await store.read(target))?.save?.revision).toBe(written);
    expect(await snapshot()).toEqual(before);
    expect((await store.list()).map((s) => s.slot)).toEqual(['quick', 'auto-1', 'manual-1-1', target]);
    expect(prototypeKeys()).toEqual(prototypeBefore);
  });
});

describe('damaged records already in IndexedDB', () => {
  it('are reported as damaged, left untouched, and leave the others readable', async () => {
    const name = freshName('damaged');
    const store = await openStore(name);
    const good = await store.write(input(saveOn(smallStory, 2, 'quick')));
    const damaged: Array<Record<string, unknown>> = [
      { slot: 'manual-3-1', format: 'something-else' },
      { ...saveOn(smallStory, 1, 'manual-3-2'), revision: 'three' },
      { ...saveOn(smallStory, 1, 'manual-3-3'), version: 2 },
      { ...saveOn(smallStory, 1, 'manual-3-4'), slot: 'manual-3-4', kind: 'auto' },
      JSON.parse(`{"slot":"manual-3-5","__proto__":{"polluted":1},"format":"awry-mission-save"}`) as Record<string, unknown>,
      { slot: 'manual-3-6', nested: new Map([['a', new Date(0)]]), blob: new Uint8Array(16) },
      { ...saveOn(smallStory, 1, 'manual-4-1'), slot: 'not-a-slot' },
      { ...saveOn(smallStory, 1, 'manual-4-2'), version: 2, revision: Number.MAX_SAFE_INTEGER },
    ];
    const raw = await rawStore(name);
    for (const record of damaged) await raw.put(record);
    const bytesBefore = await raw.dump();
    const before = prototypeKeys();

    const list = await store.list();
    expect(list.filter((s) => s.error).map((s) => s.slot)).toEqual(['manual-3-1', 'manual-3-2', 'manual-3-3', 'manual-3-4', 'manual-3-5', 'manual-3-6', 'manual-4-2', 'not-a-slot']);
    for (const info of list.filter((s) => s.error)) expect(info.save).toBeNull();
    expect(list.find((s) => s.slot === 'quick')).toEqual({ slot: 'quick', save: good.ok ? good.save : null, error: null });
    expect(await store.read('manual-3-3')).toMatchObject({ save: null, error: expect.stringMatching(/newer version/) });
    expect(await store.newest()).toEqual(good.ok ? good.save : null);
    expect(await raw.dump()).toEqual(bytesBefore);
    expect(prototypeKeys()).toEqual(before);

    // A deliberate write over a damaged slot replaces it, with a revision past the damaged one's.
    const over = await store.write(input(saveOn(smallStory, 3, 'manual-3-2')), { expectedRevision: null });
    expect(over.ok && over.save.revision).toBe(1);
    // ...unless the next revision could not be read back: then nothing is stored.
    const overflow = await store.write(input(saveOn(smallStory, 3, 'manual-4-2')), { force: true });
    expect(overflow).toMatchObject({ ok: false, reason: expect.stringMatching(/^Not saved: .*revision number/) });
    expect((await raw.dump()).some((r) => r.includes(`${Number.MAX_SAFE_INTEGER}`))).toBe(true);
    store.close();
    raw.close();
  });
});

/** Direct access to the `slots` object store, below the saves layer. */
async function rawStore(name: string) {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const run = <T>(mode: IDBTransactionMode, fn: (s: IDBObjectStore) => IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      const request = fn(db.transaction('slots', mode).objectStore('slots'));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  return {
    put: (record: object) => run('readwrite', (s) => s.put(record)),
    dump: async () => (await run('readonly', (s) => s.getAll())).map((v) => JSON.stringify(v, (_k, x: unknown) => (x instanceof Map ? [...x] : x))),
    close: () => db.close(),
  };
}
