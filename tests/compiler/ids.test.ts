import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileScript } from '../../src/compiler';
import { readScriptFiles } from '../../src/build/scriptFiles';
import { ROOT } from '../fixtures/chapter';
import { compile } from '../fixtures/compile';

const SCRIPT = [
  'scene corridor "C"',
  '  Iruka runs.',
  '  sakura: "This way."',
  '  The door opens.',
  'scene ward "W"',
  '  The room is white.',
  '  iruka: "What happened?"',
].join('\n');

const ids = (body: string) => compile(body).story!.beats.map((b) => [b.text, b.id] as const);

describe('stable beat ids', () => {
  it('are the scene id plus a hash of speaker and text', () => {
    for (const [, id] of ids(SCRIPT)) expect(id).toMatch(/^(corridor|ward)-[0-9a-z]{7}$/);
  });

  it('do not change when lines are added, removed or scenes reordered elsewhere', () => {
    const before = new Map(ids(SCRIPT));
    const edited = SCRIPT.replace('  Iruka runs.', '  A new first line.\n  Iruka runs.')
      .replace('  The door opens.\n', '')
      .concat('\n  One more line.');
    const after = new Map(ids(edited));
    for (const [text, id] of after) if (before.has(text)) expect(id).toBe(before.get(text));
    const [a, b] = [SCRIPT.split('scene ward')[0]!, `scene ward${SCRIPT.split('scene ward')[1]!}`];
    const reordered = new Map(ids(`${b}\n${a}`));
    for (const [text, id] of before) expect(reordered.get(text)).toBe(id);
  });

  it('differ by speaker for the same words', () => {
    const [a, b] = ids('scene s "S"\n  iruka: "Yes."\n  sakura: "Yes."\n').map(([, id]) => id);
    expect(a).not.toBe(b);
  });

  it('de-duplicate repeated lines in order', () => {
    const list = ids('scene s "S"\n  Quiet.\n  Quiet.\n  Quiet.\n').map(([, id]) => id);
    expect(list[1]).toBe(`${list[0]}-2`);
    expect(list[2]).toBe(`${list[0]}-3`);
  });
});

describe('released ids', () => {
  const release = JSON.parse(readFileSync(resolve(ROOT, 'script/releases/0.1.0.json'), 'utf8')) as { beats: { id: string; scene: string }[] };
  const compileReal = (edit: (text: string) => string = (t) => t) =>
    compileScript(readScriptFiles(resolve(ROOT, 'script')).map((f) => ({ ...f, text: edit(f.text) }))).story!;

  it('every id of release 0.1.0 resolves to the same line, in the same order', () => {
    expect(compileReal().beats.map((b) => ({ id: b.id, scene: b.scene }))).toEqual(release.beats);
  });

  it('markup, escapes and comments leave ids alone: the id hashes the plain text', () => {
    const marked = compileReal((text) => text
      .replace('One eye drags itself open.', 'One eye drags *itself* open.{pause}')
      .replace('sakura worried: "Iruka-sensei, this way."', 'sakura worried: "Iruka-sensei, {pause 0.4s}this way." # urgent')
      .replace('  show sakura at left\n', '  show sakura at left # she leads\n'));
    expect(marked.beats.map((b) => b.id)).toEqual(release.beats.map((b) => b.id));
    // Two more lines carry markup than the chapter itself marks.
    expect(marked.beats.filter((b) => b.rich).length).toBe(compileReal().beats.filter((b) => b.rich).length + 2);
  });
});

describe('compile time', () => {
  const scene = (line: (i: number) => string, n: number) =>
    compileScript([{ name: 'big.vn', text: `title "T"\nscene s "S"\n${Array.from({ length: n }, (_, i) => `  ${line(i)}\n`).join('')}` }]);
  const time = (fn: () => void) => {
    const t0 = performance.now();
    fn();
    return performance.now() - t0;
  };

  it('20,000 identical lines compile in about the time of 20,000 different ones (ids de-duplicated in linear time)', () => {
    scene((i) => `Warm ${i}.`, 2000);
    const different = time(() => scene((i) => `Quiet ${i}.`, 20_000));
    let ids: string[] = [];
    const identical = time(() => {
      ids = scene(() => 'Quiet.', 20_000).story!.beats.map((b) => b.id);
    });
    expect(ids[19_999]).toBe(`${ids[0]}-20000`);
    expect(new Set(ids).size).toBe(20_000);
    expect(identical).toBeLessThan(Math.max(3 * different, 1500));
  });

  it('20,000 scenes compile in about the time of the same number of lines in one scene (scene ids kept in a set)', () => {
    const lines = time(() => scene((i) => `Quiet ${i}.`, 40_000));
    const text = `title "T"\n${Array.from({ length: 20_000 }, (_, i) => `scene s${i} "S"\n  Quiet.\n`).join('')}`;
    let count = 0;
    const scenes = time(() => {
      count = compileScript([{ name: 'big.vn', text }]).story!.scenes.length;
    });
    expect(count).toBe(20_000);
    expect(scenes).toBeLessThan(Math.max(3 * lines, 1500));
  });
});
