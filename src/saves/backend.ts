/**
 * Where slot records and global records physically live. The store (store.ts) holds all the rules
 * (validation, revisions, reasons); a backend only moves records and may throw on any storage error.
 * Two backends: IndexedDB (idb.ts) and memory (below), for browsers that refuse storage.
 */

/** What a decision inside an update returns: the record to put (null: write nothing) and the caller's result. */
export interface Decision<T> {
  put: object | null;
  result: T;
}

export interface Backend {
  readonly persistent: boolean;
  /** Every slot record exactly as stored, with its key. */
  entries(): Promise<Array<{ key: string; value: unknown }>>;
  /** The slot's record as stored; undefined when the slot is empty. */
  get(slot: string): Promise<unknown>;
  /**
   * Atomic read-decide-write of one slot: `decide` runs synchronously on the current record inside the
   * same transaction, so no other tab can write between the read and the put. Throws on storage errors,
   * and then nothing was written.
   */
  update<T>(slot: string, decide: (current: unknown) => Decision<T>): Promise<T>;
  delete(slot: string): Promise<void>;
  /** Global records are JSON text, so what comes back is always a fresh, plain value. */
  getGlobal(key: string): Promise<string | undefined>;
  setGlobal(key: string, json: string): Promise<void>;
  close(): void;
}

/** Saves that last until the page closes. Records are cloned in and out, as IndexedDB would. */
export function memoryBackend(): Backend {
  const slots = new Map<string, unknown>();
  const globals = new Map<string, string>();
  return {
    persistent: false,
    async entries() {
      return [...slots].map(([key, value]) => ({ key, value: structuredClone(value) }));
    },
    async get(slot) {
      return structuredClone(slots.get(slot));
    },
    async update(slot, decide) {
      const { put, result } = decide(structuredClone(slots.get(slot)));
      if (put) slots.set(slot, structuredClone(put));
      return result;
    },
    async delete(slot) {
      slots.delete(slot);
    },
    async getGlobal(key) {
      return globals.get(key);
    },
    async setGlobal(key, json) {
      globals.set(key, json);
    },
    close() {},
  };
}
