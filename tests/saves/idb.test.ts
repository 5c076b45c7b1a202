import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { DB_VERSION, idbBackend, openDatabase } from '../../src/saves/idb';
import { refusingFactory } from '../../tools/saves/faults';

/** The IndexedDB backend below the store: opening, reconnecting, and what it throws. */

const fresh = () => new IDBFactory();

describe('opening the database', () => {
  it('creates both object stores at the current version', async () => {
    const db = await openDatabase(fresh(), 'open-1', 1000);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['globals', 'slots']);
    db.close();
  });

  it('keeps what an earlier open created', async () => {
    const factory = fresh();
    const first = await openDatabase(factory, 'open-2', 1000);
    await first.put('slots', { slot: 'quick', x: 1 });
    first.close();
    const again = await openDatabase(factory, 'open-2', 1000);
    expect(await again.get('slots', 'quick')).toEqual({ slot: 'quick', x: 1 });
    again.close();
  });

  it('rejects with the error when the factory throws, or with the request error when it fails', async () => {
    await expect(openDatabase(refusingFactory('throw'), 'x', 1000)).rejects.toMatchObject({ name: 'SecurityError' });
    await expect(openDatabase(refusingFactory('error'), 'x', 1000)).rejects.toMatchObject({ name: 'InvalidStateError' });
  });

  it('gives up when nothing answers in time', async () => {
    await expect(openDatabase(refusingFactory('silent'), 'x', 20)).rejects.toThrow('IndexedDB did not answer');
  });

  it('gives a sentence when the failure carries no error, and rejects when another tab blocks the upgrade', async () => {
    const bare = { open: () => { const r = {} as IDBOpenDBRequest; setTimeout(() => r.onerror?.call(r, new Event('error')), 0); return r; } } as unknown as IDBFactory;
    await expect(openDatabase(bare, 'x', 1000)).rejects.toThrow('IndexedDB refused to open');
    const blocked = { open: () => { const r = {} as IDBOpenDBRequest; setTimeout(() => r.onblocked?.call(r, new Event('blocked') as IDBVersionChangeEvent), 0); return r; } } as unknown as IDBFactory;
    await expect(openDatabase(blocked, 'x', 1000)).rejects.toThrow('IndexedDB is blocked by another tab');
  });

  it('closes a connection that arrives after it gave up, so it blocks no one', async () => {
    const close = vi.fn();
    const late = {
      open: () => {
        const r = { result: { close } } as unknown as IDBOpenDBRequest;
        setTimeout(() => r.onsuccess?.call(r, new Event('success')), 40);
        return r;
      },
    } as unknown as IDBFactory;
    await expect(openDatabase(late, 'x', 10)).rejects.toThrow('IndexedDB did not answer');
    await new Promise((r) => setTimeout(r, 60));
    expect(close).toHaveBeenCalledTimes(1);
  });
});

describe('the backend over a connection', () => {
  it('lists every slot record with its key, and moves globals as text', async () => {
    const factory = fresh();
    const backend = idbBackend(await openDatabase(factory, 'b-1', 1000), () => openDatabase(factory, 'b-1', 1000));
    expect(backend.persistent).toBe(true);
    await backend.update('quick', () => ({ put: { slot: 'quick', n: 1 }, result: null }));
    await backend.update('auto-1', () => ({ put: { slot: 'auto-1', n: 2 }, result: null }));
    expect(await backend.entries()).toEqual([
      { key: 'auto-1', value: { slot: 'auto-1', n: 2 } },
      { key: 'quick', value: { slot: 'quick', n: 1 } },
    ]);
    await backend.setGlobal('seen', '[1]');
    expect(await backend.getGlobal('seen')).toBe('[1]');
    await backend.delete('quick');
    expect(await backend.get('quick')).toBeUndefined();
    backend.close();
  });

  it('an update whose decision throws writes nothing and throws that error', async () => {
    const factory = fresh();
    const backend = idbBackend(await openDatabase(factory, 'b-2', 1000), () => openDatabase(factory, 'b-2', 1000));
    await backend.update('quick', () => ({ put: { slot: 'quick', n: 1 }, result: null }));
    const boom = new Error('decided badly');
    await expect(backend.update('quick', () => { throw boom; })).rejects.toBe(boom);
    expect(await backend.get('quick')).toEqual({ slot: 'quick', n: 1 });
    expect(await backend.update('quick', (current) => ({ put: null, result: current }))).toEqual({ slot: 'quick', n: 1 });
    backend.close();
  });

  /** A connection whose event listeners the test can fire (the browser's versionchange and close). */
  async function watched(factory: IDBFactory, name: string) {
    const db = await openDatabase(factory, name, 1000);
    const listeners = new Map<string, () => void>();
    const close = vi.fn(() => db.close());
    const proxy = new Proxy(db, {
      get: (target, key) => {
        if (key === 'addEventListener') return (type: string, fn: () => void) => listeners.set(type, fn);
        if (key === 'close') return close;
        const value = Reflect.get(target, key, target) as unknown;
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    return { db: proxy, close, fire: (type: string) => listeners.get(type)?.() };
  }

  it('lets go when another tab upgrades the database, and reconnects on next use', async () => {
    const factory = fresh();
    const first = await watched(factory, 'b-3');
    const reopen = vi.fn(() => openDatabase(factory, 'b-3', 1000));
    const backend = idbBackend(first.db, reopen);
    await backend.setGlobal('k', '"v"');
    expect(reopen).not.toHaveBeenCalled();
    first.fire('versionchange');
    expect(first.close).toHaveBeenCalledTimes(1);
    expect(await backend.getGlobal('k')).toBe('"v"');
    await backend.getGlobal('k');
    expect(reopen).toHaveBeenCalledTimes(1);
    backend.close();
  });

  it('reconnects after the browser closed the connection, once', async () => {
    const factory = fresh();
    const first = await watched(factory, 'b-4');
    const reopen = vi.fn(() => openDatabase(factory, 'b-4', 1000));
    const backend = idbBackend(first.db, reopen);
    first.fire('close');
    await backend.setGlobal('k', '"v"');
    expect(await backend.getGlobal('k')).toBe('"v"');
    expect(reopen).toHaveBeenCalledTimes(1);
    backend.close();
  });

  it('a stale connection closing later does not drop the current one', async () => {
    const factory = fresh();
    const first = await watched(factory, 'b-6');
    const second = await watched(factory, 'b-6');
    const reopen = vi.fn(async () => second.db);
    const backend = idbBackend(first.db, reopen);
    first.fire('close');
    await backend.getGlobal('k');
    first.fire('close');
    first.fire('versionchange');
    await backend.getGlobal('k');
    expect(reopen).toHaveBeenCalledTimes(1);
    backend.close();
    expect(second.close).toHaveBeenCalled();
  });

  it('refuses every call once closed', async () => {
    const factory = fresh();
    const backend = idbBackend(await openDatabase(factory, 'b-5', 1000), () => openDatabase(factory, 'b-5', 1000));
    backend.close();
    await expect(backend.get('quick')).rejects.toThrow('the save store was closed');
    await expect(backend.entries()).rejects.toThrow('the save store was closed');
  });
});
