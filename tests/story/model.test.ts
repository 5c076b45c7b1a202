import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Stage } from '../../src/compiler/story';
import { Session } from '../../src/story/session';
import { compile } from '../fixtures/compile';

/**
 * Model-based test of the session (the story and player machines joined): random sequences of what a
 * reader can do (press, roll back and forward, skip, auto, menus, a hidden tab, transitions, jumps,
 * time passing) are run against the session and against a small model of where the reader must be.
 * After every step: the stage shown is the stage the script gives that line; the seen record is exactly
 * the lines shown, with no hole; the backlog runs in reading order to the current line; rolling back then
 * forward returns the same line; no impossible state.
 */

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const SCRIPT = [
  'scene one "One"', '  bg forest-dusk', '  A.', '  show iruka worried at left', '  iruka: "B."', '  C.',
  'scene two "Two"', '  bg hospital-corridor with dissolve', '  ambience hospital-hum', '  show sakura at right', '  sakura: "D."', '  E.',
  'scene three "Three"', '  bg ward-day', '  F.', '  show iruka at left', '  iruka: "G."', '  hide iruka', '  H.',
].join('\n');
const story = compile(SCRIPT).story!;
const beats = story.beats;

/** The stage of each line, read off the script by hand: a new background clears the stage. */
const iruka = (expression: string) => ({ id: 'iruka', expression, place: 'left' as const });
const sakura = { id: 'sakura', expression: 'neutral', place: 'right' as const };
const stage = (bg: string, cast: Stage['cast'], ambience: string | null = null): Stage => ({ bg, cast, ambience, effects: [] });
const STAGES: Stage[] = [
  stage('forest-dusk', []),
  stage('forest-dusk', [iruka('worried')]),
  stage('forest-dusk', [iruka('worried')]),
  stage('hospital-corridor', [sakura], 'hospital-hum'),
  stage('hospital-corridor', [sakura], 'hospital-hum'),
  stage('ward-day', []),
  stage('ward-day', [iruka('neutral')]),
  stage('ward-day', []),
];
const TEXTS = ['A.', 'B.', 'C.', 'D.', 'E.', 'F.', 'G.', 'H.'];

type Step =
  | { do: 'start' | 'advance' | 'back' | 'forward' | 'backForward' | 'title' | 'menuOpen' | 'menuClose' | 'suspend' | 'resume' }
  | { do: 'auto' | 'skipToggle' | 'skipSceneEnd' }
  | { do: 'skipSet'; on: boolean }
  | { do: 'transition'; running: boolean }
  | { do: 'wait'; ms: number }
  | { do: 'jump'; beat: number }
  | { do: 'jumpScene'; scene: number };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { arbitrary: fc.constantFrom(...(['start', 'title', 'menuOpen', 'menuClose', 'suspend', 'resume', 'auto', 'skipToggle', 'skipSceneEnd'] as const)).map((d) => ({ do: d })), weight: 4 },
  { arbitrary: fc.constantFrom(...(['advance', 'back', 'forward', 'backForward'] as const)).map((d) => ({ do: d })), weight: 6 },
  { arbitrary: fc.boolean().map((on) => ({ do: 'skipSet' as const, on })), weight: 1 },
  { arbitrary: fc.boolean().map((running) => ({ do: 'transition' as const, running })), weight: 1 },
  { arbitrary: fc.constantFrom(1, 4, 20, 100, 1000, 5000).map((ms) => ({ do: 'wait' as const, ms })), weight: 4 },
  { arbitrary: fc.nat(beats.length - 1).map((beat) => ({ do: 'jump' as const, beat })), weight: 1 },
  { arbitrary: fc.nat(story.scenes.length - 1).map((scene) => ({ do: 'jumpScene' as const, scene })), weight: 1 },
);

type Screen = 'title' | 'reading' | 'menu' | 'suspended' | 'ended';

/** Where the reader must be: the model's own state, moved by its own rules. */
interface Model {
  screen: Screen;
  /** Index of the current line; null before the first start and at the end. */
  at: number | null;
  shown: Set<string>;
  auto: boolean;
  skipping: boolean;
  transition: boolean;
}

const END = beats.length;

function failAt(message: string): never {
  throw new Error(message);
}

function fail(message: string): never {
  throw new Error(message);
}

