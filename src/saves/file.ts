/**
 * Export and import of one save as a file. Pure (bytes in, bytes out): the UI turns the text into a Blob
 * download and a picked File into bytes. Nothing here throws; refusals carry a reason a reader understands.
 */
import { parseSave, type ParseResult, type SaveRecord } from './schema';
import { slotKind } from './slots';
import type { SaveStore, WriteResult } from './store';

/** A save file is a few hundred bytes plus a thumbnail of at most 250,000 characters; anything far bigger is not one. */
export const MAX_FILE_BYTES = 400 * 1024;

const KEYS = ['format', 'version', 'slot', 'kind', 'savedAt', 'revision', 'beatId', 'sceneId', 'sceneTitle', 'preview', 'thumbnail'] as const;

/** The file's text: pretty JSON, fields in a fixed order (so two exports of one save are byte-identical). */
export function serializeSave(save: SaveRecord): string {
  const ordered: Record<string, unknown> = {};
  for (const key of KEYS) ordered[key] = save[key];
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/** The file's bytes, UTF-8: what the UI wraps in a Blob for download. */
export function encodeSave(save: SaveRecord): Uint8Array {
  return new TextEncoder().encode(serializeSave(save));
}

/**
 * Reads a picked file's bytes: size first (before decoding anything), strict UTF-8, JSON, then the
 * schema. Never throws.
 */
export function parseSaveFile(bytes: Uint8Array): ParseResult {
  if (!(bytes instanceof Uint8Array)) return refuse('This file could not be read.');
  if (bytes.byteLength > MAX_FILE_BYTES) return refuse('This file is too large to be a save (over 400 KB).');
  if (bytes.byteLength === 0) return refuse('This file is empty; it is not a save.');
  let text: string;
  try {
    // fatal: a byte sequence that is not UTF-8 refuses the file instead of turning into U+FFFD.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refuse('This file is not a save: it is not text.');
  }
  let data: unknown;
  try {
    data = JSON.parse(text) as unknown;
  } catch {
    return refuse('This file is not a save, or it was cut short or damaged.');
  }
  return parseSave(data);
}

/**
 * Imports a file into a slot the reader picked (its own slot name, when none is given): the file is
 * checked first, so a refused file never reaches storage. `kind` follows the target slot.
 */
export async function importSaveFile(
  store: SaveStore,
  bytes: Uint8Array,
  targetSlot?: string,
  options?: { expectedRevision?: number | null; force?: boolean },
): Promise<WriteResult> {
  const parsed = parseSaveFile(bytes);
  if (!parsed.ok) return { ok: false, reason: `Not imported: ${lowerFirst(parsed.reason)}` };
  const slot = targetSlot ?? parsed.save.slot;
  const kind = slotKind(slot);
  if (!kind) return { ok: false, reason: 'Not imported: that is not a save slot.' };
  const { beatId, sceneId, sceneTitle, preview, thumbnail } = parsed.save;
  return store.write({ slot, kind, beatId, sceneId, sceneTitle, preview, thumbnail }, options);
}

function refuse(reason: string): ParseResult {
  return { ok: false, reason };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
