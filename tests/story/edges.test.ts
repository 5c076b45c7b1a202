import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { autoDelay, createPlayerMachine, typingDuration } from '../../src/story/playerMachine';
import { Session } from '../../src/story/session';
import { beatIdOf, createStoryMachine } from '../../src/story/storyMachine';
import { mirrorText, selectView } from '../../src/story/view';
import { compile } from '../fixtures/compile';

/** The story layer's corners: pace changes, defaults, unknown ids, hot reloads, listeners, empty stories. */

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const SCRIPT = ['scene one "One"', '  bg forest-dusk', '  A.', '  B.', 'scene two "Two"', '  bg ward-day', '  C.', '  D.', '  E.'].join('\n');
const story = compile(SCRIPT).story!;
const text = (s: Session) => s.view().beat?.text ?? null;

describe('typing and auto timing', () => {
  it('types at the given speed, rounding up to whole milliseconds', () => {
    expect(typingDuration(45, 45)).toBe(1000);
    expect(typingDuration(1, 3)).toBe(334);
    expect(typingDuration(3, 2)).toBe(1500);
  });

  it('shows at once for no speed, a negative or an infinite one', () => {
    for (const cps of [0, -5, Infinity, Number.NaN]) expect(typingDuration(30, cps), String(cps)).toBe(0);
    expect(typingDuration(30, 0.5)).toBe(60_000);
  });

  it('waits the base plus a share per character on auto', () => {
    expect(autoDelay(10, { autoBaseMs: 1000, autoPerCharMs: 20 })).toBe(1200);
    expect(autoDelay(0, { autoBaseMs: 1000, autoPerCharMs: 20 })).toBe(1000);
    expect(autoDelay(-4, { autoBaseMs: -1, autoPerCharMs: 20 })).toBe(0);
  });
});

describe('player machine corners', () => {
  it('takes a new pace at once: the next line types at the new speed', () => {
    const actor = createActor(createPlayerMachine({ charsPerSecond: 10 })).start();
    actor.send({ type: 'player.start' });
    actor.send({ type: 'player.pace', pace: { charsPerSecond: 100 } });
    expect(actor.getSnapshot().context.charsPerSecond).toBe(100);
    actor.send({ type: 'player.line', length: 50 });
    vi.advanceTimersByTime(499);
    expect(actor.getSnapshot().hasTag('typing')).toBe(true);
    vi.advanceTimersByTime(1);
    expect(actor.getSnapshot().hasTag('shown')).toBe(true);
  });

  it('a line that arrives while another types starts its own typing time', () => {
    const actor = createActor(createPlayerMachine({ charsPerSecond: 10 })).start();
    actor.send({ type: 'player.start' });
    actor.send({ type: 'player.line', length: 100 });
    vi.advanceTimersByTime(9000);
    actor.send({ type: 'player.line', length: 100 });
    vi.advanceTimersByTime(2000);
    expect(actor.getSnapshot().hasTag('typing')).toBe(true);
  });

  it('stamps each line with the clock by default', () => {
    const actor = createActor(createPlayerMachine()).start();
    actor.send({ type: 'player.start' });
    vi.advanceTimersByTime(250);
    actor.send({ type: 'player.line', length: 3 });
    expect(actor.getSnapshot().context.lineStartedAt).toBe(performance.now());
    expect(actor.getSnapshot().context.lineStartedAt).toBeGreaterThan(0);
  });

  it('skip toggled while a line types shows it at once and skips on; a press while skipping stops the skip', () => {
    const actor = createActor(createPlayerMachine({ charsPerSecond: 10 })).start();
    const asked: string[] = [];
    actor.on('skip', () => asked.push('skip'));
    actor.send({ type: 'player.start' });
    actor.send({ type: 'player.line', length: 100 });
    actor.send({ type: 'player.skip.toggle' });
    expect(actor.getSnapshot().context.skipping).toBe(true);
    expect(actor.getSnapshot().hasTag('shown')).toBe(true);
    vi.advanceTimersByTime(10);
    expect(asked.length).toBeGreaterThan(0);
    actor.send({ type: 'player.advance' });
    expect(actor.getSnapshot().context.skipping).toBe(false);
    const count = asked.length;
    vi.advanceTimersByTime(100);
    expect(asked.length).toBe(count);
  });

  it('a line brought back from the end card types from the moment it arrives', () => {
    const actor = createActor(createPlayerMachine({ charsPerSecond: 10 })).start();
    actor.send({ type: 'player.start' });
    actor.send({ type: 'player.line', length: 4 });
    actor.send({ type: 'player.end' });
    vi.advanceTimersByTime(5000);
    actor.send({ type: 'player.line', length: 30 });
    expect(actor.getSnapshot().context).toMatchObject({ length: 30, lineStartedAt: performance.now() });
    vi.advanceTimersByTime(2999);
    expect(actor.getSnapshot().hasTag('typing')).toBe(true);
  });

  it('tags the menu, a hidden tab and the end card', () => {
    const actor = createActor(createPlayerMachine()).start();
    actor.send({ type: 'player.start' });
    actor.send({ type: 'player.line', length: 3 });
    actor.send({ type: 'player.menu.open' });
    expect(actor.getSnapshot().hasTag('menu')).toBe(true);
    actor.send({ type: 'player.menu.close' });
    actor.send({ type: 'player.suspend' });
    expect(actor.getSnapshot().hasTag('suspended')).toBe(true);
    actor.send({ type: 'player.resume' });
    actor.send({ type: 'player.end' });
    expect(actor.getSnapshot().hasTag('ended')).toBe(true);
  });
});

