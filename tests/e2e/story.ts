import { resolve } from 'node:path';
import { compileScript } from '../../src/compiler';
import type { Beat, Story } from '../../src/compiler/story';
import { readAssetIndex, readScriptFiles } from '../../src/build/scriptFiles';

/** The chapter as the build compiles it, for tests to compare the page against. */
export function chapter(): Story {
  const root = resolve(import.meta.dirname, '../..');
  const { story, diagnostics } = compileScript(readScriptFiles(resolve(root, 'script')), {
    assets: readAssetIndex(resolve(root, 'assets')),
  });
  if (!story) throw new Error(`the chapter does not compile:\n${diagnostics.map((d) => d.message).join('\n')}`);
  return story;
}

/**
 * The words a reader who cannot hear is given for each sound the chapter plays, restated here so the
 * page's captions are checked against the tests, not against themselves.
 */
const SOUND_WORDS: Record<string, string> = {
  'footsteps-run': 'running footsteps',
  'door-slide': 'a sliding door opens',
  'door-close': 'a door slides shut',
};

/**
 * What the text mirror must say for `beat` (captions on, the default): "Name: line" when someone
 * speaks, the line alone for narration, then "[Sound: …]" for each sound cue.
 */
export function expectedLine(story: Story, beat: Beat): string {
  const speaker = beat.speaker ? story.cast[beat.speaker] : null;
  if (beat.speaker && !speaker) throw new Error(`${beat.id}: speaker ${beat.speaker} is not in the cast`);
  const sounds = beat.sfx.map((id) => {
    const words = SOUND_WORDS[id];
    if (!words) throw new Error(`${beat.id}: no caption words for sound ${id} in tests/e2e/story.ts`);
    return `[Sound: ${words}]`;
  });
  return [speaker ? `${speaker.name}: ${beat.text}` : beat.text, ...sounds].join(' ');
}

/** What the text mirror must say for each beat of a scene, in order. */
export function mirrorLines(story: Story, sceneId: string): string[] {
  const scene = story.scenes.find((s) => s.id === sceneId)!;
  return story.beats.slice(scene.firstBeat, scene.firstBeat + scene.beatCount).map((beat) => expectedLine(story, beat));
}
