import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAssetIndex, readScriptFiles } from '../../src/build/scriptFiles';
import { compileScript } from '../../src/compiler';
import { resolveSave } from '../../src/saves/resolve';
import { ALL_SLOTS } from '../../src/saves/slots';
import { Session } from '../../src/story/session';
import { freshName, input, openStore, saveOn } from './corpus';

const root = resolve(import.meta.dirname, '../..');
const story = compileScript(readScriptFiles(resolve(root, 'script')), { assets: readAssetIndex(resolve(root, 'assets')) }).story!;

describe('save, reload, load: every line of the chapter', () => {
  it('comes back on the same line with the same background, cast, ambience and effects', async () => {
    const name = freshName('roundtrip');
    const session = new Session(story, { charsPerSecond: Infinity });
    session.send({ type: 'player.start' });
    for (const [i, beat] of story.beats.entries()) {
      const slot = ALL_SLOTS[i % ALL_SLOTS.length]!;
      const writer = await openStore(name);
      expect((await writer.write(input(saveOn(story, i, slot)))).ok).toBe(true);
      writer.close();
      const reader = await openStore(name); // a new page: nothing kept in memory
      const loaded = (await reader.read(slot))!.save!;
      reader.close();
      const resolved = resolveSave(loaded, story);
      expect(resolved.notice).toBeNull();
      session.jump(resolved.beatId!);
      const view = session.view();
      expect(view.beat!.id).toBe(beat.id);
      expect(view.beat!.text).toBe(beat.text);
      expect(view.beat!.stage).toEqual(beat.stage); // bg, cast with places and expressions, ambience, effects
    }
    session.stop();
  });
});
