import { describe, expect, it } from 'vitest';
import { compileScript } from '../../src/compiler';
import { BODY_LINE, HEADER, compile } from '../fixtures/compile';

/**
 * What a scene's commands leave on stage for each line, and the warnings and errors about what
 * the writer put on stage (`line:column+length`, lines counted from the scene line as 1).
 */

const report = (body: string) =>
  compile(body).diagnostics.map((d) => `${d.line - BODY_LINE + 1}:${d.column}+${d.length} ${d.severity}: ${d.message}`);
const beats = (body: string) => compile(body).story!.beats;

describe('transitions and sounds belong to the next line only', () => {
  it('a show keeps the transition of an earlier show until the line; the line after cuts', () => {
    const [a, b] = beats('scene s "S"\n  show iruka with fade\n  show sakura at left\n  A.\n  B.\n');
    expect(a!.castTransition).toEqual({ kind: 'fade', duration: 1000 });
    expect(b!.castTransition).toEqual({ kind: 'cut', duration: 0 });
    expect(a!.stage.cast.map((c) => c.id)).toEqual(['sakura', 'iruka']);
  });

  it('a hide keeps an earlier transition too, or sets its own', () => {
    const [a, b] = beats('scene s "S"\n  show iruka\n  show sakura at left with dissolve\n  hide iruka\n  A.\n  hide sakura with fade\n  B.\n');
    expect(a!.castTransition).toEqual({ kind: 'dissolve', duration: 800 });
    expect(b!.castTransition).toEqual({ kind: 'fade', duration: 1000 });
    expect(b!.stage.cast).toEqual([]);
  });

  it('a later background without a transition cuts', () => {
    const [a] = beats('scene s "S"\n  bg ward-day with fade\n  bg forest-dusk\n  A.\n');
    expect(a!.stage.bg).toBe('forest-dusk');
    expect(a!.bgTransition).toEqual({ kind: 'cut', duration: 0 });
  });

  it('a sound plays with the next line only; one after the last line never plays, and says so', () => {
    const [a, b] = beats('scene s "S"\n  sfx door-slide\n  sfx door-slide\n  A.\n  B.\n');
    expect(a!.sfx).toEqual(['door-slide', 'door-slide']);
    expect(b!.sfx).toEqual([]);
    expect(report('scene s "S"\n  A.\n  sfx door-slide\n')).toEqual([
      '3:3+14 warning: this sound comes after the last line of the scene, so it never plays',
    ]);
    expect(report('scene s "S"\n  sfx door-slide\n  A.\n')).toEqual([]);
  });

  it('the ambience holds until changed; none stops it', () => {
    const [a, b] = beats('scene s "S"\n  ambience hospital-hum\n  A.\n  ambience none\n  B.\n');
    expect([a!.stage.ambience, b!.stage.ambience]).toEqual(['hospital-hum', null]);
  });
});

describe('the cast on stage', () => {
  it('an expression a speaker already wears changes nothing: the stage is shared', () => {
    const [a, b] = beats('scene s "S"\n  show sakura worried\n  sakura worried: "A."\n  B.\n');
    expect(a!.stage.cast).toEqual([{ id: 'sakura', expression: 'worried', place: 'center' }]);
    const [c, d] = beats('scene s "S"\n  show sakura worried\n  One.\n  sakura worried: "A."\n');
    expect(c!.stage).toBe(d!.stage);
    expect(b!.stage).toBe(a!.stage);
  });

  it('a speaker changing expression keeps their place and the others', () => {
    const [a] = beats('scene s "S"\n  show iruka at left\n  show sakura at right\n  sakura worried: "A."\n');
    expect(a!.stage.cast).toEqual([
      { id: 'iruka', expression: 'neutral', place: 'left' },
      { id: 'sakura', expression: 'worried', place: 'right' },
    ]);
  });

  it('hiding someone not on stage is a warning; hide all on an empty stage is not', () => {
    expect(report('scene s "S"\n  show sakura\n  hide sakura\n  hide sakura\n  A.\n')).toEqual(["4:8+6 warning: 'sakura' is not on stage"]);
    expect(report('scene s "S"\n  hide all\n  A.\n')).toEqual([]);
  });

  it('no stage warnings in a scene with a line that could not be read', () => {
    expect(report('scene s "S"\n  bg\n  sakura worried: "A."\n  hide iruka\n  B.\n  sfx door-slide\n')).toEqual([
      '2:5+1 error: expected a background id, e.g. `bg forest-dusk`',
    ]);
  });

  it('a mistyped expression, shown or spoken, gets a suggestion from that character\'s portraits', () => {
    expect(report('scene s "S"\n  show iruka woried\n  A.\n')).toEqual([
      "2:14+6 error: unknown expression 'woried' for 'iruka': no assets/portraits/iruka-woried.svg; did you mean 'worried'?",
    ]);
    expect(report('scene s "S"\n  sakura woried: "A."\n')).toEqual([
      "2:10+6 error: unknown expression 'woried' for 'sakura': no assets/portraits/sakura-woried.svg; did you mean 'worried'?",
    ]);
  });

  it('without an asset list, any expression goes', () => {
    const { story, diagnostics } = compileScript([{ name: 'a.vn', text: `${HEADER}scene s "S"\n  show iruka grinning\n  show sakura at left\n  sakura beaming: "A."\n` }]);
    expect(diagnostics).toEqual([]);
    expect(story!.beats[0]!.stage.cast).toEqual([
      { id: 'sakura', expression: 'beaming', place: 'left' },
      { id: 'iruka', expression: 'grinning', place: 'center' },
    ]);
  });
});

describe('names and assets', () => {
  it('unknown assets are named with the file that is missing and the nearest known one', () => {
    expect(report('scene s "S"\n  bg ward-dya\n  ambience hospitl-hum\n  sfx dor-slide\n  A.\n')).toEqual([
      "2:6+8 error: unknown background 'ward-dya': no assets/bg/ward-dya.svg; did you mean 'ward-day'?",
      "3:12+11 error: unknown ambience 'hospitl-hum': no assets/audio/hospitl-hum.ogg; did you mean 'hospital-hum'?",
      "4:7+9 error: unknown sound 'dor-slide': no assets/audio/dor-slide.ogg; did you mean 'door-slide'?",
    ]);
  });

  it('unknown people are named at their place', () => {
    expect(report('scene s "S"\n  mra: "A."\n  show naruto\n  hide naruto\n')).toEqual([
      "2:3+3 error: unknown speaker 'mra'; add them to the cast first",
      "3:8+6 error: unknown character 'naruto'; add them to the cast first",
      "4:8+6 error: unknown character 'naruto'; add them to the cast first",
    ]);
  });

  it('the story carries the title, the cast and the scenes in order', () => {
    const { story } = compile('scene a "First"\n  A.\nscene b "Second"\n  B.\n');
    expect(story!.title).toBe('Fixture');
    expect(story!.cast).toEqual({
      iruka: { name: 'Iruka', color: '#c98b4a' }, sakura: { name: 'Sakura', color: '#f3a5c0' }, kakashi: { name: 'Kakashi', color: '#b9c6d8' },
    });
    expect(story!.scenes.map((s) => [s.id, s.title])).toEqual([['a', 'First'], ['b', 'Second']]);
  });
});
