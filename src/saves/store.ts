/**
 * The saves store: slots and small global records, in IndexedDB when the browser allows it and in
 * memory otherwise. Every record is checked with parseSave on the way in and on the way out; a record
 * that fails is reported as damaged and left exactly as it is. Nothing here throws: failures come back
 * as `ok: false` with a reason that starts "Not saved:".
 */
import { memoryBackend, type Backend } from './backend';
import { slotChannel, type SlotChannel } from './channel';
import { idbBackend, openDatabase } from './idb';
import { parseSave, SAVE_FORMAT, SAVE_VERSION, type SaveRecord } from './schema';
import { compareSlots, slotKind } from './slots';

export { autosaveSlot } from './slots';

/** error: a record is present but invalid; it is kept untouched and shown as damaged. */
export interface SlotInfo {
  slot: string;
  save: SaveRecord | null;
  error: string | null;
}

export type WriteResult = { ok: true; save: SaveRecord } | { ok: false; reason: string; conflict?: SaveRecord };
export type SaveInput = Omit<SaveRecord, 'revision' | 'savedAt' | 'format' | 'version'>;

/**
 * expectedRevision: a number -> the slot must hold that revision; null -> the slot must hold no readable
 * save; left out -> no check (quick and auto saves). force: write whatever the slot holds.
 */
export interface WriteOptions {
  expectedRevision?: number | null;
  force?: boolean;
}

export interface SaveStore {
  /** False when IndexedDB is unavailable and saves live in memory. */
  readonly persistent: boolean;
  /** Every slot present, validated, in save-screen order; invalid ones reported with error, never deleted. */
  list(): Promise<SlotInfo[]>;
  /** null for an empty slot or a name that is not a slot. */
  read(slot: string): Promise<SlotInfo | null>;
  /** Atomic check of expectedRevision and put, in one transaction. Sets revision = old + 1 and savedAt. */
  write(save: SaveInput, options?: WriteOptions): Promise<WriteResult>;
  remove(slot: string): Promise<boolean>;
  /** A JSON value stored under key; undefined when absent or unreadable. */
  getGlobal(key: string): Promise<unknown>;
  setGlobal(key: string, value: unknown): Promise<boolean>;
  /** Newest valid save of any kind (for Continue). */
  newest(): Promise<SaveRecord | null>;
  /** Called when another tab wrote or removed a slot; returns unsubscribe. */
  onExternalChange(listener: (slot: string) => void): () => void;
  /** Lets go of the database connection and the channel; later calls fail softly. */
  close(): void;
}

export const NOTICE_MEMORY_ONLY = 'Saves will last only until this page closes: this browser is not letting the game store them.';
export const DEFAULT_DB_NAME = 'awry-mission';
const MAX_GLOBAL_CHARS = 2_000_000;

export interface OpenOptions {
  indexedDB?: IDBFactory;
  name?: string;
  now?: () => Date;
  /** How long to wait for IndexedDB to open before falling back to memory. */
  openTimeoutMs?: number;
}

/** Opens the IndexedDB store, or a memory store plus a notice when the browser will not store saves. Never rejects. */
export async function openSaveStore(options: OpenOptions = {}): Promise<{ store: SaveStore; notice: string | null }> {
  const name = options.name ?? DEFAULT_DB_NAME;
  const now = options.now ?? (() => new Date());
  const factory = options.indexedDB ?? globalFactory();
  if (!factory) return { store: createMemoryStore(now), notice: NOTICE_MEMORY_ONLY };
  const timeout = options.openTimeoutMs ?? 5000;
  try {
    const db = await openDatabase(factory, name, timeout);
    requestPersistence();
    const backend = idbBackend(db, () => openDatabase(factory, name, timeout));
    return { store: createStore(backend, now, slotChannel(name)), notice: null };
  } catch {
    return { store: createMemoryStore(now), notice: NOTICE_MEMORY_ONLY };
  }
}

/** Saves in memory only (persistent = false): same rules, same results as the IndexedDB store. */
export function createMemoryStore(now: () => Date = () => new Date()): SaveStore {
  return createStore(memoryBackend(), now, null);
}

function globalFactory(): IDBFactory | undefined {
  try {
    // Reading `indexedDB` itself throws SecurityError in some sandboxed frames.
    return typeof indexedDB === 'undefined' ? undefined : indexedDB;
  } catch {
    return undefined;
  }
}

function requestPersistence(): void {
  try {
    // Asks the browser not to evict saves under storage pressure; a refusal changes nothing.
    const storage = (globalThis as { navigator?: { storage?: { persist?: () => Promise<boolean> } } }).navigator?.storage;
    storage?.persist?.().catch(() => undefined);
  } catch {
    // Not offered here.
  }
}