describe('session corners', () => {
  it('skips by default only through lines read before, and stops at a new scene', () => {
    const all = story.beats.map((b) => b.id);
    const s = new Session(story, { charsPerSecond: Infinity }, { seen: all });
    s.send({ type: 'player.start' });
    s.send({ type: 'player.skip.set', on: true });
    vi.advanceTimersByTime(1000);
    expect(text(s)).toBe('C.');
    const fresh = new Session(story, { charsPerSecond: Infinity }, { seen: all.slice(0, 1) });
    fresh.send({ type: 'player.start' });
    fresh.send({ type: 'player.skip.set', on: true });
    vi.advanceTimersByTime(1000);
    expect(text(fresh)).toBe('B.');
    expect(fresh.view().skipping).toBe(false);
  });

  it('tells who asked to finish a transition when the reader presses during one', () => {
    const s = new Session(story, { charsPerSecond: Infinity });
    const finished = vi.fn();
    s.onFinishTransition(finished);
    s.send({ type: 'player.start' });
    s.send({ type: 'player.transition', running: true });
    s.send({ type: 'player.advance' });
    expect(finished).toHaveBeenCalledTimes(1);
    expect(text(s)).toBe('A.');
  });

  it('ignores a jump to an id that is neither a beat nor a scene', () => {
    const s = new Session(story, { charsPerSecond: Infinity });
    s.send({ type: 'player.start' });
    s.send({ type: 'player.advance' });
    s.jump('nowhere');
    expect(text(s)).toBe('B.');
    s.jump('two');
    expect(text(s)).toBe('C.');
  });

  it('calls onSeen once for each line never shown before', () => {
    const onSeen = vi.fn();
    const s = new Session(story, { charsPerSecond: Infinity }, { seen: [story.beats[1]!.id], onSeen });
    s.send({ type: 'player.start' });
    s.send({ type: 'player.advance' });
    s.back();
    s.forward();
    s.send({ type: 'player.advance' });
    expect(onSeen.mock.calls.map(([id]) => id)).toEqual([story.beats[0]!.id, story.beats[2]!.id]);
  });

  it('tells listeners when a typing line completes, and no more once stopped or unsubscribed', () => {
    const s = new Session(story, { charsPerSecond: 10 });
    const views: boolean[] = [];
    const off = s.subscribe((v) => views.push(v.typing));
    s.send({ type: 'player.start' });
    s.send({ type: 'player.advance' });
    expect(views.at(-1)).toBe(false);
    expect(views).toContain(true);
    off();
    const count = views.length;
    s.send({ type: 'player.advance' });
    expect(views.length).toBe(count);
    const later: string[] = [];
    s.subscribe((v) => later.push(v.screen));
    s.stop();
    s.send({ type: 'player.title' });
    expect(later).toEqual([]);
  });

  it('on a hot reload keeps a line that survives, else goes to the start of its own scene, else the first line', () => {
    const s = new Session(story, { charsPerSecond: Infinity });
    s.send({ type: 'player.start' });
    s.jump(story.beats[3]!.id); // D., in scene two
    s.replaceStory(compile(SCRIPT.replace('  D.', '  D, reworded.')).story!);
    expect(text(s)).toBe('C.');
    expect(s.backlog().map((b) => b.text)).toEqual(['A.', 'C.']); // lines gone from the story leave the backlog
    s.replaceStory(compile(SCRIPT.replace(/scene two[\s\S]*/, 'scene three "Three"\n  bg ward-day\n  F.')).story!);
    expect(text(s)).toBe('A.');
  });

  it('jumps before the first start, and a jump to the line on screen changes nothing', () => {
    const s = new Session(story, { charsPerSecond: 10 });
    s.jump(story.beats[2]!.id);
    expect(s.beat?.text).toBe('C.');
    s.send({ type: 'player.start' });
    s.send({ type: 'player.advance' }); // completes A.
    expect(s.view()).toMatchObject({ typing: false, beat: { text: 'A.' } });
    s.jump(story.beats[0]!.id);
    expect(s.view()).toMatchObject({ typing: false, beat: { text: 'A.' } });
  });

  it('rolls back from the end card to the last line, and says so', () => {
    const s = new Session(story, { charsPerSecond: Infinity });
    s.send({ type: 'player.start' });
    s.jump(story.beats.at(-1)!.id);
    s.send({ type: 'player.advance' });
    expect(s.view().screen).toBe('ended');
    expect(s.back()).toBe(true);
    expect(text(s)).toBe('E.');
  });
});

describe('story machine and view corners', () => {
  it('an empty story starts at its end', () => {
    const empty = { ...story, scenes: [], beats: [] };
    const actor = createActor(createStoryMachine(empty)).start();
    expect(actor.getSnapshot().status).toBe('done');
  });

  it('reads the beat id only from a scene-and-beat value', () => {
    expect(beatIdOf({ one: 'one-abc' })).toBe('one-abc');
    expect(beatIdOf(null)).toBeNull();
    expect(beatIdOf('chapter-end')).toBeNull();
    expect(beatIdOf({ one: { deeper: 'x' } })).toBeNull();
  });

  it('shows the beat on the reading screen and under a menu, never on the title or the end card', () => {
    const beat = story.beats[2]!;
    const facts = { typing: false, lineStartedAt: 0, charsPerSecond: 45, auto: false, skipping: false };
    for (const screen of ['reading', 'menu'] as const) expect(selectView(story, beat, { ...facts, screen })).toMatchObject({ beat, scene: { id: 'two' } });
    for (const screen of ['title', 'ended'] as const) expect(selectView(story, beat, { ...facts, screen })).toMatchObject({ beat: null, scene: null, speaker: null });
    expect(mirrorText({ beat: null, speaker: null })).toBe('');
  });
});
