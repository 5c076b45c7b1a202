import { describe, expect, it } from 'vitest';
import type { Place } from '../../src/compiler/story';
import { arrangeCast, boxAt, clear, figureOf } from '../../src/stage/crowd';
import type { Box, Figure, Member, Spot } from '../../src/stage/crowd';
import { computeLayout, placeX } from '../../src/stage/layout';

/** Where the cast stands, case by case: sizes, nudges away from the edges and from each other. */

const standing = (place: Place): Member => ({ place, figure: figureOf('iruka-worried') });
const bed = (place: Place): Member => ({ place, figure: figureOf('kakashi-bed') });
/** Each spot's x to a hundredth, and its height as a share of the layout's portrait height. */
const summary = (layout: ReturnType<typeof computeLayout>, spots: Spot[]) =>
  spots.map((s) => ({ x: Math.round(s.x * 100) / 100, bottom: Math.round(s.bottom * 100) / 100, scale: Math.round((s.height / layout.portraitHeight) * 1e4) / 1e4 }));

describe('arranging the cast', () => {
  const desk = computeLayout(1920, 1080);
  const phone = computeLayout(390, 844);
  /** A portrait's width at full size on the phone. */
  const width = (phone.portraitHeight * 2) / 3;

  it('up to three stand at full size; four or more a little smaller (88 % on a wide screen)', () => {
    const three = arrangeCast(desk, [standing('left'), standing('center'), standing('right')]);
    expect(summary(desk, three)).toEqual([
      { x: 460.8, bottom: 1080, scale: 1 }, { x: 960, bottom: 1080, scale: 1 }, { x: 1459.2, bottom: 1080, scale: 1 },
    ]);
    const four = arrangeCast(desk, [standing('far-left'), standing('mid-left'), standing('mid-right'), standing('far-right')]);
    expect(summary(desk, four).map((s) => [s.x, s.scale])).toEqual([[192, 0.88], [710.4, 0.88], [1209.6, 0.88], [1728, 0.88]]);
  });

  it('on a phone, four start at 80 % and shrink until every face shows, standing lower to keep faces above the box', () => {
    const four = arrangeCast(phone, [standing('far-left'), standing('mid-left'), standing('mid-right'), standing('far-right')]);
    expect(summary(phone, four)).toEqual([
      { x: 52.77, bottom: 670.13, scale: 0.6012 }, { x: 146.12, bottom: 670.13, scale: 0.6012 },
      { x: 243.88, bottom: 670.13, scale: 0.6012 }, { x: 337.23, bottom: 670.13, scale: 0.6012 },
    ]);
    const three = arrangeCast(phone, [standing('left'), standing('center'), standing('right')]);
    expect(summary(phone, three)).toEqual([
      { x: 78.17, bottom: 697.72, scale: 0.7828 }, { x: 199.73, bottom: 697.72, scale: 0.7828 }, { x: 321.29, bottom: 697.72, scale: 0.7828 },
    ]);
  });

  it('someone at the edge of a phone steps in until their head is on screen', () => {
    expect(summary(phone, arrangeCast(phone, [standing('far-left')]))).toEqual([{ x: 87.78, bottom: 730.72, scale: 1 }]);
    expect(placeX(phone, 'far-left')).toBeLessThan(87.78);
  });

  it('neighbours too close step apart just far enough; whoever has room keeps their place', () => {
    // Two standing: 0.46 portrait widths, the right one moves.
    const pair = arrangeCast(phone, [standing('mid-left'), standing('center')]);
    expect(pair[0]!.x).toBeCloseTo(placeX(phone, 'mid-left'));
    expect(pair[1]!.x - pair[0]!.x).toBeCloseTo(0.46 * width);
    // A visitor left of a bed stands clear of the sleeper's face: 0.51 widths.
    const visit = arrangeCast(phone, [standing('left'), bed('center')]);
    expect(visit[1]!.x - visit[0]!.x).toBeCloseTo(0.51 * width);
    // A bed left of a visitor: the bed stands behind, so only the visitor's body must clear its face (0.38).
    const bedside = arrangeCast(phone, [bed('center'), standing('mid-right')]);
    expect(bedside[1]!.x - bedside[0]!.x).toBeCloseTo(0.38 * width);
    // Against the right edge the pair is pushed back left together.
    expect(bedside[1]!.x).toBeCloseTo(phone.width - 0.26 * width);
    expect(bedside[0]!.x).toBeLessThan(placeX(phone, 'center'));
  });

  it('a crowd that can never clear still stands, each at their place, no smaller than a quarter', () => {
    const crowd = Array.from({ length: 20 }, () => standing('center'));
    const spots = arrangeCast(phone, crowd);
    expect(spots).toHaveLength(20);
    for (const s of spots) {
      expect(s.x).toBe(placeX(phone, 'center'));
      expect(s.height / phone.portraitHeight).toBeGreaterThanOrEqual(0.25);
      expect(s.height / phone.portraitHeight).toBeLessThan(0.27);
    }
  });
});

