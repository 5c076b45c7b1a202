/**
 * The reader's records (settings, lines seen, saves), loaded just after the title is up: their schemas
 * and storage code stay out of the first screen's JavaScript. Anything that needs them awaits these.
 */
import { nextTask } from './lazy';
import type { Settings } from './saves/settings';

/** The page's localStorage, or null where it is blocked: play goes on, nothing persists. */
export function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export interface RecordsParts {
  storage: Storage | null;
  systemReducedMotion: boolean;
  /** Called with the stored settings before anything awaiting them runs. */
  settingsRead: (settings: Settings) => void;
  /** Says why a record could not be read (it was reset, or kept in memory only). */
  notify: (why: string) => void;
}

export function loadRecords({ storage, systemReducedMotion, settingsRead, notify }: RecordsParts) {
  /** The settings alone, first: the stage starts with them while the saves open. */
  const settingsLoaded = nextTask().then(() => import('./saves/settings')).then((prefs) => {
    const loaded = prefs.loadSettings(storage, systemReducedMotion);
    settingsRead(loaded.settings);
    return { prefs, loaded };
  });
  const records = (async () => {
    await nextTask();
    const [{ prefs, loaded }, seenRecord, saves] = await Promise.all([settingsLoaded, import('./saves/seen'), import('./saves/store')]);
    const seen = seenRecord.loadSeen(storage);
    const opened = await saves.openSaveStore();
    for (const why of [loaded.notice, seen.notice, opened.notice]) if (why) notify(why);
    performance.mark('awry:records-ready'); // the tests read it when a press on Load seems lost
    return { prefs, seenIds: seen.ids, saveSeen: seenRecord.saveSeen, store: opened.store };
  })();
  return { settingsLoaded, records, storeReady: records.then((r) => r.store) };
}
