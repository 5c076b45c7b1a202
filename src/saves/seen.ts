/**
 * Beats seen in any playthrough: read-only skip, roll-forward and scene progress rely on it. One
 * small versioned record in localStorage, checked with zod; a corrupt one counts as nothing seen.
 * Never throws.
 */
import { lazySchema, z } from './zod';

export const SEEN_KEY = 'awry-mission:seen';

const seenSchema = lazySchema(() =>
  z.object({
    version: z.literal(1),
    ids: z.array(z.string().max(200)).max(100_000),
  }),
);

type SeenStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** The seen beat ids, and a notice when a record existed but could not be read. */
export function loadSeen(storage: SeenStorage | null): { ids: string[]; notice: string | null } {
  let raw: string | null;
  try {
    raw = storage?.getItem(SEEN_KEY) ?? null;
  } catch {
    return { ids: [], notice: null };
  }
  if (raw === null) return { ids: [], notice: null };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    data = null;
  }
  const parsed = seenSchema().safeParse(data);
  if (parsed.success) return { ids: parsed.data.ids, notice: null };
  return { ids: [], notice: 'The record of lines you have read could not be read; skip will stop at every line until you read them again.' };
}

/** Writes the seen ids; false (never a throw) when the storage refuses. */
export function saveSeen(storage: Pick<Storage, 'setItem'> | null, ids: Iterable<string>): boolean {
  if (!storage) return false;
  try {
    storage.setItem(SEEN_KEY, JSON.stringify({ version: 1, ids: [...ids] }));
    return true;
  } catch {
    return false;
  }
}
