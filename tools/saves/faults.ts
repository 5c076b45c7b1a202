/**
 * Storage faults for the saves store, injected into the global IndexedDB's prototypes: fake-indexeddb
 * in Node (installed as the global, `import 'fake-indexeddb/auto'`, because idb checks requests against
 * the globals) or a browser's own. Each injector returns its undo. The trials play every fault against
 * a store and report whether it behaved: "Not saved" refusal, old record intact, next write fine once
 * the fault is gone. Shared by tests/saves/faults.test.ts and tools/saves/trials.ts.
 */
import { openSaveStore, NOTICE_MEMORY_ONLY, type SaveInput, type SaveStore } from '../../src/saves/store';

type Undo = () => void;

/** Every put on any object store throws `name` (QuotaExceededError: the disk is full). */
export function failPuts(name = 'QuotaExceededError'): Undo {
  const proto = IDBObjectStore.prototype;
  const original = proto.put;
  proto.put = function put() {
    throw new DOMException('The quota has been exceeded.', name);
  };
  return () => void (proto.put = original);
}

/** The put is accepted, then the transaction aborts (how browsers report quota at commit time). */
export function abortAfterPut(): Undo {
  const proto = IDBObjectStore.prototype;
  const original = proto.put;
  proto.put = function put(this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    const request = original.apply(this, args);
    this.transaction.abort();
    return request;
  };
  return () => void (proto.put = original);
}

/** The put succeeds, then the transaction aborts before it commits: only tx.done tells. */
export function abortAtCommit(): Undo {
  const proto = IDBObjectStore.prototype;
  const original = proto.put;
  proto.put = function put(this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    const request = original.apply(this, args);
    const tx = this.transaction;
    // Registered before idb's own listener, so the abort lands while the put looks successful.
    request.addEventListener('success', () => tx.abort());
    return request;
  };
  return () => void (proto.put = original);
}

/** The next `count` transactions cannot even start (a connection the browser is closing). */
export function failTransactions(count = 1): Undo {
  const proto = IDBDatabase.prototype;
  const original = proto.transaction;
  let left = count;
  proto.transaction = function transaction(this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
    if (left > 0) {
      left -= 1;
      throw new DOMException('The database connection is closing.', 'InvalidStateError');
    }
    return original.apply(this, args);
  } as IDBDatabase['transaction'];
  return () => void (proto.transaction = original);
}

/** A factory whose open() throws, fails, or never answers (private windows of some browsers). */
export function refusingFactory(mode: 'throw' | 'error' | 'silent'): IDBFactory {
  return {
    open() {
      if (mode === 'throw') throw new DOMException('The operation is insecure.', 'SecurityError');
      const request = { onerror: null, onsuccess: null, onblocked: null, onupgradeneeded: null, error: null } as unknown as IDBOpenDBRequest;
      if (mode === 'error') {
        setTimeout(() => {
          Object.defineProperty(request, 'error', { value: new DOMException('A mutation operation was attempted.', 'InvalidStateError') });
          request.onerror?.call(request, new Event('error'));
        }, 0);
      }
      return request;
    },
    deleteDatabase: () => { throw new Error('unused'); },
    databases: async () => [],
    cmp: () => 0,
  } as unknown as IDBFactory;
}

export interface TrialOutcome {
  name: string;
  passed: boolean;
  detail: string;
}

/** The storage faults, each run against a slot that already holds a save. */
export const WRITE_FAULTS: Array<[string, () => Undo]> = [
  ['put throws QuotaExceededError', () => failPuts('QuotaExceededError')],
  ['put throws UnknownError', () => failPuts('UnknownError')],
  ['transaction aborts after put', abortAfterPut],
  ['transaction aborts at commit, after a successful put', abortAtCommit],
  ['first transaction fails to start', () => failTransactions(1)],
];

/**
 * One write fault: write `first`, inject, write `second` (must be refused with "Not saved", and the
 * slot must still hold `first`), undo, write `second` again (must succeed).
 */
export async function writeFaultTrial(store: SaveStore, name: string, inject: () => Undo, first: SaveInput, second: SaveInput): Promise<TrialOutcome> {
  const fail = (detail: string) => ({ name, passed: false, detail });
  const before = await store.write(first);
  if (!before.ok) return fail(`setup write failed: ${before.reason}`);
  const undo = inject();
  let faulty;
  try {
    faulty = await store.write(second);
  } finally {
    undo();
  }
  if (faulty.ok || !faulty.reason.startsWith('Not saved')) return fail(`write under fault gave ${JSON.stringify(faulty).slice(0, 120)}`);
  const kept = await store.read(first.slot);
  if (JSON.stringify(kept?.save) !== JSON.stringify(before.save)) return fail('the earlier save changed');
  const after = await store.write(second);
  if (!after.ok || after.save.revision !== before.save.revision + 1) return fail('write after the fault did not work');
  return { name, passed: true, detail: faulty.reason };
}

/** Opening with a refusing factory must give a working memory store and the notice. */
export async function openFaultTrial(mode: 'throw' | 'error' | 'silent', probe: SaveInput): Promise<TrialOutcome> {
  const name = `open ${mode === 'silent' ? 'never answers' : mode === 'throw' ? 'throws' : 'fails'}`;
  const { store, notice } = await openSaveStore({ indexedDB: refusingFactory(mode), name: 'fault', openTimeoutMs: 50 });
  const written = await store.write(probe);
  const read = await store.read(probe.slot);
  const passed = !store.persistent && notice === NOTICE_MEMORY_ONLY && written.ok && read?.save?.beatId === probe.beatId;
  return { name, passed, detail: passed ? 'memory store, notice shown' : `persistent=${store.persistent} notice=${notice}` };
}
