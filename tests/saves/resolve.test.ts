import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOTICE_LINE_CHANGED, NOTICE_SCENE_GONE, resolveSave } from '../../src/saves/resolve';
import { readAssetIndex, readScriptFiles } from '../../src/build/scriptFiles';
import { compileScript, type AssetIndex, type SourceFile, type Story } from '../../src/compiler';
import { compileChapter, type ReleaseManifest } from '../../tools/saves/manifest';
import { SMALL_SCRIPT, compileStory } from './corpus';

const releasesDir = join(process.cwd(), 'script', 'releases');
const manifests = readdirSync(releasesDir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(releasesDir, f), 'utf8')) as ReleaseManifest);

describe('saves from released versions', () => {
  const chapter = compileChapter(process.cwd());
  if (!chapter) throw new Error('chapter does not compile');

  it('has at least one release manifest', () => {
    expect(manifests.length).toBeGreaterThan(0);
  });

  it.each(manifests.map((m) => [m.version, m] as const))('every beat id of %s resumes on that very line', (_version, manifest) => {
    expect(manifest.beats.length).toBeGreaterThan(0);
    for (const { id, scene } of manifest.beats) {
      expect(resolveSave({ beatId: id, sceneId: scene }, chapter), id).toEqual({ beatId: id, notice: null });
      expect(chapter.beats.find((b) => b.id === id)?.scene, id).toBe(scene);
    }
  });

  // The same release against a later script: one released line reworded, then one scene cut.
  const files = readScriptFiles(join(process.cwd(), 'script'));
  const assets = readAssetIndex(join(process.cwd(), 'assets'));
  const edited = chapter.beats.find((b) => b.speaker === null && b.index > chapter.scenes[1]!.firstBeat + 2)!;
  const editedScene = chapter.scenes.find((s) => s.id === edited.scene)!;
  const released = manifests[0]!;

  it('a released line reworded later resumes at the first line of its scene, with a notice', () => {
    const later = recompile(files, assets, (file, lines) => {
      if (file !== edited.span.file) return lines;
      const at = edited.span.line - 1;
      expect(lines[at]).toContain(edited.text);
      return lines.map((l, i) => (i === at ? l.replace(edited.text, `${edited.text} Edited.`) : l));
    });
    const sceneStart = chapter.beats[editedScene.firstBeat]!;
    expect(later.beats.some((b) => b.id === edited.id)).toBe(false);
    for (const { id, scene } of released.beats) {
      const want = id === edited.id ? { beatId: sceneStart.id, notice: NOTICE_LINE_CHANGED } : { beatId: id, notice: null };
      expect(resolveSave({ beatId: id, sceneId: scene }, later), id).toEqual(want);
    }
    expect(later.beats.find((b) => b.id === sceneStart.id)?.text).toBe(sceneStart.text);
  });

  it('a released scene cut later resumes at the first line of the chapter, with a notice', () => {
    const cut = chapter.scenes[1]!;
    const later = { ...chapter, scenes: chapter.scenes.filter((s) => s !== cut), beats: chapter.beats.filter((b) => b.scene !== cut.id) };
    const first = chapter.beats[0]!;
    for (const { id, scene } of released.beats) {
      const want = scene === cut.id ? { beatId: first.id, notice: NOTICE_SCENE_GONE } : { beatId: id, notice: null };
      expect(resolveSave({ beatId: id, sceneId: scene }, later), id).toEqual(want);
    }
  });
});

/** The chapter compiled again after `edit` changed the lines of its files. */
function recompile(files: SourceFile[], assets: AssetIndex, edit: (file: string, lines: string[]) => string[]): Story {
  const changed = files.map((f) => ({ ...f, text: edit(f.name, f.text.split('\n')).join('\n') }));
  const { story } = compileScript(changed, { assets });
  if (!story) throw new Error('the edited chapter does not compile');
  return story;
}

describe('saves survive script edits', () => {
  const before = compileStory(SMALL_SCRIPT);
  const saved = before.beats.find((b) => b.text === 'Iruka-sensei, this way.');
  if (!saved) throw new Error('fixture line missing');
  const save = { beatId: saved.id, sceneId: saved.scene };
  const startOf = (story: ReturnType<typeof compileStory>, scene: string) => story.beats.find((b) => b.scene === scene)?.id;

  it('resolves the saved line itself when nothing changed', () => {
    expect(resolveSave(save, before)).toEqual({ beatId: saved.id, notice: null });
  });

  it('a line inserted before the saved one leaves the same beat', () => {
    const after = compileStory(SMALL_SCRIPT.replace('  Iruka runs', '  A nurse hurries past.\n  Iruka runs'));
    expect(after.beats.length).toBe(before.beats.length + 1);
    const resolved = resolveSave(save, after);
    expect(resolved).toEqual({ beatId: saved.id, notice: null });
    expect(after.beats.find((b) => b.id === resolved.beatId)?.text).toBe(saved.text);
  });

  it('deleting the saved line resumes at the start of its scene, with a notice', () => {
    const after = compileStory(SMALL_SCRIPT.replace('  sakura: "Iruka-sensei, this way."\n', ''));
    const resolved = resolveSave(save, after);
    expect(resolved).toEqual({ beatId: startOf(after, 'corridor'), notice: NOTICE_LINE_CHANGED });
    expect(after.beats.find((b) => b.id === resolved.beatId)?.text).toBe('Iruka runs through the quiet corridors.');
  });

  it('rewording the saved line resumes at the start of its scene, with a notice', () => {
    const after = compileStory(SMALL_SCRIPT.replace('Iruka-sensei, this way.', 'Iruka-sensei, over here.'));
    const resolved = resolveSave(save, after);
    expect(resolved).toEqual({ beatId: startOf(after, 'corridor'), notice: NOTICE_LINE_CHANGED });
    expect(resolved.notice).toBe('The line you saved on was changed in an update; you are at the start of its scene.');
  });

  it('reordering scenes leaves the same beat', () => {
    const [forest, rest] = SMALL_SCRIPT.split('scene corridor');
    const after = compileStory(`scene corridor${rest}${forest}`);
    expect(after.scenes.map((s) => s.id)).toEqual(['corridor', 'ward', 'forest']);
    expect(resolveSave(save, after)).toEqual({ beatId: saved.id, notice: null });
  });

  it('deleting the scene resumes at the start of the chapter, with a notice', () => {
    const after = compileStory(SMALL_SCRIPT.replace(/scene corridor[\s\S]*?(?=scene ward)/, ''));
    expect(after.scenes.map((s) => s.id)).toEqual(['forest', 'ward']);
    const resolved = resolveSave(save, after);
    expect(resolved).toEqual({ beatId: after.beats[0]!.id, notice: NOTICE_SCENE_GONE });
    expect(after.beats.find((b) => b.id === resolved.beatId)?.text).toBe('One eye drags itself open.');
  });

  it('an empty story resumes at the chapter start (null)', () => {
    const empty = { ...before, scenes: [], beats: [] };
    expect(resolveSave(save, empty)).toEqual({ beatId: null, notice: NOTICE_SCENE_GONE });
  });
});
