/**
 * A deterministic corpus of hostile save files, grown from one valid export: cut short, bit-flipped,
 * fields removed or retyped, prototype payloads, oversize, other versions, unknown beats, not JSON, not
 * UTF-8. Shared by tests/saves/hostile.test.ts and tools/saves/reliability.ts. Pure; seeded.
 */
import { serializeSave } from '../../src/saves/file';
import type { SaveRecord } from '../../src/saves/schema';
import { FIELDS, expectedOutcome, type Landing, type Outcome } from './expected';

export type { Landing } from './expected';

/**
 * One hostile file and what a correct reader must do with it: refuse it (with a reason matching `reason`,
 * when given), or accept it and resume on the line `lands` names.
 */
export type HostileCase = { family: string; name: string; bytes: Uint8Array } & Outcome;

/** mulberry32: small, fast, and the same sequence on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Wrong values per field: each must be refused on its own. */
const WRONG: Record<(typeof FIELDS)[number], unknown[]> = {
  format: ['awry-mission-sav', 'AWRY-MISSION-SAVE', '', 1, null, [], {}],
  version: ['1', 1.5, null, true, [1], { v: 1 }],
  slot: ['manual-0-1', 'manual-10-1', 'manual-1-7', 'auto-4', 'auto-0', 'quick ', '', '__proto__', 5, null],
  kind: ['manuel', 'quick', 'auto', '', 1, null, ['manual']],
  savedAt: ['yesterday', '', '2024-13-45T00:00:00Z', '2024-01-01', 0, null, `2024-01-01T00:00:00${'0'.repeat(60)}Z`],
  revision: [0, -1, 1.5, '3', null, 2 ** 60, [], {}],
  beatId: ['', 'has space', '<img src=x>', 'a'.repeat(201), 7, null, ['forest-1']],
  sceneId: ['', 'scene/../x', 'b'.repeat(201), 8, null, {}],
  sceneTitle: ['x'.repeat(121), 'bell\u0007', 'two\nlines', 1, null, []],
  preview: ['y'.repeat(161), 'nul\u0000', 2, null, {}],
  thumbnail: ['data:image/png;base64,AAAA', 'javascript:alert(1)', 'data:image/webp;base64,<script>', `data:image/webp;base64,${'A'.repeat(250_000)}`, 3, {}, [], false],
};

