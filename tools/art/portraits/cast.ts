/**
 * One parameter set per character, and the list of portraits the scene script
 * uses (file name = `<character>-<expression>`). Colours follow the anime
 * references; every shade tone comes from `paint()` so the cast shares one light.
 */
import type { ExpressionName } from './expressions.ts';
import { paint } from './svg.ts';
import type { Character } from './types.ts';

const FAIR = paint('#f7d9c4', 0.22);
const NAVY = paint('#2d3454', 0.3);
const VEST = paint('#6b8a4a', 0.3);
const MAN = { scale: 1, tilt: 0, face: { halfWidth: 110, jaw: 0.6 }, marks: [] };
const WOMAN_FACE = { halfWidth: 106, jaw: 0.15 };
const sharpEyes = (iris: string) => ({ shape: 'sharp' as const, iris: paint(iris, 0.35), size: 1, gap: 52 });
const roundEyes = (iris: string) => ({ shape: 'round' as const, iris: paint(iris, 0.35), size: 1, gap: 52 });
const vest = (shoulders = 190) => ({ shoulders, neck: 38, outfit: 'flak-vest' as const, main: VEST, under: NAVY });
const leaf = { wear: 'forehead' as const, cloth: NAVY };

const kakashi: Character = {
  ...MAN, tilt: 5, skin: FAIR, eyes: sharpEyes('#3c3a46'), brows: { color: '#8f95a8', thick: 10 },
  hair: { style: 'kakashi', paint: paint('#dfe3ec', 0.3) },
  body: { ...vest(), outfit: 'flak-vest-torn' }, protector: { wear: 'over-eye', cloth: NAVY },
  marks: ['mask', 'blood-face'], hideRightEye: true,
};

