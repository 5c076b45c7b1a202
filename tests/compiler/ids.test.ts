import { describe, expect, it } from 'vitest';
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
