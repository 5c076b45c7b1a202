import { describe, expect, it } from 'vitest';
import { compile } from '../fixtures/compile';

describe('lowering', () => {
  it('gives every beat its whole stage', () => {
    const { story, diagnostics } = compile(
      [
        'scene corridor "The Corridor"',
        '  bg hospital-corridor with dissolve',
        '  ambience hospital-hum',
        '  show iruka worried at left',
        '  Iruka runs.',
        '  show sakura at right with dissolve',
        '  sakura worried: "This way."',
        '  sfx door-slide',
        '  effect dim',
        '  hide iruka',
        '  The door opens.',
        'scene ward "The Ward"',
        '  Nothing yet.',
      ].join('\n'),
    );
    expect(diagnostics).toEqual([]);
    const beats = story!.beats;
    expect(beats.map((b) => [b.scene, b.speaker, b.text])).toEqual([
      ['corridor', null, 'Iruka runs.'],
      ['corridor', 'sakura', 'This way.'],
      ['corridor', null, 'The door opens.'],
      ['ward', null, 'Nothing yet.'],
    ]);
    expect(beats[0]!.stage).toEqual({
      bg: 'hospital-corridor', ambience: 'hospital-hum', effects: [], cast: [{ id: 'iruka', expression: 'worried', place: 'left' }],
    });
    expect(beats[0]!.bgTransition).toEqual({ kind: 'dissolve', duration: 800 });
    expect(beats[1]!.stage.cast).toEqual([
      { id: 'iruka', expression: 'worried', place: 'left' },
      { id: 'sakura', expression: 'worried', place: 'right' },
    ]);
    expect(beats[1]!.castTransition).toEqual({ kind: 'dissolve', duration: 800 });
    expect(beats[1]!.bgTransition).toEqual({ kind: 'cut', duration: 0 });
    expect(beats[2]!.stage).toMatchObject({ effects: ['dim'], cast: [{ id: 'sakura' }] });
    expect(beats[2]!.sfx).toEqual(['door-slide']);
    // A scene starts on an empty stage.
    expect(beats[3]!.stage).toEqual({ bg: null, ambience: null, effects: [], cast: [] });
    expect(story!.scenes).toEqual([
      { id: 'corridor', title: 'The Corridor', firstBeat: 0, beatCount: 3 },
      { id: 'ward', title: 'The Ward', firstBeat: 3, beatCount: 1 },
    ]);
  });

  it('shares the stage object between beats that do not change it', () => {
    const { story } = compile('scene s "S"\n  bg ward-day\n  One.\n  Two.\n  show iruka\n  Three.\n');
    const [a, b, c] = story!.beats;
    expect(a!.stage).toBe(b!.stage);
    expect(c!.stage).not.toBe(b!.stage);
  });

  it('orders the cast by place, defaults to neutral at center, and gives a taken place to the newcomer', () => {
    const { story } = compile('scene s "S"\n  show sakura at right\n  show iruka\n  show kakashi bed at right\n  Line.\n');
    expect(story!.beats[0]!.stage.cast).toEqual([
      { id: 'iruka', expression: 'neutral', place: 'center' },
      { id: 'kakashi', expression: 'bed', place: 'right' },
    ]);
  });

  it('keeps place and expression when shown again without them', () => {
    const { story } = compile('scene s "S"\n  show iruka worried at left\n  One.\n  show iruka at right\n  Two.\n');
    expect(story!.beats[1]!.stage.cast).toEqual([{ id: 'iruka', expression: 'worried', place: 'right' }]);
  });

  it('a speaker with an expression changes their portrait and it holds', () => {
    const { story } = compile('scene s "S"\n  show sakura\n  sakura worried: "Oh."\n  After.\n');
    expect(story!.beats.map((b) => b.stage.cast[0]!.expression)).toEqual(['worried', 'worried']);
  });

  it('hide all empties the stage; effect none clears effects', () => {
    const { story } = compile('scene s "S"\n  show iruka\n  show sakura at left\n  effect blur\n  One.\n  hide all\n  effect none\n  Two.\n');
    expect(story!.beats[0]!.stage).toMatchObject({ effects: ['blur'] });
    expect(story!.beats[1]!.stage).toMatchObject({ cast: [], effects: [] });
  });
});
