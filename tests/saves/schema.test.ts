import { describe, expect, it } from 'vitest';
import { parseSaveFile, serializeSave } from '../../src/saves/file';
import { parseSave, type SaveRecord } from '../../src/saves/schema';
import { autosaveSlot, manualSlot, slotKind } from '../../src/saves/slots';
import { prototypeKeys, saveOn, smallStory } from './corpus';

const valid: SaveRecord = saveOn(smallStory, 3);
const FIELDS = Object.keys(valid) as Array<keyof SaveRecord>;
const refused = (data: unknown): string => {
  const result = parseSave(data);
  if (result.ok) throw new Error(`accepted: ${JSON.stringify(data).slice(0, 200)}`);
  return result.reason;
};

describe('parseSave', () => {
  it('accepts a valid save and returns an equal, fresh object', () => {
    const result = parseSave(valid);
    expect(result).toEqual({ ok: true, save: valid });
    if (result.ok) expect(result.save).not.toBe(valid);
  });

  it('round-trips through the file form byte for byte', () => {
    const text = serializeSave(valid);
    const again = parseSaveFile(new TextEncoder().encode(text));
    expect(again).toEqual({ ok: true, save: valid });
    if (again.ok) expect(serializeSave(again.save)).toBe(text);
  });

  it('accepts every slot kind, a null thumbnail and a JPEG thumbnail', () => {
    for (const slot of ['quick', 'auto-1', 'auto-3', 'manual-9-6']) expect(parseSave(saveOn(smallStory, 0, slot)).ok).toBe(true);
    expect(parseSave({ ...valid, thumbnail: null }).ok).toBe(true);
    expect(parseSave({ ...valid, thumbnail: 'data:image/jpeg;base64,/9j/4AAQ' }).ok).toBe(true);
    expect(parseSave({ ...valid, savedAt: '2025-03-01T13:00:00+01:00' }).ok).toBe(true);
  });

  it.each(FIELDS)('refuses a save without %s, naming what is missing', (field) => {
    const { [field]: _gone, ...rest } = valid;
    const reason = refused(rest);
    if (field === 'format') expect(reason).toBe('This is not an Awry Mission save.');
    else if (field === 'version') expect(reason).toMatch(/old or unknown version/);
    else expect(reason).toMatch(/^This save is damaged: its [a-z ]+ is missing\.$/);
  });

  it.each(FIELDS)('refuses %s of the wrong type', (field) => {
    // Skip the values that are of the field's own type (a number revision, free text, a null picture).
    const fits = (v: unknown) =>
      (field === 'revision' && typeof v === 'number') || ((field === 'sceneTitle' || field === 'preview') && typeof v === 'string') || (field === 'thumbnail' && v === null);
    for (const wrong of [17, 'not-right here', null, true, [], {}, { __proto__: null }]) {
      if (fits(wrong)) continue;
      expect(refused({ ...valid, [field]: wrong })).toMatch(/^This (save|is)/);
    }
  });

  it('tells a newer version from an old or unknown one', () => {
    for (const version of [2, 3, 99]) expect(refused({ ...valid, version })).toMatch(/made by a newer version of the game/);
    for (const version of [0, -1]) expect(refused({ ...valid, version })).toMatch(/old or unknown version of the game \(version -?\d\)/);
    for (const version of ['1', 1.5, null, Infinity, NaN]) expect(refused({ ...valid, version })).toMatch(/old or unknown version/);
  });

  it('refuses oversize strings at the documented limits, and accepts them just under', () => {
    const cases: Array<[keyof SaveRecord, string, string]> = [
      ['sceneTitle', 'x'.repeat(120), 'x'.repeat(121)],
      ['preview', 'y'.repeat(160), 'y'.repeat(161)],
      ['beatId', `forest-${'a'.repeat(193)}`, `forest-${'a'.repeat(194)}`],
      ['thumbnail', `data:image/webp;base64,${'A'.repeat(250_000 - 23)}`, `data:image/webp;base64,${'A'.repeat(250_000 - 22)}`],
    ];
    for (const [field, fits, over] of cases) {
      expect(parseSave({ ...valid, [field]: fits }).ok, `${field} at the limit`).toBe(true);
      expect(refused({ ...valid, [field]: over })).toMatch(/too long|not valid/);
    }
  });

  it('refuses a kind that does not match the slot, and odd slot names', () => {
    expect(refused({ ...valid, kind: 'quick' })).toMatch(/does not match/);
    for (const slot of ['manual-0-1', 'manual-1-7', 'auto-4', 'Quick', 'quick\n']) expect(refused({ ...valid, slot })).toMatch(/slot name/);
  });

  it('refuses prototype payloads and never changes Object.prototype', () => {
    const before = prototypeKeys();
    const payloads = [
      `{"__proto__":{"polluted":1},${JSON.stringify(valid).slice(1)}`,
      `{"constructor":{"prototype":{"polluted":1}},${JSON.stringify(valid).slice(1)}`,
      `{"__proto__":${JSON.stringify(valid)}}`,
      JSON.stringify({ ...valid, sceneTitle: '{"__proto__":{}}' }).replace('"{\\"__proto__\\":{}}"', '{"__proto__":{"polluted":1}}'),
    ];
    for (const text of payloads) expect(parseSave(JSON.parse(text)).ok, text.slice(0, 60)).toBe(false);
    const inherited = Object.create({ ...valid }) as object;
    expect(refused(inherited)).toBe('This is not an Awry Mission save.');
    expect(prototypeKeys()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('survives hostile objects: throwing getters, proxies, odd top-level values', () => {
    const getter = { ...valid };
    Object.defineProperty(getter, 'beatId', { enumerable: true, get: () => { throw new Error('boom'); } });
    expect(refused(getter)).toMatch(/damaged/);
    const { proxy, revoke } = Proxy.revocable({ ...valid }, {});
    revoke();
    expect(refused(proxy)).toMatch(/damaged/);
    for (const odd of [undefined, null, 0, 'save', [valid], new Date(), new Map(Object.entries(valid))]) expect(refused(odd)).toMatch(/not an Awry Mission save/);
  });
});

describe('slot names', () => {
  it('rotates autosaves through three slots for any counter', () => {
    expect([0, 1, 2, 3, 4, 5].map(autosaveSlot)).toEqual(['auto-1', 'auto-2', 'auto-3', 'auto-1', 'auto-2', 'auto-3']);
    for (const n of [-1, 1.5, NaN, Infinity, 1e20]) expect(slotKind(autosaveSlot(n))).toBe('auto');
  });

  it('names manual slots only within the pages', () => {
    expect(manualSlot(1, 1)).toBe('manual-1-1');
    expect(manualSlot(9, 6)).toBe('manual-9-6');
    expect([manualSlot(0, 1), manualSlot(10, 1), manualSlot(1, 7), manualSlot(1.5, 1)]).toEqual([null, null, null, null]);
  });
});