function createStore(backend: Backend, now: () => Date, channel: SlotChannel | null): SaveStore {
  const info = (slot: string, value: unknown): SlotInfo => {
    const parsed = parseSave(value);
    if (!parsed.ok) return { slot, save: null, error: parsed.reason };
    if (parsed.save.slot !== slot) return { slot, save: null, error: 'This save is damaged: it is stored under another slot.' };
    return { slot, save: parsed.save, error: null };
  };

  const list = async (): Promise<SlotInfo[]> => {
    try {
      const entries = await backend.entries();
      return entries.map((e) => info(e.key, e.value)).sort((a, b) => compareSlots(a.slot, b.slot));
    } catch {
      return [];
    }
  };

  return {
    persistent: backend.persistent,
    list,
    async read(slot) {
      if (!slotKind(slot)) return null;
      try {
        const value = await backend.get(slot);
        return value === undefined ? null : info(slot, value);
      } catch {
        return { slot, save: null, error: 'This save could not be read from the browser’s storage.' };
      }
    },
    async write(input, options = {}) {
      const candidate = candidateRecord(input, now);
      if (!candidate.ok) return { ok: false, reason: `Not saved: ${lowerFirst(candidate.reason)}` };
      const slot = candidate.save.slot;
      try {
        const result = await backend.update<WriteResult>(slot, (current) => {
          const held = current === undefined ? null : parseSave(current);
          const heldSave = held?.ok ? held.save : null;
          if (!options.force && options.expectedRevision !== undefined && (heldSave?.revision ?? null) !== options.expectedRevision) {
            const reason = 'Not saved: this slot was changed in another tab or window. Look at it again before saving over it.';
            return { put: null, result: heldSave ? { ok: false, reason, conflict: heldSave } : { ok: false, reason } };
          }
          const record = { ...candidate.save, revision: storedRevision(current) + 1 };
          const checked = parseSave(record);
          if (!checked.ok) return { put: null, result: { ok: false, reason: `Not saved: ${lowerFirst(checked.reason)}` } };
          return { put: checked.save, result: { ok: true, save: checked.save } };
        });
        if (result.ok) channel?.post(slot);
        return result;
      } catch (error) {
        return { ok: false, reason: storageReason(error) };
      }
    },
    async remove(slot) {
      if (!slotKind(slot)) return false;
      try {
        await backend.delete(slot);
        channel?.post(slot);
        return true;
      } catch {
        return false;
      }
    },
    async getGlobal(key) {
      if (!validKey(key)) return undefined;
      try {
        const json = await backend.getGlobal(key);
        return typeof json === 'string' ? (JSON.parse(json) as unknown) : undefined;
      } catch {
        return undefined;
      }
    },
    async setGlobal(key, value) {
      if (!validKey(key)) return false;
      try {
        // JSON text in, JSON text out: only plain data is stored, and reads get a fresh copy.
        const json = JSON.stringify(value);
        if (typeof json !== 'string' || json.length > MAX_GLOBAL_CHARS) return false;
        await backend.setGlobal(key, json);
        return true;
      } catch {
        return false;
      }
    },
    async newest() {
      let best: SaveRecord | null = null;
      for (const { save } of await list()) {
        if (save && (!best || Date.parse(save.savedAt) > Date.parse(best.savedAt))) best = save;
      }
      return best;
    },
    onExternalChange(listener) {
      return channel ? channel.subscribe(listener) : () => undefined;
    },
    close() {
      channel?.close();
      backend.close();
    },
  };
}

/** The record to write, minus its revision, checked up front so a bad save never opens a transaction. */
function candidateRecord(input: SaveInput, now: () => Date): ReturnType<typeof parseSave> {
  try {
    // Copy the known fields only: callers may pass a whole SaveRecord (an import) or more.
    const { slot, kind, beatId, sceneId, sceneTitle, preview, thumbnail } = input;
    const savedAt = now().toISOString();
    return parseSave({ format: SAVE_FORMAT, version: SAVE_VERSION, slot, kind, savedAt, revision: 1, beatId, sceneId, sceneTitle, preview, thumbnail });
  } catch {
    return { ok: false, reason: 'This save could not be made.' };
  }
}

/** The revision of whatever the slot holds, even a damaged record, so revisions never go backwards. */
function storedRevision(current: unknown): number {
  const revision = typeof current === 'object' && current !== null ? (current as { revision?: unknown }).revision : undefined;
  return typeof revision === 'number' && Number.isSafeInteger(revision) && revision > 0 ? revision : 0;
}

function storageReason(error: unknown): string {
  const name = typeof error === 'object' && error !== null ? String((error as { name?: unknown }).name) : '';
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') {
    return 'Not saved: the browser has no room left for saves. Delete an old save or free some space, then try again.';
  }
  return 'Not saved: the browser’s storage failed. Your earlier save in this slot is unchanged; try again.';
}

function validKey(key: unknown): key is string {
  return typeof key === 'string' && key.length > 0 && key.length <= 100;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
