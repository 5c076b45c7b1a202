/**
 * The reader's settings: one versioned record in localStorage, checked with zod on the way in so a
 * corrupt, hand-edited or future record can never reach the game. Pure except for the Storage passed in;
 * nothing here throws.
 */
import { lazySchema, z } from './zod';
import type { Settings } from '../settings';

export type { Settings };

export const SETTINGS_KEY = 'awry-mission:settings';

// z.object builds a fresh object from the listed keys only, so extra keys (`__proto__`, `constructor`)
// are dropped rather than copied, and z.number() already refuses NaN and Infinity.
// Typed against Settings so the schema and the interface cannot drift apart.
const settingsSchema = lazySchema<Settings>(() => {
  const volume = z.number().min(0).max(1);
  return z.object({
    version: z.literal(1),
    textSpeed: z.union([z.literal(0), z.number().min(10).max(150)]),
    autoBaseMs: z.number().min(300).max(6000),
    autoPerCharMs: z.number().min(0).max(120),
    skipUnseen: z.boolean(),
    skipStopAtScene: z.boolean(),
    masterVolume: volume,
    ambienceVolume: volume,
    soundVolume: volume,
    muted: z.boolean(),
    textScale: z.number().min(0.85).max(1.5),
    reducedMotion: z.boolean(),
    captions: z.boolean(),
  });
});

const NOTICE_RESET = 'Your settings could not be read and were reset to the defaults.';
const NOTICE_NO_STORAGE = 'This browser is not letting the game store settings, so the defaults are used and changes last only until you close the page.';

/** The settings a first-time reader gets; motion follows the system's prefers-reduced-motion. */
export function defaultSettings(systemReducedMotion: boolean): Settings {
  return {
    version: 1,
    textSpeed: 45,
    autoBaseMs: 1200,
    autoPerCharMs: 35,
    skipUnseen: false,
    skipStopAtScene: true,
    masterVolume: 0.8,
    ambienceVolume: 0.7,
    soundVolume: 0.9,
    muted: false,
    textScale: 1,
    reducedMotion: systemReducedMotion,
    captions: true,
  };
}

/** Parses unknown data (e.g. JSON.parse output); null when invalid or out of range. Extra keys are stripped. Never throws. */
export function parseSettings(data: unknown): Settings | null {
  const result = settingsSchema().safeParse(data);
  return result.success ? result.data : null;
}

/**
 * Reads the settings. No record: defaults, no notice. A record that is corrupt, invalid or of another
 * version: defaults plus a notice, and the record is overwritten so the notice shows once. No storage, or
 * a storage that throws (private mode, SecurityError): defaults plus a notice. Never throws.
 */
export function loadSettings(
  storage: Pick<Storage, 'getItem' | 'setItem'> | null,
  systemReducedMotion: boolean,
): { settings: Settings; notice: string | null } {
  const defaults = defaultSettings(systemReducedMotion);
  if (!storage) return { settings: defaults, notice: NOTICE_NO_STORAGE };
  let raw: string | null;
  try {
    raw = storage.getItem(SETTINGS_KEY);
  } catch {
    return { settings: defaults, notice: NOTICE_NO_STORAGE };
  }
  if (raw === null) return { settings: defaults, notice: null };
  const settings = parseSettings(parseJson(raw));
  if (settings) return { settings, notice: null };
  saveSettings(storage, defaults);
  return { settings: defaults, notice: NOTICE_RESET };
}

/** Writes the settings; false (never a throw) when the storage is missing or refuses (quota, SecurityError). */
export function saveSettings(storage: Pick<Storage, 'setItem'> | null, settings: Settings): boolean {
  if (!storage) return false;
  try {
    storage.setItem(SETTINGS_KEY, JSON.stringify(settings));
    return true;
  } catch {
    return false;
  }
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}
