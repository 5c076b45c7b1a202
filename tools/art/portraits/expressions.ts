/**
 * Each expression is a small override of the neutral face: only what moves is
 * written down, so adding one is a line or two.
 */
import type { Expression, EyeState } from './types.ts';

const EYES: EyeState = { open: 1, slant: 0, iris: 1, look: [0, 0], closed: 'down' };
export const NEUTRAL: Expression = { brows: { inner: 0, outer: 0 }, eyes: EYES, mouth: 'neutral', extras: [] };

interface Override {
  brows?: Expression['brows'];
  eyes?: Partial<EyeState>;
  mouth?: Expression['mouth'];
  extras?: Expression['extras'];
}

const make = (o: Override): Expression => ({
  brows: o.brows ?? NEUTRAL.brows,
  eyes: { ...EYES, ...o.eyes },
  mouth: o.mouth ?? NEUTRAL.mouth,
  extras: o.extras ?? [],
});

export const EXPRESSIONS = {
  neutral: NEUTRAL,
  worried: make({ brows: { inner: -12, outer: 4 }, eyes: { open: 0.95, slant: -3 }, mouth: 'frown' }),
  shocked: make({ brows: { inner: -18, outer: -14 }, eyes: { open: 1.3, iris: 0.68 }, mouth: 'o', extras: ['sweat'] }),
  crying: make({ brows: { inner: -14, outer: 6 }, eyes: { open: 0.6, slant: -4, look: [0, 4] }, mouth: 'cry', extras: ['tears', 'blush'] }),
  'smile-weak': make({ brows: { inner: -10, outer: 4 }, eyes: { open: 0.7, slant: -2, look: [0, 3] }, mouth: 'weak-smile' }),
  // A forced smile: the happy closed eyes and wide mouth, betrayed by worried brows and sweat.
  'smile-forced': make({ brows: { inner: -12, outer: 2 }, eyes: { open: 0, closed: 'up' }, mouth: 'wide-smile', extras: ['sweat'] }),
  determined: make({ brows: { inner: 9, outer: -4 }, eyes: { open: 1, slant: 3 }, mouth: 'flat' }),
  stern: make({ brows: { inner: 8, outer: -2 }, eyes: { open: 0.82, slant: 3 }, mouth: 'flat' }),
  sympathetic: make({ brows: { inner: -8, outer: 3 }, eyes: { open: 0.82, slant: -2 }, mouth: 'soft-smile' }),
  tired: make({ brows: { inner: -4, outer: 6 }, eyes: { open: 0.5, slant: -2, look: [0, 3] }, mouth: 'flat', extras: ['bags'] }),
  grave: make({ brows: { inner: 5, outer: 0 }, eyes: { open: 0.78, slant: 1 }, mouth: 'flat' }),
  regretful: make({ brows: { inner: -9, outer: 5 }, eyes: { open: 0.58, slant: -2, look: [-3, 6] }, mouth: 'frown' }),
  teary: make({ brows: { inner: -11, outer: 4 }, eyes: { open: 0.95, slant: -2 }, mouth: 'wobble', extras: ['teary', 'blush'] }),
  gentle: make({ brows: { inner: -4, outer: 2 }, eyes: { open: 0.8, slant: -1 }, mouth: 'soft-smile' }),
  // Kakashi in the forest: one eye narrowed in pain, brow knotted.
  wounded: make({ brows: { inner: 8, outer: -2 }, eyes: { open: 0.45, slant: 2 }, mouth: 'grit', extras: ['pain-lines'] }),
  // Unconscious: eyes shut, face slack.
  unconscious: make({ brows: { inner: -2, outer: 4 }, eyes: { open: 0 }, mouth: 'flat' }),
} satisfies Record<string, Expression>;

export type ExpressionName = keyof typeof EXPRESSIONS;
