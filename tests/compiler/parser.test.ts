import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../src/compiler/diagnostics';
import { lex } from '../../src/compiler/lexer';
import { parse } from '../../src/compiler/parser';

function parseText(text: string) {
  const sink = new DiagnosticSink();
  const script = parse(lex('p.vn', text, sink), sink);
  return { script, diagnostics: sink.items };
}

describe('parser', () => {
  it('builds title, cast and scene nodes', () => {
    const { script, diagnostics } = parseText('title "T"\ncast\n  iruka "Iruka" color #c98b4a\nscene s "S"\n  Narration.\n');
    expect(diagnostics).toEqual([]);
    expect(script.items.map((i) => i.kind)).toEqual(['title', 'cast', 'scene']);
    const cast = script.items[1];
    expect(cast?.kind === 'cast' && cast.entries[0]).toMatchObject({ id: { value: 'iruka' }, name: 'Iruka', color: '#c98b4a' });
  });

  it('parses every scene statement into its node', () => {
    const { script, diagnostics } = parseText(
      [
        'scene s "S"',
        '  bg ward-day with dissolve 1.5s',
        '  show iruka worried at left with fade',
        '  show sakura',
        '  hide iruka',
        '  hide all',
        '  ambience hospital-hum',
        '  ambience none',
        '  sfx door-slide',
        '  effect blur dim',
        '  effect none',
        '  Iruka runs.',
        '  "quietly, he waits."',
        '  sakura worried: "This way."',
        '  iruka: "Yes."',
      ].join('\n'),
    );
    expect(diagnostics).toEqual([]);
    const scene = script.items[0];
    if (scene?.kind !== 'scene') throw new Error('expected a scene');
    expect(scene.body.map((s) => s.kind)).toEqual([
      'bg', 'show', 'show', 'hide', 'hide', 'ambience', 'ambience', 'sfx', 'effect', 'effect', 'narrate', 'narrate', 'say', 'say',
    ]);
    expect(scene.body[0]).toMatchObject({ asset: { value: 'ward-day' }, transition: { kind: 'dissolve', duration: 1500 } });
    expect(scene.body[1]).toMatchObject({ who: { value: 'iruka' }, expression: { value: 'worried' }, place: 'left', transition: { kind: 'fade', duration: 1000 } });
    expect(scene.body[2]).toMatchObject({ who: { value: 'sakura' }, expression: null, place: null, transition: null });
    expect(scene.body[4]).toMatchObject({ who: 'all' });
    expect(scene.body[6]).toMatchObject({ asset: null });
    expect(scene.body[8]).toMatchObject({ effects: ['blur', 'dim'] });
    expect(scene.body[9]).toMatchObject({ effects: [] });
    expect(scene.body[11]).toMatchObject({ text: 'quietly, he waits.' });
    expect(scene.body[12]).toMatchObject({ speaker: { value: 'sakura' }, expression: { value: 'worried' }, text: 'This way.' });
  });

  it('treats capitalised lines with colons as narration unless the line is dialogue', () => {
    const { script } = parseText('scene s "S"\n  Later: the corridor is empty.\n  Iruka: "Yes."\n');
    const scene = script.items[0];
    if (scene?.kind !== 'scene') throw new Error('expected a scene');
    expect(scene.body.map((s) => s.kind)).toEqual(['narrate', 'say']);
  });

  it('reports every error of a file in one pass, resumes at the next line, and does not cascade under an unknown block', () => {
    const { diagnostics } = parseText(
      ['scene s "S"', '  shwo iruka', '  bg', '  show iruka at middle', '  bg x with wipe', '  Fine line.', '  effect glow', 'bg y', 'nonsense here', '  ignored under it', '    too deep'].join('\n'),
    );
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
      "2:3 unknown statement 'shwo'; did you mean `show`? (narration that starts with a lower-case word must be in double quotes)",
      '3:5 expected a background id, e.g. `bg forest-dusk`',
      "4:17 unknown place 'middle'; places are far-left, left, mid-left, center, mid-right, right, far-right",
      "5:13 unknown transition 'wipe'; transitions are cut, fade, dissolve",
      "7:10 unknown effect 'glow'; effects are blur, dim, sway, dark, or none",
      "8:1 'bg' must be inside a scene: indent it under a `scene` line",
      "9:1 unknown statement 'nonsense' at the top level (expected title, cast, scene or include)",
    ]);
  });
});
