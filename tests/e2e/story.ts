import { resolve } from 'node:path';
import { compileScript } from '../../src/compiler';
import type { Story } from '../../src/compiler/story';
import { readAssetIndex, readScriptFiles } from '../../src/build/scriptFiles';
import { mirrorLine } from '../../src/ui/mirror';

/** The chapter as the build compiles it, for tests to compare the page against. */
export function chapter(): Story {
  const root = resolve(import.meta.dirname, '../..');
  const { story, diagnostics } = compileScript(readScriptFiles(resolve(root, 'script')), {
    assets: readAssetIndex(resolve(root, 'assets')),
  });
  if (!story) throw new Error(`the chapter does not compile:\n${diagnostics.map((d) => d.message).join('\n')}`);
  return story;
}

/** What the text mirror must say for each beat of a scene, in order (captions on, the default). */
export function mirrorLines(story: Story, sceneId: string): string[] {
  const scene = story.scenes.find((s) => s.id === sceneId)!;
  return story.beats
    .slice(scene.firstBeat, scene.firstBeat + scene.beatCount)
    .map((beat) => mirrorLine({ beat, speaker: beat.speaker ? story.cast[beat.speaker]! : null }, true));
}
