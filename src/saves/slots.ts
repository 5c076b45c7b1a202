/**
 * Slot names: the only keys the saves store writes. A fixed, small grammar so a name read back from
 * storage or from a file can be checked by one pattern. Pure; nothing here throws.
 */

export type SlotKind = 'manual' | 'quick' | 'auto';

/** Pages of manual slots shown in the save screen, and slots per page. */
export const MANUAL_PAGES = 9;
export const SLOTS_PER_PAGE = 6;
/** Autosaves rotate through this many slots so one bad moment cannot erase the only autosave. */
export const AUTOSAVE_SLOTS = 3;

export const SLOT_PATTERN = /^(?:manual-[1-9]-[1-6]|quick|auto-[1-3])$/;

/** The kind a slot name implies, or null for a name that is not a slot. */
export function slotKind(slot: unknown): SlotKind | null {
  if (typeof slot !== 'string' || !SLOT_PATTERN.test(slot)) return null;
  if (slot === 'quick') return 'quick';
  return slot.startsWith('auto-') ? 'auto' : 'manual';
}

/** 'manual-<page>-<n>', page 1..9 and n 1..6; null outside that range. */
export function manualSlot(page: number, n: number): string | null {
  const ok = Number.isInteger(page) && Number.isInteger(n) && page >= 1 && page <= MANUAL_PAGES && n >= 1 && n <= SLOTS_PER_PAGE;
  return ok ? `manual-${page}-${n}` : null;
}

/**
 * The autosave slot for a running counter: 0 -> 'auto-1', 1 -> 'auto-2', 2 -> 'auto-3', 3 -> 'auto-1'...
 * Any number (negative, fractional, NaN) still gives one of the three names.
 */
export function autosaveSlot(n: number): string {
  const k = Number.isFinite(n) ? Math.floor(n) : 0;
  return `auto-${(((k % AUTOSAVE_SLOTS) + AUTOSAVE_SLOTS) % AUTOSAVE_SLOTS) + 1}`;
}

/** Every slot name in the order the save screen lists them: quick, autosaves, then manual pages. */
export const ALL_SLOTS: readonly string[] = [
  'quick',
  ...Array.from({ length: AUTOSAVE_SLOTS }, (_, i) => `auto-${i + 1}`),
  ...Array.from({ length: MANUAL_PAGES * SLOTS_PER_PAGE }, (_, i) => `manual-${Math.floor(i / SLOTS_PER_PAGE) + 1}-${(i % SLOTS_PER_PAGE) + 1}`),
];

const ORDER = new Map(ALL_SLOTS.map((s, i) => [s, i]));

/** Sort comparator in ALL_SLOTS order; names that are not slots (damaged keys) go last, by text. */
export function compareSlots(a: string, b: string): number {
  const ia = ORDER.get(a) ?? Infinity;
  const ib = ORDER.get(b) ?? Infinity;
  if (ia !== ib) return ia < ib ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
