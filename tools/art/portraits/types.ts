/**
 * The parameter model: a Character says what a person looks like, an Expression
 * says how the face is moving. Parts read only these, so a new character or a new
 * expression is data, not drawing code.
 */
import type { Paint } from './svg.ts';

export type HairStyle =
  | 'kakashi' | 'iruka' | 'sakura' | 'tsunade' | 'asuma' | 'genma'
  | 'raidou' | 'ibiki' | 'anko' | 'kurenai' | 'nurse';

export type Outfit =
  | 'flak-vest' | 'flak-vest-torn' | 'hospital-bed' | 'sakura-top' | 'kimono-haori'
  | 'long-coat' | 'trench-mesh' | 'wrap-dress' | 'nurse-uniform';

/** How the forehead protector is worn (Genma's backward bandana hides the plate). */
export type Protector = 'forehead' | 'over-eye' | 'hairband' | 'full-bandana' | 'backward-bandana';

export type Mark =
  | 'nose-scar' | 'diamond' | 'burn' | 'ibiki-scars' | 'eye-scar' | 'mask' | 'beard'
  | 'blood-face' | 'head-bandage' | 'cigarette' | 'senbon' | 'nurse-cap' | 'lipstick' | 'creases';

export interface Character {
  /** Whole-figure scale about the bottom centre: one height scale, small offsets for build. */
  scale: number;
  /** Head tilt in degrees about the neck (positive leans to the viewer's right). */
  tilt: number;
  skin: Paint;
  face: { halfWidth: number; jaw: number };
  /** `lid` scales the resting opening: below 1 gives a heavy-lidded, laid-back look. */
  eyes: { shape: 'sharp' | 'round'; iris: Paint; size: number; gap: number; lid?: number };
  brows: { color: string; thick: number };
  hair: { style: HairStyle; paint: Paint };
  body: { shoulders: number; neck: number; outfit: Outfit; main: Paint; under: Paint };
  protector?: { wear: Protector; cloth: Paint };
  marks: Mark[];
  /** Set when a part of the face is hidden, e.g. Kakashi's covered left eye. */
  hideRightEye?: boolean;
}

export type MouthKind =
  | 'neutral' | 'flat' | 'frown' | 'soft-smile' | 'weak-smile'
  | 'wide-smile' | 'o' | 'cry' | 'wobble' | 'grit';

export interface EyeState {
  /** 1 is the resting opening, 0 closed, above 1 wide. */
  open: number;
  /** Positive tilts the lids down toward the nose (anger), negative droops them outward (sorrow). */
  slant: number;
  /** Iris scale: small irises read as shock. */
  iris: number;
  /** Gaze offset in px; positive y looks down. */
  look: readonly [number, number];
  /** How a closed eye curves: a calm downward arc or the happy upward arc. */
  closed: 'down' | 'up';
}

export type Extra = 'tears' | 'teary' | 'blush' | 'sweat' | 'bags' | 'pain-lines';

export interface Expression {
  /** Brow ends moved in px; negative is up. */
  brows: { inner: number; outer: number };
  eyes: EyeState;
  mouth: MouthKind;
  extras: Extra[];
}
