import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSaveFile, parseSaveFile, serializeSave } from '../../src/saves/file';
import { NOTICE_LINE_CHANGED, NOTICE_SCENE_GONE, resolveSave, type Resolved } from '../../src/saves/resolve';
import type { SaveStore } from '../../src/saves/store';
import { expectedOutcome } from '../../tools/saves/expected';
import { freshName, hostileCorpus, input, openStore, prototypeKeys, saveOn, smallStory, type HostileCase, type Landing } from './corpus';

const base = saveOn(smallStory, 7, 'manual-9-6');
const corpus = hostileCorpus(base);

/** The named line each landing means on the small story, with the notice the reader gets. */
const LANDING: Record<Landing, Resolved> = {
  beat: { beatId: base.beatId, notice: null },
  scene: { beatId: smallStory.beats.find((b) => b.scene === base.sceneId)!.id, notice: NOTICE_LINE_CHANGED },
  chapter: { beatId: smallStory.beats[0]!.id, notice: NOTICE_SCENE_GONE },
};

/** Checks one case against its expected outcome: refused (for the expected reason), or accepted and resolved to the named line. */
function checkParse(c: HostileCase): void {
  const result = parseSaveFile(c.bytes);
  const what = `${c.family}: ${c.name}`;
  if (c.expect === 'refuse') {
    expect(result.ok, `${what} was accepted`).toBe(false);
    if (result.ok) return;
    // A sentence for the reader: no zod dump, no stack, no raw input echoed back.
    expect(result.reason, what).toMatch(/^(This|It)[^\n{}[\]]{10,140}\.$/);
    if (c.reason) expect(result.reason, what).toMatch(c.reason);
    return;
  }
  expect(result.ok ? '' : result.reason, `${what} was refused`).toBe('');
  if (result.ok) expect(resolveSave(result.save, smallStory), what).toEqual(LANDING[c.lands]);
}

describe('hostile save files', () => {
  it('the corpus is large, deterministic and covers every family', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(300);
    const again = hostileCorpus(base);
    expect(again.map((c) => [c.name, [...c.bytes].join(',')])).toEqual(corpus.map((c) => [c.name, [...c.bytes].join(',')]));
    const families = new Set(corpus.map((c) => c.family));
    for (const f of ['valid', 'truncated', 'flipped', 'removed', 'retyped', 'proto', 'oversize', 'version', 'unknown-beat', 'not-json', 'not-utf8', 'mixed']) expect(families).toContain(f);
  }, 30_000); // builds the corpus a second time: seconds on a loaded machine

  it('every case has one expected outcome, and the judged families hold both', () => {
    for (const c of corpus) expect(c.expect === 'refuse' || ['beat', 'scene', 'chapter'].includes(c.lands), c.name).toBe(true);
    for (const family of ['flipped', 'mixed']) {
      const cases = corpus.filter((c) => c.family === family);
      expect(cases.filter((c) => c.expect === 'accept').length, family).toBeGreaterThan(0);
      expect(cases.filter((c) => c.expect === 'refuse').length, family).toBeGreaterThan(0);
    }
    for (const lands of ['beat', 'scene', 'chapter']) expect(corpus.some((c) => c.expect === 'accept' && c.lands === lands), lands).toBe(true);
  });

  it('the format restated in tools/saves/expected.ts agrees with every hand-written expectation', () => {
    const obj = JSON.parse(serializeSave(base)) as Record<string, unknown>;
    for (const c of corpus.filter((c) => c.family !== 'flipped' && c.family !== 'mixed')) {
      const judged = expectedOutcome(c.bytes, obj);
      expect(judged.expect === 'accept' ? `accept ${judged.lands}` : 'refuse', c.name).toBe(c.expect === 'accept' ? `accept ${c.lands}` : 'refuse');
    }
  });

  it('parseSaveFile never throws: it refuses each case it must, and accepts the rest on the named line', () => {
    const before = prototypeKeys();
    for (const c of corpus) expect(() => checkParse(c), `${c.family}: ${c.name}`).not.toThrow();
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
    expect(await store.read('not-a-slot')).toBeNull(); // a key that is not a slot name is never read as one
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