/** Runs one reader's session through `steps`, checking it against the model after each. */
function run(steps: Step[], seenBefore: boolean[], cps: number, skipUnseen: boolean, stopAtScene: boolean): void {
  const seen = beats.filter((_, i) => seenBefore[i]).map((b) => b.id);
  const s = new Session(story, { charsPerSecond: cps }, { seen, skipRules: () => ({ skipUnseen, stopAtScene }) });
  const m: Model = { screen: 'title', at: null, shown: new Set(seen), auto: false, skipping: false, transition: false };
  const land = (i: number) => {
    m.at = i;
    if (i < END) m.shown.add(beats[i]!.id);
  };
  const reading = () => m.screen === 'reading';
  /** A new line arrives: the player types it (from the end card too). */
  const lineArrives = (i: number) => {
    land(i);
    if (m.screen === 'ended') m.screen = 'reading';
  };

  for (const [n, step] of steps.entries()) {
    const before = s.view();
    switch (step.do) {
      case 'start':
        s.send({ type: 'player.start' });
        if (m.screen === 'title') {
          m.screen = 'reading';
          land(0);
        }
        break;
      case 'advance': {
        s.send({ type: 'player.advance' });
        if (!reading()) break;
        if (m.transition && !m.skipping) break; // finishes the transition
        if (m.skipping) m.skipping = false; // stops the skip
        else if (!before.typing) {
          land(m.at! + 1);
          if (m.at === END) endCard();
        }
        break;
      }
      case 'back':
        if (m.screen !== 'reading' && m.screen !== 'ended') break; // as reader.ts: only with a line or the end card up
        if (s.back() !== (m.at === END || m.at! > 0)) fail('back() answered wrongly');
        if (m.at === END) lineArrives(END - 1);
        else if (m.at! > 0) land(m.at! - 1);
        break;
      case 'forward': {
        if (!reading()) break;
        const next = m.at! + 1;
        const can = next < END && m.shown.has(beats[next]!.id);
        if (s.forward() !== can) fail(`forward() from line ${m.at} answered ${!can}`);
        if (can) land(next);
        break;
      }
      case 'backForward': {
        if (!reading() || m.at === 0) break;
        const here = s.view().beat;
        if (!s.back() || !s.forward()) fail('rollback then roll-forward refused');
        if (s.view().beat !== here) fail(`rollback then roll-forward left line ${here?.index} for ${s.view().beat?.index}`);
        land(m.at! - 1);
        land(m.at! + 1);
        break;
      }
      case 'title':
        s.send({ type: 'player.title' });
        if (m.screen !== 'title') Object.assign(m, { screen: 'title', auto: false, skipping: false });
        break;
      case 'menuOpen':
        s.send({ type: 'player.menu.open' });
        if (m.screen === 'reading' || m.screen === 'suspended') Object.assign(m, { screen: 'menu', skipping: false });
        break;
      case 'menuClose':
        s.send({ type: 'player.menu.close' });
        if (m.screen === 'menu') m.screen = 'reading';
        break;
      case 'suspend':
        s.send({ type: 'player.suspend' });
        if (m.screen === 'reading') Object.assign(m, { screen: 'suspended', skipping: false });
        break;
      case 'resume':
        s.send({ type: 'player.resume' });
        if (m.screen === 'suspended') m.screen = 'reading';
        break;
      case 'auto':
        s.send({ type: 'player.auto.toggle' });
        if (reading()) Object.assign(m, { auto: !m.auto, skipping: false });
        break;
      case 'skipToggle':
        s.send({ type: 'player.skip.toggle' });
        if (reading()) Object.assign(m, { skipping: !m.skipping, auto: false });
        break;
      case 'skipSet':
        s.send({ type: 'player.skip.set', on: step.on });
        if (reading()) Object.assign(m, { skipping: step.on, auto: step.on ? false : m.auto });
        break;
      case 'transition':
        s.send({ type: 'player.transition', running: step.running });
        m.transition = step.running;
        break;
      case 'skipSceneEnd': {
        if (!reading()) break;
        s.skipToSceneEnd();
        const scene = story.scenes.find((sc) => sc.id === beats[m.at!]!.scene)!;
        land(scene.firstBeat + scene.beatCount - 1);
        break;
      }
      case 'jump':
      case 'jumpScene': {
        // As main.ts plays a beat or scene: from the title or the end card, start first.
        const target = step.do === 'jump' ? beats[step.beat]!.id : story.scenes[step.scene]!.id;
        const index = step.do === 'jump' ? step.beat : story.scenes[step.scene]!.firstBeat;
        if (m.screen !== 'title' && m.screen !== 'ended' && m.screen !== 'reading') break;
        if (m.screen === 'title' || m.screen === 'ended') s.send({ type: 'player.start' });
        if (m.screen === 'title') Object.assign(m, { screen: 'reading' }), land(0);
        s.jump(target);
        lineArrives(index);
        break;
      }
      case 'wait':
        wait(step.ms, n);
        break;
    }
    check(n, step);
  }
  s.stop();

  function endCard(): void {
    Object.assign(m, { screen: 'ended', auto: false, skipping: false });
  }

  /** Time passes: only auto and skip move the reader, only forward, only while reading, one line at a time. */
  function wait(ms: number, n: number): void {
    const fail: (why: string) => never = (why) => failAt(`step ${n}: ${why} after ${JSON.stringify(steps.slice(Math.max(0, n - 6), n))}`);
    const from = m.at;
    const shownBefore = new Set(m.shown);
    const { auto, skipping } = m;
    vi.advanceTimersByTime(ms);
    const to = position();
    const view = s.view();
    if (view.skipping && !skipping) fail('skip turned itself on');
    if (to !== from) {
      if (!reading() || (!auto && !skipping) || (auto && m.transition)) fail(`line ${from} moved to ${to} on its own (${m.screen}, auto ${auto}, skip ${skipping})`);
      if (to === null || from === null || to < from) fail(`time moved the reader back, from line ${from} to ${to}`);
      for (let i = from + 1; i <= to; i++) land(i);
      // Skip passes only lines read before (unless told otherwise) and stops on entering a new scene.
      for (let i = from + 1; skipping && i < to; i++) {
        if (!skipUnseen && !shownBefore.has(beats[i]!.id)) fail(`skip passed unseen line ${i}`);
        if (stopAtScene && beats[i]!.scene !== beats[i - 1]!.scene) fail(`skip passed the start of scene ${beats[i]!.scene}`);
      }
    }
    if (skipping && !view.skipping && to !== null && to < END) {
      // A skip stops only at the last line, on a line never read (unless told to skip those) or a new scene.
      const landed = beats[to]!;
      const why = to === END - 1 || (to !== from && ((!skipUnseen && !shownBefore.has(landed.id)) || (stopAtScene && landed.scene !== beats[to - 1]?.scene)));
      if (!why) fail(`skip stopped on line ${to} for no reason`);
    }
    m.skipping = view.skipping;
    if (to === END && from !== END) endCard();
  }

  /** The line the story rests on, whatever the screen: END after the last, null before the first start. */
  function position(): number | null {
    const beat = s.beat;
    return beat ? beat.index : m.at === null ? null : END;
  }

  function check(n: number, step: Step): void {
    const view = s.view();
    const where = `step ${n} (${JSON.stringify(step)}) after ${JSON.stringify(steps.slice(Math.max(0, n - 6), n))}`;
    if (position() !== m.at) fail(`${where}: the story rests on line ${position()}, model on ${m.at}`);
    const screen = m.screen === 'suspended' ? 'reading' : m.screen;
    if (view.screen !== screen) fail(`${where}: screen ${view.screen}, model ${screen}`);
    const onStage = screen === 'reading' || screen === 'menu';
    if (onStage !== (view.beat !== null)) fail(`${where}: ${view.screen} with line ${view.beat?.index}`);
    if (view.beat) {
      const i = view.beat.index;
      if (i !== m.at) fail(`${where}: on line ${i}, model on ${m.at}`);
      if (view.beat.text !== TEXTS[i]) fail(`${where}: line ${i} reads ${view.beat.text}`);
      if (!isDeepEqual(view.beat.stage, STAGES[i]!)) fail(`${where}: line ${i} shows ${JSON.stringify(view.beat.stage)}`);
      if (view.scene?.id !== view.beat.scene) fail(`${where}: scene ${view.scene?.id} for a line of ${view.beat.scene}`);
    }
    if (view.auto !== m.auto || view.skipping !== m.skipping) fail(`${where}: auto ${view.auto} skip ${view.skipping}, model ${m.auto} ${m.skipping}`);
    if (view.auto && view.skipping) fail(`${where}: auto and skip at once`);
    if (view.typing && (view.skipping || view.screen !== 'reading')) fail(`${where}: typing while ${view.skipping ? 'skipping' : view.screen}`);
    if (view.typing && !Number.isFinite(cps)) fail(`${where}: typing with instant text`);
    // The seen record: exactly the lines ever shown, so no line shown is missing from it.
    if (s.seen.size !== m.shown.size || [...m.shown].some((id) => !s.seen.has(id))) fail(`${where}: seen ${[...s.seen]}, shown ${[...m.shown]}`);
    // The backlog: lines in reading order (a jump may leave lines out), each seen, ending on the current one.
    const log = s.backlog();
    log.forEach((b, k) => {
      if (k > 0 && b.index <= log[k - 1]!.index) fail(`${where}: backlog goes from line ${log[k - 1]!.index} to ${b.index}`);
      if (!s.seen.has(b.id)) fail(`${where}: backlog line ${b.index} not seen`);
    });
    if (view.beat && log.at(-1) !== view.beat) fail(`${where}: backlog ends on ${log.at(-1)?.index}, not ${view.beat.index}`);
  }
}

function isDeepEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

// Mutation runs (tools/mutation/vitest.config.ts) ask for fewer runs and no shrinking: one run per mutant.
export const RUNS = Number(process.env.MODEL_RUNS ?? 1000);
export const STEPS = Number(process.env.MODEL_STEPS ?? 500);
const SHRINK = process.env.MODEL_SHRINK !== 'no';

describe('the session against a model of the reader', () => {
  it('the fixture is what the model assumes', () => {
    expect(beats.map((b) => b.text)).toEqual(TEXTS);
    expect(beats.map((b) => b.stage)).toEqual(STAGES);
  });

  it(`keeps stage, seen lines, backlog and state consistent over ${RUNS} runs of ${STEPS} steps`, () => {
    fc.assert(
      fc.property(
        fc.array(stepArb, { minLength: STEPS, maxLength: STEPS }),
        fc.array(fc.boolean(), { minLength: beats.length, maxLength: beats.length }),
        fc.constantFrom(Infinity, 45, 400),
        fc.boolean(),
        fc.boolean(),
        (steps, seenBefore, cps, skipUnseen, stopAtScene) => run(steps, seenBefore, cps, skipUnseen, stopAtScene),
      ),
      { numRuns: RUNS, endOnFailure: !SHRINK },
    );
  }, 600_000);
});
