/**
 * Where a save resumes after the script has changed. Saves hold beat ids (`<scene>-<hash of the line>`),
 * so lines added or moved elsewhere leave them valid; only an edit of the saved line itself, or of its
 * scene, moves the reader, and then they are told. Pure; never throws.
 */
import type { Beat, Story } from '../compiler/story';
import type { SaveRecord } from './schema';

/** beatId null means the start of the chapter (a story with no beats at all). */
export interface Resolved {
  beatId: string | null;
  notice: string | null;
}

export const NOTICE_LINE_CHANGED = 'The line you saved on was changed in an update; you are at the start of its scene.';
export const NOTICE_SCENE_GONE = 'The scene you saved in was changed in an update; you are at the start of the chapter.';

// One id index per compiled story: resolving every slot of the list stays linear.
const indexes = new WeakMap<Story, Map<string, Beat>>();

function beatsById(story: Story): Map<string, Beat> {
  let index = indexes.get(story);
  if (!index) {
    index = new Map(story.beats.map((b) => [b.id, b]));
    indexes.set(story, index);
  }
  return index;
}

/** The beat a save resumes at, and a notice when that is not the saved line. */
export function resolveSave(save: Pick<SaveRecord, 'beatId' | 'sceneId'>, story: Story): Resolved {
  if (beatsById(story).has(save.beatId)) return { beatId: save.beatId, notice: null };
  const scene = story.scenes.find((s) => s.id === save.sceneId);
  const sceneStart = scene && scene.beatCount > 0 ? story.beats[scene.firstBeat] : undefined;
  if (sceneStart && sceneStart.scene === scene?.id) return { beatId: sceneStart.id, notice: NOTICE_LINE_CHANGED };
  return { beatId: story.beats[0]?.id ?? null, notice: NOTICE_SCENE_GONE };
}
