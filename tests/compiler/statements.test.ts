import { describe, expect, it } from 'vitest';
import type { SceneStatement } from '../../src/compiler/ast';
import { DiagnosticSink } from '../../src/compiler/diagnostics';
import { lex } from '../../src/compiler/lexer';
import { parse } from '../../src/compiler/parser';

/**
 * Each scene command, right and wrong: what it reads as, or the one error a writer sees, at its
 * line, column and width (`line:column+length`), so an editor underlines the right word.
 */

/** Parses `statement` as the only line of a scene; the node without spans, and the diagnostics. */
function statement(text: string): { node: unknown; messages: string[] } {
  const sink = new DiagnosticSink();
  const file = parse(lex('p.vn', `scene s "S"\n  ${text}\n`, sink), sink);
  const scene = file.items[0];
  const node: SceneStatement | undefined = scene?.kind === 'scene' ? scene.body[0] : undefined;
  return {
    node: node && JSON.parse(JSON.stringify(node, (key, value: unknown) => (key === 'span' ? undefined : value))),
    messages: sink.items.map((d) => `${d.line}:${d.column}+${d.length} ${d.message}`),
  };
}

const reads = (text: string, node: unknown) => expect(statement(text)).toEqual({ node, messages: [] });
const fails = (text: string, message: string) => expect(statement(text)).toEqual({ node: undefined, messages: [message] });

describe('transitions', () => {
  it('take their default length, or one from 0.2 s to 10 s, in milliseconds', () => {
    reads('bg ward-day with cut', { kind: 'bg', asset: { value: 'ward-day' }, transition: { kind: 'cut', duration: 0 } });
    reads('bg ward-day with fade 0.2s', { kind: 'bg', asset: { value: 'ward-day' }, transition: { kind: 'fade', duration: 200 } });
    reads('bg ward-day with dissolve 0.25s', { kind: 'bg', asset: { value: 'ward-day' }, transition: { kind: 'dissolve', duration: 250 } });
    reads('bg ward-day with fade 10s', { kind: 'bg', asset: { value: 'ward-day' }, transition: { kind: 'fade', duration: 10000 } });
    reads('hide iruka with dissolve 2s', { kind: 'hide', who: { value: 'iruka' }, transition: { kind: 'dissolve', duration: 2000 } });
  });

  it('a length out of range, a timed cut, or a missing or quoted kind is an error at its place', () => {
    fails('bg ward-day with fade 0.19s', '2:25+5 a transition lasts 0.2s to 10s');
    fails('bg ward-day with fade 10.01s', '2:25+6 a transition lasts 0.2s to 10s');
    fails('bg ward-day with cut 1s', '2:24+2 a cut takes no time');
    fails('bg ward-day with', '2:19+1 expected a transition (cut, fade, dissolve)');
    fails('bg ward-day with "fade"', "2:20+6 expected a transition (cut, fade, dissolve), found 'fade'");
    fails('hide iruka with spin', "2:19+4 unknown transition 'spin'; transitions are cut, fade, dissolve");
    fails('show iruka worried at left with', '2:34+1 expected a transition (cut, fade, dissolve)');
  });

  it('nothing may follow a transition', () => {
    fails('bg ward-day with dissolve 2.5s now', "2:34+3 unexpected 'now' after the background");
  });
});

describe('bg and show', () => {
  it('bg needs an id and nothing after it', () => {
    fails('bg "ward"', "2:6+6 expected a background id, e.g. `bg forest-dusk`, found 'ward'");
    fails('bg ward-day extra', "2:15+5 unexpected 'extra' after the background");
  });

  it('show takes an optional expression, place and transition, in that order', () => {
    reads('show iruka at left', { kind: 'show', who: { value: 'iruka' }, expression: null, place: 'left', transition: null });
    reads('show iruka with fade', { kind: 'show', who: { value: 'iruka' }, expression: null, place: null, transition: { kind: 'fade', duration: 1000 } });
    reads('show iruka worried', { kind: 'show', who: { value: 'iruka' }, expression: { value: 'worried' }, place: null, transition: null });
  });

  it('show: what is missing or extra is named', () => {
    fails('show', '2:7+1 expected who to show, e.g. `show iruka worried at left`');
    fails('show iruka "smiling"', "2:14+9 unexpected 'smiling' after show iruka");
    fails('show iruka worried happy', "2:22+5 unexpected 'happy' after show iruka");
    fails('show iruka at left extra', "2:22+5 unexpected 'extra' after show iruka");
    fails('show iruka at', '2:16+1 expected a place (far-left, left, mid-left, center, mid-right, right, far-right)');
    fails('show iruka at "left"', "2:17+6 expected a place (far-left, left, mid-left, center, mid-right, right, far-right), found 'left'");
  });
});

describe('hide, ambience, sfx and effect', () => {
  it('hide names someone or all', () => {
    reads('hide all with fade', { kind: 'hide', who: 'all', transition: { kind: 'fade', duration: 1000 } });
    fails('hide', '2:7+1 expected who to hide, or `all`');
    fails('hide iruka now', "2:14+3 unexpected 'now' after hide iruka");
  });

  it('ambience takes an id or none; sfx an id; one word each', () => {
    reads('ambience none', { kind: 'ambience', asset: null });
    reads('ambience hospital-hum', { kind: 'ambience', asset: { value: 'hospital-hum' } });
    reads('sfx door-slide', { kind: 'sfx', asset: { value: 'door-slide' } });
    fails('ambience', '2:11+1 expected an ambience id, or `none`');
    fails('ambience hum loud', "2:16+4 unexpected 'loud' after the ambience");
    fails('sfx', '2:6+1 expected a sound id, e.g. `sfx door-slide`');
    fails('sfx door-slide twice', "2:18+5 unexpected 'twice' after the sound");
  });

  it('effect lists effects once each, or none alone', () => {
    reads('effect blur blur dim', { kind: 'effect', effects: ['blur', 'dim'] });
    reads('effect sway dark', { kind: 'effect', effects: ['sway', 'dark'] });
    reads('effect none', { kind: 'effect', effects: [] });
    fails('effect', '2:3+6 `effect` needs one or more of blur, dim, sway, dark, or none');
    fails('effect none blur', "2:15+4 unexpected 'blur' after `effect none`");
    fails('effect blur, dim', "2:14+1 unknown effect ','; effects are blur, dim, sway, dark, or none");
    fails('effect glow dim', "2:10+4 unknown effect 'glow'; effects are blur, dim, sway, dark, or none");
  });

  it('every unknown effect of a line is named', () => {
    expect(statement('effect glow "fog" dim').messages).toEqual([
      "2:10+4 unknown effect 'glow'; effects are blur, dim, sway, dark, or none",
      "2:15+5 unknown effect 'fog'; effects are blur, dim, sway, dark, or none",
    ]);
  });
});