describe('what counts as clear', () => {
  const layout = computeLayout(1280, 720);
  const one = [standing('left')];
  const at = (x: number, bottom = 720, height = 648): Spot => ({ x, bottom, height });

  it('a box of a figure on screen, in pixels', () => {
    expect(boxAt({ x: 300, bottom: 900, height: 900 }, figureOf('iruka-worried').face)).toEqual({ x0: 180, x1: 420, y0: 180, y1: 423 });
    const head = boxAt(at(300), figureOf('iruka-worried').head);
    expect(head.x0).toBeCloseTo(187.68);
    expect(head.x1).toBeCloseTo(412.32);
    expect(head.y0).toBeCloseTo(91.44);
    expect(head.y1).toBeCloseTo(396);
  });

  it('every head on screen, give or take half a pixel', () => {
    expect(clear(layout, one, [at(112.32)])).toBe(true);
    expect(clear(layout, one, [at(112)])).toBe(true);
    expect(clear(layout, one, [at(111)])).toBe(false);
    expect(clear(layout, one, [at(1168)])).toBe(true);
    expect(clear(layout, one, [at(1169)])).toBe(false);
    // Taller than the scene: the head is cut at the top.
    expect(clear(layout, one, [at(640, 720, 742)])).toBe(true);
    expect(clear(layout, one, [at(640, 720, 760)])).toBe(false);
  });

  it('every face above the text box', () => {
    // The face's bottom is 0.47 of the height from the top: bottom 820 puts it at 476.56, 920 at 576.56.
    expect(clear(layout, one, [at(640, 820)])).toBe(true);
    expect(clear(layout, one, [at(640, 920)])).toBe(false);
  });

  it('no face under a figure that may be drawn over it; a bed is drawn behind, so it hides no one', () => {
    const two = [standing('left'), standing('center')];
    expect(clear(layout, two, [at(600), at(700)])).toBe(false);
    expect(clear(layout, two, [at(400), at(900)])).toBe(true);
    expect(clear(layout, [standing('left'), bed('center')], [at(600), at(640)])).toBe(false);
    expect(clear(layout, [bed('left'), standing('center')], [at(600), at(800)])).toBe(true);
    // Each is checked, not only the first: the second's face under the first's body.
    expect(clear(layout, [bed('left'), standing('center')], [at(800), at(600)])).toBe(false);
  });
});