export const CHARACTERS = {
  kakashi,
  kakashiBed: {
    ...kakashi, tilt: -6, protector: undefined, hideRightEye: false,
    body: { shoulders: 190, neck: 38, outfit: 'hospital-bed', main: paint('#b9d6e2', 0.25), under: NAVY },
    marks: ['mask', 'head-bandage', 'eye-scar'],
  },
  iruka: {
    ...MAN, skin: paint('#d9a47a', 0.25), eyes: sharpEyes('#4a3226'), brows: { color: '#3a2418', thick: 10 },
    hair: { style: 'iruka', paint: paint('#4d3122', 0.3) }, body: vest(), protector: leaf, marks: ['nose-scar'],
  },
  sakura: {
    scale: 0.962, tilt: 0, skin: FAIR, face: { halfWidth: 104, jaw: 0.05 }, eyes: { ...roundEyes('#3fae6a'), size: 1.08 },
    brows: { color: '#c9698e', thick: 8 }, hair: { style: 'sakura', paint: paint('#f4a7c5', 0.3) },
    body: { shoulders: 150, neck: 32, outfit: 'sakura-top', main: paint('#cc3541', 0.3), under: paint('#f3efe8') },
    protector: { wear: 'hairband', cloth: paint('#cc3541', 0.3) }, marks: [],
  },
  tsunade: {
    scale: 1, tilt: 0, skin: FAIR, face: WOMAN_FACE, eyes: roundEyes('#c08a3e'), brows: { color: '#b8893c', thick: 8 },
    hair: { style: 'tsunade', paint: paint('#f3d27a', 0.3) },
    body: { shoulders: 168, neck: 33, outfit: 'kimono-haori', main: paint('#6a9858', 0.3), under: paint('#a9a8b1', 0.3) },
    marks: ['diamond'],
  },
  asuma: {
    ...MAN, face: { halfWidth: 112, jaw: 0.85 }, skin: paint('#efc6a5', 0.22), eyes: sharpEyes('#3d3129'),
    brows: { color: '#2b2523', thick: 11 }, hair: { style: 'asuma', paint: paint('#3b3431', 0.3) },
    body: vest(196), protector: leaf, marks: ['beard', 'cigarette'],
  },
  genma: {
    ...MAN, face: { halfWidth: 108, jaw: 0.75 }, skin: FAIR, eyes: { ...sharpEyes('#6b4a2f'), lid: 0.72 },
    brows: { color: '#5a3b26', thick: 10 },
    hair: { style: 'genma', paint: paint('#7b5336', 0.3) }, body: vest(), protector: { wear: 'backward-bandana', cloth: NAVY },
    marks: ['senbon'],
  },
  raidou: {
    ...MAN, skin: paint('#f0cdb2', 0.22), eyes: sharpEyes('#3b3036'), brows: { color: '#26222c', thick: 10 },
    hair: { style: 'raidou', paint: paint('#373140', 0.3) }, body: vest(), protector: leaf, marks: ['burn'],
  },
  ibiki: {
    ...MAN, scale: 1.04, face: { halfWidth: 118, jaw: 1 }, skin: paint('#e6bd9a', 0.25),
    eyes: { ...sharpEyes('#3a3536'), lid: 0.75 },
    brows: { color: '#2a2426', thick: 11 }, hair: { style: 'ibiki', paint: paint('#2a2a33') },
    body: { shoulders: 212, neck: 46, outfit: 'long-coat', main: paint('#474856', 0.3), under: paint('#7e8290', 0.3) },
    protector: { wear: 'full-bandana', cloth: paint('#3b3b48', 0.3) }, marks: ['ibiki-scars', 'creases'],
  },
  anko: {
    scale: 1, tilt: 0, skin: paint('#f3d0b4', 0.22), face: WOMAN_FACE, eyes: roundEyes('#a8773f'),
    brows: { color: '#4a3570', thick: 8 }, hair: { style: 'anko', paint: paint('#5e478c', 0.3) },
    body: { shoulders: 160, neck: 32, outfit: 'trench-mesh', main: paint('#c9a46a', 0.3), under: paint('#3a3344', 0.3) },
    protector: leaf, marks: [],
  },
  kurenai: {
    scale: 1, tilt: 0, skin: FAIR, face: WOMAN_FACE, eyes: roundEyes('#c8313e'), brows: { color: '#221c26', thick: 8 },
    hair: { style: 'kurenai', paint: paint('#3a3146', 0.35) },
    body: { shoulders: 160, neck: 32, outfit: 'wrap-dress', main: paint('#f0ece4', 0.22), under: paint('#b52a38', 0.3) },
    protector: leaf, marks: ['lipstick'],
  },
  nurse: {
    scale: 0.98, tilt: 0, skin: FAIR, face: WOMAN_FACE, eyes: roundEyes('#5a3f34'), brows: { color: '#3c2a28', thick: 8 },
    hair: { style: 'nurse', paint: paint('#3e2c2a', 0.3) },
    body: { shoulders: 156, neck: 32, outfit: 'nurse-uniform', main: paint('#f5f6f9', 0.2), under: paint('#8fb8d9', 0.3) },
    marks: ['nurse-cap'],
  },
} satisfies Record<string, Character>;

type Who = keyof typeof CHARACTERS;

/** Every portrait the script needs: [file name, character, expression]. */
export const PORTRAITS: ReadonlyArray<readonly [string, Who, ExpressionName]> = [
  ['kakashi-wounded', 'kakashi', 'wounded'],
  ['kakashi-bed', 'kakashiBed', 'unconscious'],
  ...(['neutral', 'worried', 'shocked', 'crying', 'smile-weak'] as const).map((e) => [`iruka-${e}`, 'iruka', e] as const),
  ...(['neutral', 'worried', 'crying', 'smile-forced', 'determined'] as const).map((e) => [`sakura-${e}`, 'sakura', e] as const),
  ...(['neutral', 'stern', 'sympathetic', 'tired'] as const).map((e) => [`tsunade-${e}`, 'tsunade', e] as const),
  ...(['neutral', 'grave', 'regretful'] as const).map((e) => [`asuma-${e}`, 'asuma', e] as const),
  ['genma-neutral', 'genma', 'neutral'],
  ['raidou-neutral', 'raidou', 'neutral'],
  ['ibiki-neutral', 'ibiki', 'neutral'],
  ['anko-neutral', 'anko', 'neutral'],
  ['anko-teary', 'anko', 'teary'],
  ['kurenai-neutral', 'kurenai', 'neutral'],
  ['kurenai-gentle', 'kurenai', 'gentle'],
  ['nurse-neutral', 'nurse', 'neutral'],
];
