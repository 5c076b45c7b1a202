import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOTICE_LINE_CHANGED, NOTICE_SCENE_GONE, resolveSave } from '../../src/saves/resolve';
import { compileChapter, type ReleaseManifest } from '../../tools/saves/manifest';
import { SMALL_SCRIPT, compileStory } from './corpus';

const releasesDir = join(process.cwd(), 'script', 'releases');
const manifests = readdirSync(releasesDir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(releasesDir, f), 'utf8')) as ReleaseManifest);

describe('saves from released versions', () => {
  const chapter = compileChapter(process.cwd());

  it('has at least one release manifest and compiles the chapter', () => {
    expect(manifests.length).toBeGreaterThan(0);
    expect(chapter).not.toBeNull();
  });

  it.each(manifests.map((m) => [m.version, m] as const))('every beat id of %s resumes in the current chapter', (_version, manifest) => {
    if (!chapter) throw new Error('chapter does not compile');
    const scenes = new Set(chapter.scenes.map((s) => s.id));
    const ids = new Set(chapter.beats.map((b) => b.id));
    expect(manifest.beats.length).toBeGreaterThan(0);
    for (const { id, scene } of manifest.beats) {
      const resolved = resolveSave({ beatId: id, sceneId: scene }, chapter);
      expect(resolved.beatId, id).not.toBeNull();
      if (ids.has(id)) expect(resolved).toEqual({ beatId: id, notice: null });
      else if (scenes.has(scene)) expect(chapter.beats.find((b) => b.id === resolved.beatId)?.scene).toBe(scene);
    }
  });
});

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
    expect(resolveSave(save, after)).toEqual({ beatId: startOf(after, 'corridor'), notice: NOTICE_LINE_CHANGED });
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
    expect(resolveSave(save, after)).toEqual({ beatId: after.beats[0]?.id, notice: NOTICE_SCENE_GONE });
  });

  it('an empty story resumes at the chapter start (null)', () => {
    const empty = { ...before, scenes: [], beats: [] };
    expect(resolveSave(save, empty)).toEqual({ beatId: null, notice: NOTICE_SCENE_GONE });
  });
});
