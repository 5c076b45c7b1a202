import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAssetIndex, readScriptFiles } from '../../src/build/scriptFiles';
import { compileScript } from '../../src/compiler';
import { resolveSave } from '../../src/saves/resolve';
import { ALL_SLOTS, slotKind } from '../../src/saves/slots';
import type { SaveInput } from '../../src/saves/store';
import { Session } from '../../src/story/session';
import type { View } from '../../src/story/view';
import { freshName, openStore } from './corpus';

const root = resolve(import.meta.dirname, '../..');
const story = compileScript(readScriptFiles(resolve(root, 'script')), { assets: readAssetIndex(resolve(root, 'assets')) }).story!;

/**
 * Where the reader is, as plain data copied out of the view. A line's stage is compiled with it, so
 * it comes back with the id and comparing it here would prove nothing; what is drawn after a load is
 * compared pixel by pixel in the browser (`npm run reliability:browser`, tests/e2e/stage.test.ts).
 */
const shown = (view: View) => structuredClone({ beat: view.beat?.id, scene: view.scene?.id, text: view.beat?.text });

/** The save the game makes of the line on screen. */
function saveOf(view: View, slot: string): SaveInput {
  const { beat, scene } = view;
  if (!beat || !scene) throw new Error('no line on screen');
  return { slot, kind: slotKind(slot)!, beatId: beat.id, sceneId: scene.id, sceneTitle: scene.title, preview: beat.text.slice(0, 160), thumbnail: null };
}

describe('save, reload, load: every line of the chapter', () => {
  it('comes back on the same line and scene, with its text, as the reader saw before saving', async () => {
    const name = freshName('roundtrip');
    // The writer reads the chapter line by line, as a reader does; each load is a fresh page.
    const writer = new Session(story, { charsPerSecond: Infinity });
    writer.send({ type: 'player.start' });
    let lines = 0;
    for (let i = 0; writer.view().beat; i++) {
      const before = shown(writer.view());
      const slot = ALL_SLOTS[i % ALL_SLOTS.length]!;
      const store = await openStore(name);
      expect((await store.write(saveOf(writer.view(), slot))).ok).toBe(true);
      store.close();

      const reopened = await openStore(name); // nothing kept in memory
      const loaded = (await reopened.read(slot))?.save;
      reopened.close();
      expect(loaded && { beat: loaded.beatId, scene: loaded.sceneId }).toEqual({ beat: before.beat, scene: before.scene });
      const resolved = resolveSave(loaded!, story);
      expect(resolved.notice).toBeNull();
      const reader = new Session(story, { charsPerSecond: Infinity });
      reader.send({ type: 'player.start' });
      reader.jump(resolved.beatId!);
      expect(shown(reader.view()), `line ${i}`).toEqual(before); // id, scene and text
      reader.stop();

      writer.send({ type: 'player.advance' });
      lines += 1;
    }
    expect(lines).toBe(story.beats.length);
    writer.stop();
  }, 60_000); // a database reopened twice per line of the chapter: seconds, more under instrumentation
});
