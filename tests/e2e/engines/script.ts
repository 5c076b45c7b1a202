/**
 * What the page must show, taken from the chapter as this test compiles it (never from the game's own
 * display code, so a mistake there cannot hide in the expectation).
 */
import { resolve } from 'node:path';
import { readAssetIndex, readScriptFiles } from '../../../src/build/scriptFiles';
import { compileScript } from '../../../src/compiler';
import type { Story } from '../../../src/compiler/story';

export interface ExpectedLine {
  /** The beat's id, for messages. */
  id: string;
  /** The words: "Name: text" for a speaker, the text alone for narration. */
  words: string;
  /** The whole mirror: the words, then one "[Sound: …]" caption per sound cue of the beat. */
  mirror: RegExp;
}

export function compiledChapter(): Story {
  const root = resolve(import.meta.dirname, '../../..');
  const { story, diagnostics } = compileScript(readScriptFiles(resolve(root, 'script')), { assets: readAssetIndex(resolve(root, 'assets')) });
  if (!story) throw new Error(`the chapter does not compile:\n${diagnostics.map((d) => d.message).join('\n')}`);
  return story;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Each line of scene `id`, in reading order. */
export function sceneLines(story: Story, id: string): ExpectedLine[] {
  const scene = story.scenes.find((s) => s.id === id);
  if (!scene) throw new Error(`the chapter has no scene '${id}'`);
  return story.beats.slice(scene.firstBeat, scene.firstBeat + scene.beatCount).map((beat) => {
    const words = beat.speaker ? `${story.cast[beat.speaker]!.name}: ${beat.text}` : beat.text;
    const captions = beat.sfx.map(() => ' \\[Sound: [^\\]]+\\]').join('');
    return { id: beat.id, words, mirror: new RegExp(`^${escape(words)}${captions}$`) };
  });
}
