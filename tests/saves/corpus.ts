/**
 * Shared fixtures of the saves tests: a small compiled story, a valid save on it, fresh IndexedDB
 * factories, and the hostile corpus (generated in tools/saves/corpus.ts, which the reliability tool
 * shares).
 */
import 'fake-indexeddb/auto';
import type { Story } from '../../src/compiler/story';
import type { SaveRecord } from '../../src/saves/schema';
import { openSaveStore, type SaveStore } from '../../src/saves/store';
import { compile } from '../fixtures/compile';

export { hostileCorpus, prng, type HostileCase, type Landing } from '../../tools/saves/corpus';

export const SMALL_SCRIPT = `scene forest "Wounded in the Forest"
  bg forest-dusk
  One eye drags itself open.
  Trees everywhere, black against the sky.
  iruka: "Kakashi-san!"
scene corridor "The Hospital Corridor"
  bg hospital-corridor
  Iruka runs through the quiet corridors.
  sakura: "Iruka-sensei, this way."
  The door slides open.
scene ward "The Ward"
  bg ward-day
  Kakashi sleeps.
  sakura: "He will be all right."
`;

/** Compiles a fixture body; fails the test (throws) when the fixture itself does not compile. */
export function compileStory(body: string): Story {
  const { story, diagnostics } = compile(body);
  if (!story) throw new Error(`fixture does not compile: ${diagnostics.map((d) => d.message).join('; ')}`);
  return story;
}

export const smallStory = compileStory(SMALL_SCRIPT);

/** A valid save on `story`'s beat number `index`, in `slot` (kind from the slot name). */
export function saveOn(story: Story, index: number, slot = 'manual-1-1', revision = 1): SaveRecord {
  const beat = story.beats[index];
  if (!beat) throw new Error(`no beat ${index}`);
  const scene = story.scenes.find((s) => s.id === beat.scene);
  return {
    format: 'awry-mission-save',
    version: 1,
    slot,
    kind: slot === 'quick' ? 'quick' : slot.startsWith('auto-') ? 'auto' : 'manual',
    savedAt: '2025-03-01T12:00:00.000Z',
    revision,
    beatId: beat.id,
    sceneId: beat.scene,
    sceneTitle: scene?.title ?? '',
    preview: `${beat.text.slice(0, 150)} é…`,
    thumbnail: `data:image/webp;base64,${'UklGRh4AAABXRUJQVlA4'.repeat(30)}`,
  };
}

/** What write() takes: the record minus the fields the store sets. */
export function input(save: SaveRecord) {
  const { format: _f, version: _v, revision: _r, savedAt: _s, ...rest } = save;
  return rest;
}

let databases = 0;

/** A fresh, uniquely named database, so tests never see one another's slots. */
export function freshName(prefix = 'saves-test'): string {
  databases += 1;
  return `${prefix}-${databases}-${Math.random().toString(36).slice(2)}`;
}

/** Opens a store on a fresh database (or `name`), failing the test if IndexedDB did not open. */
export async function openStore(name = freshName(), now?: () => Date): Promise<SaveStore> {
  const { store, notice } = await openSaveStore({ indexedDB, name, ...(now ? { now } : {}) });
  if (notice || !store.persistent) throw new Error(`IndexedDB did not open: ${notice}`);
  return store;
}

/** Names of Object.prototype's own properties: must be the same before and after hostile input. */
export const prototypeKeys = () => Reflect.ownKeys(Object.prototype).map(String).sort();
