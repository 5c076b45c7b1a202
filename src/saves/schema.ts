/**
 * The save record: one per slot, versioned, checked with zod on every read (from IndexedDB, from a
 * file, and before every write, so the store never holds something it could not read back).
 * Pure; parseSave never throws, and its reasons are sentences a reader understands.
 */
import { lazySchema, z } from './zod';
import { SLOT_PATTERN, slotKind, type SlotKind } from './slots';

export type { SlotKind } from './slots';

export const SAVE_FORMAT = 'awry-mission-save';
export const SAVE_VERSION = 1;

export interface SaveRecord {
  format: typeof SAVE_FORMAT;
  version: 1;
  /** 'manual-<page>-<n>' (page 1..9, n 1..6), 'quick', 'auto-<n>' (n 1..3). */
  slot: string;
  kind: SlotKind;
  /** ISO 8601. */
  savedAt: string;
  /** Increases by 1 per write of this slot, so a tab holding a stale copy can tell. */
  revision: number;
  /** The beat's stable id (`<scene>-<hash>`), never a position: positions move when lines are added. */
  beatId: string;
  sceneId: string;
  /** For the slot list; at most 120 characters. */
  sceneTitle: string;
  /** The line's first words; at most 160 characters. */
  preview: string;
  /** 'data:image/webp;base64,...' or 'data:image/jpeg;base64,...', at most 250,000 characters. */
  thumbnail: string | null;
}

export type ParseResult = { ok: true; save: SaveRecord } | { ok: false; reason: string };

export const LIMITS = { id: 200, sceneTitle: 120, preview: 160, thumbnail: 250_000, savedAt: 40 } as const;

// The compiler's word pattern (ids are scene names and `<scene>-<hash>[-n]`), so no id can carry markup.
const ID = /^[A-Za-z0-9_][A-Za-z0-9_-]*$/;
// Shown as plain text in the slot list: no control characters (no newlines, no NUL, no escapes).
const PLAIN = /^[^\u0000-\u001f\u007f]*$/;
const THUMBNAIL = /^data:image\/(?:webp|jpeg);base64,[A-Za-z0-9+/]*={0,2}$/;

// z.strictObject builds a fresh object from the listed keys and refuses any other key, so
// `__proto__`, `constructor` and deep junk beside the fields never get past it (nor get descended into).
const saveSchema = lazySchema<SaveRecord>(() => {
  const id = z.string().min(1).max(LIMITS.id).regex(ID);
  const plain = (max: number) => z.string().max(max).regex(PLAIN);
  return z.strictObject({
    format: z.literal(SAVE_FORMAT),
    version: z.literal(1),
    slot: z.string().max(20).regex(SLOT_PATTERN),
    kind: z.enum(['manual', 'quick', 'auto']),
    savedAt: z.iso.datetime({ offset: true }).max(LIMITS.savedAt).refine((s) => Number.isFinite(Date.parse(s))),
    revision: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
    beatId: id,
    sceneId: id,
    sceneTitle: plain(LIMITS.sceneTitle),
    preview: plain(LIMITS.preview),
    thumbnail: z.string().max(LIMITS.thumbnail).regex(THUMBNAIL).nullable(),
  });
});

const FIELD_NAMES: Record<string, string> = {
  slot: 'slot name',
  kind: 'kind of slot',
  savedAt: 'date',
  revision: 'revision number',
  beatId: 'line',
  sceneId: 'scene',
  sceneTitle: 'scene title',
  preview: 'line preview',
  thumbnail: 'picture',
};

const NOT_A_SAVE = 'This is not an Awry Mission save.';
const NEWER = 'This save was made by a newer version of the game; update the game to load it.';
const DAMAGED = 'This save is damaged and cannot be loaded.';

/** Checks unknown data (JSON.parse output, an IndexedDB record). Extra keys are refused. Never throws. */
export function parseSave(data: unknown): ParseResult {
  try {
    return check(data);
  } catch {
    // A hostile object (throwing getter, revoked Proxy) is just another unreadable save.
    return { ok: false, reason: DAMAGED };
  }
}

function check(data: unknown): ParseResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return refuse(NOT_A_SAVE);
  // Own properties only: an inherited `format` (a polluted prototype) must not make a save.
  const own = (key: string): unknown => (Object.hasOwn(data, key) ? (data as Record<string, unknown>)[key] : undefined);
  if (own('format') !== SAVE_FORMAT) return refuse(NOT_A_SAVE);
  const version = own('version');
  if (typeof version === 'number' && Number.isInteger(version) && version > SAVE_VERSION) return refuse(NEWER);
  if (version !== SAVE_VERSION) {
    const shown = typeof version === 'number' && Number.isSafeInteger(version) ? ` (version ${version})` : '';
    return refuse(`This save is from an old or unknown version of the game${shown} and cannot be loaded.`);
  }
  const parsed = saveSchema().safeParse(data);
  if (!parsed.success) return refuse(describe(parsed.error.issues[0], own));
  if (slotKind(parsed.data.slot) !== parsed.data.kind) return refuse('This save is damaged: its kind of slot does not match its slot name.');
  return { ok: true, save: parsed.data };
}

function describe(issue: z.core.$ZodIssue | undefined, own: (key: string) => unknown): string {
  if (!issue) return DAMAGED;
  if (issue.code === 'unrecognized_keys') return 'This save holds data this version of the game does not know, so it was not loaded.';
  const field = typeof issue.path[0] === 'string' ? issue.path[0] : '';
  const name = FIELD_NAMES[field];
  if (!name) return DAMAGED;
  if (own(field) === undefined) return `This save is damaged: its ${name} is missing.`;
  if (issue.code === 'too_big') return `This save is damaged: its ${name} is too long.`;
  return `This save is damaged: its ${name} is not valid.`;
}

function refuse(reason: string): ParseResult {
  return { ok: false, reason };
}