describe('half a pixel of rounding, no more', () => {
  // A figure in round fractions, drawn 768 px tall (512 wide), so edges fall on exact pixels.
  const box = (x0: number, x1: number, y0: number, y1: number): Box => ({ x0, x1, y0, y1 });
  const figure = (depth: number): Figure => ({ face: box(0.375, 0.625, 0.25, 0.5), head: box(0.25, 0.75, 0, 0.5), solid: [box(0.25, 0.75, 0, 1)], depth });
  const layout = { ...computeLayout(1280, 720), textBox: { x: 0, y: 480, width: 1280, height: 200 } };
  const member = (depth = 0): Member => ({ place: 'center', figure: figure(depth) });
  const at = (x: number, bottom = 768): Spot => ({ x, bottom, height: 768 });

  it('at the scene edges', () => {
    expect(clear(layout, [member()], [at(127.5, 767.5)])).toBe(true);
    expect(clear(layout, [member()], [at(127.4)])).toBe(false);
    expect(clear(layout, [member()], [at(1152.5)])).toBe(true);
    expect(clear(layout, [member()], [at(1152.6)])).toBe(false);
    expect(clear(layout, [member()], [at(640, 767.4)])).toBe(false);
  });

  it('at the text box', () => {
    expect(clear(layout, [member()], [at(640, 864.5)])).toBe(true);
    expect(clear(layout, [member()], [at(640, 864.6)])).toBe(false);
  });

  it('where a body meets a face', () => {
    // Side by side: each body overlaps the other's face by exactly half a pixel.
    expect(clear(layout, [member(), member()], [at(408.5), at(600)])).toBe(true);
    expect(clear(layout, [member(), member()], [at(409), at(600)])).toBe(false);
    expect(clear(layout, [member(), member()], [at(600), at(791.5)])).toBe(true);
    expect(clear(layout, [member(), member()], [at(600), at(791)])).toBe(false);
    // One behind, one in front and lower: the front one's top meets the face behind.
    const tall = { ...layout, textBox: { ...layout.textBox, y: 2000 } };
    expect(clear(tall, [member(-1), member()], [at(600), at(600, 1151.5)])).toBe(true);
    expect(clear(tall, [member(-1), member()], [at(600), at(600, 1150.5)])).toBe(false);
    // The front one higher up: its foot meets the face behind.
    const high = { ...tall, scene: { x: 0, y: -1000, width: 1280, height: 2000 } };
    expect(clear(high, [member(-1), member()], [at(600), at(600, 192.5)])).toBe(true);
    expect(clear(high, [member(-1), member()], [at(600), at(600, 193.5)])).toBe(false);
  });
});

describe('figures of the same depth may be drawn either way round', () => {
  const phone = computeLayout(390, 844);
  /** The distance between two spots, in widths of the portraits standing there. */
  const apart = ([a, b]: Spot[]) => (b!.x - a!.x) / ((a!.height * 2) / 3);
  const plain = figureOf('iruka-worried');
  /** A standing figure with an arm held out to one side, down from the shoulders. */
  const reaching = (side: 'left' | 'right'): Figure => ({
    ...plain,
    solid: [plain.solid[0]!, side === 'right' ? { x0: 0.16, x1: 1, y0: 0.3, y1: 1 } : { x0: 0, x1: 0.84, y0: 0.3, y1: 1 }],
  });

  it('so an arm held out keeps clear of the neighbour\'s face, on either side', () => {
    const right = arrangeCast(phone, [{ place: 'mid-left', figure: reaching('right') }, { place: 'center', figure: plain }]);
    expect(apart(right)).toBeCloseTo(0.7);
    const left = arrangeCast(phone, [{ place: 'mid-left', figure: plain }, { place: 'center', figure: reaching('left') }]);
    expect(apart(left)).toBeCloseTo(0.7);
  });

  it('an arm raised above the neighbour\'s face hides nothing', () => {
    const raised: Figure = { ...plain, solid: [plain.solid[0]!, { x0: 0.16, x1: 1, y0: 0, y1: 0.2 }] };
    const pair = arrangeCast(phone, [{ place: 'mid-left', figure: raised }, { place: 'center', figure: plain }]);
    expect(apart(pair)).toBeCloseTo(0.46);
  });
});