/** At least 300 cases from `base`, the same ones for the same seed. */
export function hostileCorpus(base: SaveRecord, seed = 0x5a7e): HostileCase[] {
  const random = prng(seed);
  const pick = (n: number) => Math.floor(random() * n);
  const text = serializeSave(base);
  const bytes = utf8(text);
  const obj = JSON.parse(text) as Record<string, unknown>;
  const out: HostileCase[] = [];
  const file = (data: Uint8Array | string) => (typeof data === 'string' ? utf8(data) : data);
  const add = (family: string, name: string, data: Uint8Array | string, outcome: Outcome | 'refuse', reason?: RegExp) =>
    out.push({ family, name, bytes: file(data), ...(outcome === 'refuse' ? { expect: 'refuse', ...(reason ? { reason } : {}) } : outcome) });
  const accept = (lands: Landing): Outcome => ({ expect: 'accept', lands });
  // Mutations whose outcome depends on where they fall are judged by the format restated on its own.
  const judged = (family: string, name: string, data: Uint8Array | string) => add(family, name, data, expectedOutcome(file(data), obj));
  const withField = (key: string, value: unknown) => json({ ...obj, [key]: value });
  const afterBrace = (insert: string) => `{${insert},${text.slice(1)}`;

  add('valid', 'the export itself', bytes, accept('beat'));
  add('valid', 'with a UTF-8 byte order mark', new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]), accept('beat'));
  add('valid', 'minified', JSON.stringify(obj), accept('beat'));
  add('valid', 'padded to exactly 400 KB', text + ' '.repeat(400 * 1024 - bytes.length), accept('beat'));

  const offsets = new Set([0, 1, 2, bytes.length - 1, bytes.length - 2, bytes.length - 3]);
  while (offsets.size < 70) offsets.add(1 + pick(bytes.length - 1));
  for (const at of [...offsets].sort((a, b) => a - b)) {
    const cut = bytes.slice(0, at);
    const whole = new TextDecoder().decode(cut).trim() === text.trim();
    add('truncated', `cut at byte ${at}`, cut, whole ? accept('beat') : 'refuse');
  }
  for (let i = 0; i < 100; i++) {
    const flipped = bytes.slice();
    const at = pick(flipped.length);
    const bit = pick(8);
    flipped[at] = (flipped[at] ?? 0) ^ (1 << bit);
    judged('flipped', `bit ${bit} of byte ${at}`, flipped);
  }
  for (const key of FIELDS) {
    const { [key]: _gone, ...rest } = obj;
    add('removed', `no ${key}`, json(rest), 'refuse', key === 'format' ? /not an Awry Mission save/ : /missing|version/);
    for (const value of WRONG[key]) add('retyped', `${key} = ${JSON.stringify(value).slice(0, 40)}`, withField(key, value), 'refuse');
  }
  const proto = '{"polluted":"yes","format":"awry-mission-save"}';
  add('proto', '__proto__ beside the fields', afterBrace(`"__proto__":${proto}`), 'refuse');
  add('proto', 'constructor.prototype beside the fields', afterBrace(`"constructor":{"prototype":${proto}}`), 'refuse');
  add('proto', 'the whole save inside __proto__', `{"__proto__":${JSON.stringify(obj)}}`, 'refuse', /not an Awry Mission save/);
  add('proto', '__proto__ as the scene title', text.replace(/"sceneTitle": "[^"]*"/, `"sceneTitle": {"__proto__":${proto}}`), 'refuse');
  add('proto', '__proto__: null', afterBrace('"__proto__":null'), 'refuse');
  add('proto', 'toString and hasOwnProperty', afterBrace('"toString":"x","hasOwnProperty":1'), 'refuse');
  add('proto', 'prototype', afterBrace('"prototype":{"polluted":"yes"}'), 'refuse');
  add('proto', 'beatId moved into __proto__', json({ ...obj, beatId: undefined, ['__proto__']: { beatId: base.beatId } }), 'refuse');

  add('oversize', 'padded past 400 KB', text + ' '.repeat(400 * 1024 - bytes.length + 1), 'refuse', /too large/);
  add('oversize', 'a 1 MB file', new Uint8Array(1024 * 1024).fill(0x20), 'refuse', /too large/);
  add('oversize', 'an array of 60,000 numbers as the preview', withField('preview', Array.from({ length: 60_000 }, (_, i) => i)), 'refuse');
  add('oversize', 'nested 100,000 deep', '['.repeat(100_000) + ']'.repeat(100_000), 'refuse');
  add('oversize', 'extra field nested 50,000 deep', afterBrace(`"deep":${'['.repeat(50_000)}${']'.repeat(50_000)}`), 'refuse');

  for (const v of [2, 3, 99, 1000, 2 ** 31]) add('version', `future version ${v}`, withField('version', v), 'refuse', /newer version/);
  for (const v of [0, -1, -99]) add('version', `past version ${v}`, withField('version', v), 'refuse', /old or unknown version/);
  add('version', 'version 1e400 (Infinity)', text.replace('"version": 1', '"version": 1e400'), 'refuse');

  add('unknown-beat', 'a beat gone from its scene', withField('beatId', `${base.sceneId}-zzzzzzz`), accept('scene'));
  add('unknown-beat', 'beat and scene gone', json({ ...obj, beatId: 'nowhere-zzzzzzz', sceneId: 'nowhere' }), accept('chapter'));
  add('unknown-beat', 'a beat id under another scene name', json({ ...obj, beatId: 'ghost-1', sceneId: 'ghost' }), accept('chapter'));

  for (const junk of ['', ' ', '\n', 'save', '{', '}', 'undefined', 'NaN', '<save/>', "{'format':'awry-mission-save'}", '// comment\n{}', 'null', '[]', '"awry-mission-save"', '42', 'true', text.replace(/\n}\n$/, ',\n}\n')]) {
    add('not-json', `text ${JSON.stringify(junk.slice(0, 24))}`, junk, 'refuse');
  }
  const invalid = [[0xff], [0xfe], [0xc0, 0xaf], [0xc3, 0x28], [0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82], [0xf8, 0x88, 0x80, 0x80, 0x80]];
  for (let i = 0; i < 24; i++) {
    const seq = invalid[i % invalid.length] ?? [0xff];
    const at = pick(bytes.length);
    add('not-utf8', `bytes ${seq.map((b) => b.toString(16)).join(' ')} at ${at}`, new Uint8Array([...bytes.slice(0, at), ...seq, ...bytes.slice(at)]), 'refuse', /not text/);
  }
  const utf16 = new Uint8Array([0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
  add('not-utf8', 'the export in UTF-16', utf16, 'refuse', /not text/);

  const pool: unknown[] = [null, true, 0, -1, 1e308, '', 'x', '__proto__', [], {}, [[[]]], JSON.parse('{"__proto__":{"polluted":1}}'), base.beatId, 'quick'];
  for (let i = 0; i < 30; i++) {
    const key = FIELDS[pick(FIELDS.length)] ?? 'slot';
    judged('mixed', `${key} <- pool[${i % pool.length}]`, withField(key, pool[pick(pool.length)]));
  }
  return out;
}
