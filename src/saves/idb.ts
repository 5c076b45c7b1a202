/**
 * The IndexedDB backend, through idb's promise wrappers. Object store `slots` (keyPath 'slot') holds one
 * record per slot; `globals` holds small JSON texts by key (seen beats, unlocked scenes). Every error
 * is thrown to the store, which turns it into a reason.
 */
import { wrap, type DBSchema, type IDBPDatabase } from 'idb';
import type { Backend, Decision } from './backend';

interface SavesDB extends DBSchema {
  slots: { key: string; value: object };
  globals: { key: string; value: string };
}

type Db = IDBPDatabase<SavesDB>;

export const DB_VERSION = 1;

/**
 * Opens (creating on first use) the database. idb's openDB always uses the global `indexedDB`, so the
 * open request is made on the factory passed in and wrapped with idb's `wrap` instead.
 * Rejects when the factory throws, the request fails, another tab blocks the upgrade, or nothing
 * answers within `timeoutMs` (some browsers leave the request pending forever in private windows).
 */
export function openDatabase(factory: IDBFactory, name: string, timeoutMs: number): Promise<Db> {
  return new Promise<Db>((resolve, reject) => {
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(error instanceof Error || error instanceof DOMException ? error : new Error('IndexedDB refused to open'));
    };
    const timer = setTimeout(() => fail(new Error('IndexedDB did not answer')), timeoutMs);
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name, DB_VERSION);
    } catch (error) {
      fail(error);
      return;
    }
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains('slots')) db.createObjectStore('slots', { keyPath: 'slot' });
      if (!db.objectStoreNames.contains('globals')) db.createObjectStore('globals');
    };
    request.onblocked = () => fail(new Error('IndexedDB is blocked by another tab'));
    request.onerror = () => fail(request.error);
    request.onsuccess = () => {
      // Opened after we gave up: close it so it blocks no one, since the game now uses memory.
      if (settled) return request.result.close();
      settled = true;
      clearTimeout(timer);
      try {
        resolve(wrap(request.result) as unknown as Db);
      } catch (error) {
        request.result.close();
        reject(error);
      }
    };
  });
}

/** A backend over an open database. Reconnects lazily when the browser closed the connection. */
export function idbBackend(first: Db, reopen: () => Promise<Db>): Backend {
  let current: Db | null = null;
  let closed = false;
  const adopt = (db: Db): Db => {
    // Another tab upgrading the database, or the browser clearing storage: let go, reopen on next use.
    db.addEventListener('versionchange', () => {
      db.close();
      if (current === db) current = null;
    });
    db.addEventListener('close', () => {
      if (current === db) current = null;
    });
    current = db;
    return db;
  };
  adopt(first);
  const connection = async (): Promise<Db> => {
    if (closed) throw new Error('the save store was closed');
    return current ?? adopt(await reopen());
  };

  return {
    persistent: true,
    async entries() {
      const tx = (await connection()).transaction('slots', 'readonly');
      const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll(), tx.done]);
      return keys.map((key, i) => ({ key: String(key), value: values[i] as unknown }));
    },
    async get(slot) {
      return (await connection()).get('slots', slot);
    },
    async update<T>(slot: string, decide: (current: unknown) => Decision<T>): Promise<T> {
      const tx = (await connection()).transaction('slots', 'readwrite');
      // Settle tx.done now, so an abort is never an unhandled rejection, and read it at the end.
      const done = tx.done.then(
        () => ({ error: null }),
        (error: unknown) => ({ error: error ?? new Error('aborted') }),
      );
      try {
        const { put, result } = decide(await tx.store.get(slot));
        if (put) await tx.store.put(put);
        const { error } = await done;
        if (error) throw error;
        return result;
      } catch (error) {
        try {
          tx.abort();
        } catch {
          // Already finished or aborted: nothing was committed after the failure either way.
        }
        await done;
        throw error;
      }
    },
    async delete(slot) {
      await (await connection()).delete('slots', slot);
    },
    async getGlobal(key) {
      return (await connection()).get('globals', key);
    },
    async setGlobal(key, json) {
      await (await connection()).put('globals', json, key);
    },
    close() {
      closed = true;
      current?.close();
      current = null;
    },
  };
}
