/**
 * The story's scenes as the reader meets them: which beats belong to a scene (the art to have ready
 * before it), and how far each scene has been read (the scene list, which opens a scene once any of
 * its lines was seen). Plain data in, plain data out.
 */
import type { Story } from '../compiler/story';

/** The beats of scene `id` and of the `count - 1` scenes after it. */
export function sceneBeats(story: Story, id: string, count: number) {
  const at = story.scenes.findIndex((s) => s.id === id);
  if (at < 0) return [];
  return story.scenes.slice(at, at + count).flatMap((s) => story.beats.slice(s.firstBeat, s.firstBeat + s.beatCount));
}

/**
 * The beats whose art to have ready on entering scene `id`: the line just before it (a rollback
 * across the scene's start lands there), the scene's own lines, and the next scene's.
 */
export function beatsAround(story: Story, id: string) {
  const scene = story.scenes.find((s) => s.id === id);
  const before = scene && scene.firstBeat > 0 ? [story.beats[scene.firstBeat - 1]!] : [];
  return [...before, ...sceneBeats(story, id, 2)];
}

/**
 * The beats of every scene `beatsAround(id)` leaves out, nearest scene first (on a tie the one ahead:
 * reading goes forward). Their art is decoded when the stage has nothing else to do, as far as its
 * budget goes, so that a jump from the scene list or a load finds it ready.
 */
export function beatsFarther(story: Story, id: string) {
  const at = story.scenes.findIndex((s) => s.id === id);
  if (at < 0) return [];
  const near = new Set(beatsAround(story, id).map((b) => b.id));
  const distance = (i: number) => (i > at ? 2 * (i - at) - 1 : 2 * (at - i));
  return story.scenes
    .map((scene, i) => ({ scene, d: distance(i) }))
    .sort((a, b) => a.d - b.d)
    .flatMap(({ scene }) => story.beats.slice(scene.firstBeat, scene.firstBeat + scene.beatCount))
    .filter((b) => !near.has(b.id));
}

export interface SceneEntry {
  id: string;
  title: string;
  /** Lines of the scene seen so far, of `total`. */
  seen: number;
  total: number;
  /** The first scene always; any other once one of its lines was seen. */
  unlocked: boolean;
}

export function sceneEntries(story: Story, seen: ReadonlySet<string>): SceneEntry[] {
  return story.scenes.map((scene, i) => {
    const beats = story.beats.slice(scene.firstBeat, scene.firstBeat + scene.beatCount);
    const read = beats.filter((b) => seen.has(b.id)).length;
    return { id: scene.id, title: scene.title, seen: read, total: beats.length, unlocked: i === 0 || read > 0 };
  });
}
