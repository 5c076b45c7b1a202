import { describe, expect, it } from 'vitest';
import { Session } from '../../src/story/session';
import { createStoryMachine } from '../../src/story/storyMachine';
import { mirrorText } from '../../src/story/view';
import { compile } from '../fixtures/compile';

const SCRIPT = ['scene one "One"', '  bg ward-day', '  show sakura', '  A.', '  sakura: "B."', 'scene two "Two"', '  C.'].join('\n');
const story = () => compile(SCRIPT).story!;
/** Instant text, so each advance moves one beat. */
const instant = () => new Session(story(), { charsPerSecond: Infinity });

describe('session', () => {
  it('starts on the title and shows the first line after start', () => {
    const s = instant();
    expect(s.view()).toMatchObject({ screen: 'title', beat: null });
    s.send({ type: 'player.start' });
    expect(s.view()).toMatchObject({ screen: 'reading', typing: false, beat: { text: 'A.' }, scene: { id: 'one' } });
  });

  it('reads a story whose machine was built ahead (in a task of its own) like one it builds itself', () => {
    const shared = story();
    const s = new Session(shared, { charsPerSecond: Infinity }, { storyMachine: createStoryMachine(shared) });
    s.send({ type: 'player.start' });
    s.send({ type: 'player.advance' });
    expect(mirrorText(s.view())).toBe('Sakura: B.');
    s.send({ type: 'player.advance' });
    expect(s.view()).toMatchObject({ beat: { text: 'C.' }, scene: { id: 'two' } });
  });

  it('completes a typing line on the first advance and moves on with the second', () => {
    const s = new Session(story(), { charsPerSecond: 10 });
    s.send({ type: 'player.start' });
    expect(s.view().typing).toBe(true);
    s.send({ type: 'player.advance' });
    expect(s.view()).toMatchObject({ typing: false, beat: { text: 'A.' } });
    s.send({ type: 'player.advance' });
    expect(s.view()).toMatchObject({ typing: true, beat: { text: 'B.' } });
  });

  it('mirrors the line with the speaker name; narration bare', () => {
    const s = instant();
    s.send({ type: 'player.start' });
    expect(mirrorText(s.view())).toBe('A.');
    s.send({ type: 'player.advance' });
    expect(mirrorText(s.view())).toBe('Sakura: B.');
  });

  it('reaches the end, rolls back from it, and returns to the title', () => {
    const s = instant();
    s.send({ type: 'player.start' });
    for (let i = 0; i < 3; i++) s.send({ type: 'player.advance' });
    expect(s.view()).toMatchObject({ screen: 'ended', beat: null });
    s.back();
    expect(s.view()).toMatchObject({ screen: 'reading', beat: { text: 'C.' } });
    s.send({ type: 'player.advance' });
    s.send({ type: 'player.title' });
    expect(s.view().screen).toBe('title');
  });

  it('New Game again from the title while on the first line reads on, with a fresh backlog', () => {
    const s = instant();
    s.send({ type: 'player.start' });
    s.send({ type: 'player.title' });
    s.send({ type: 'player.start' });
    expect(s.backlog().map((b) => b.text)).toEqual(['A.']);
    s.send({ type: 'player.advance' });
    expect(s.view()).toMatchObject({ screen: 'reading', beat: { text: 'B.' } });
  });

  it('jumps by id to the beat with its whole stage', () => {
    const s = instant();
    s.send({ type: 'player.start' });
    const target = s.currentStory.beats[1]!;
    s.jump(target.id);
    expect(s.view().beat).toBe(target);
    expect(s.view().beat!.stage).toMatchObject({ bg: 'ward-day', cast: [{ id: 'sakura' }] });
  });

  it('keeps the place on a hot reload when the beat survives, else goes to its scene start', () => {
    const s = instant();
    s.send({ type: 'player.start' });
    s.send({ type: 'player.advance' });
    s.replaceStory(compile(SCRIPT.replace('  A.', '  New first.\n  A.')).story!);
    expect(s.view().beat?.text).toBe('B.');
    s.replaceStory(compile(SCRIPT.replace('  sakura: "B."', '  sakura: "Reworded."')).story!);
    expect(s.view().beat?.text).toBe('A.');
  });

  it('notifies listeners with each new view', () => {
    const s = instant();
    const texts: (string | null)[] = [];
    s.subscribe((v) => texts.push(v.beat?.text ?? null));
    s.send({ type: 'player.start' });
    s.send({ type: 'player.advance' });
    expect(texts.filter((t, i) => t !== texts[i - 1])).toEqual(['A.', 'B.']);
  });
});
