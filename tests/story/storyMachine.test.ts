import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { beatIdOf, createStoryMachine, END_ID } from '../../src/story/storyMachine';
import { compile } from '../fixtures/compile';

const { story } = compile(
  ['scene one "One"', '  A.', '  B.', 'scene two "Two"', '  C.', '  iruka: "D."'].join('\n'),
);

function start() {
  const actor = createActor(createStoryMachine(story!)).start();
  const at = () => story!.beats.find((b) => b.id === beatIdOf(actor.getSnapshot().value))?.text ?? null;
  return { actor, at };
}

describe('story machine', () => {
  it('has one state per beat, grouped by scene, and a final state', () => {
    const machine = createStoryMachine(story!);
    expect(Object.keys(machine.root.states)).toEqual(['one', 'two', END_ID]);
    expect(Object.keys(machine.root.states.one!.states)).toEqual(story!.beats.slice(0, 2).map((b) => b.id));
    expect(machine.root.states[END_ID]!.type).toBe('final');
  });

  it('advances through every beat across scenes to the end', () => {
    const { actor, at } = start();
    const seen = [at()];
    for (let i = 0; i < 4; i++) {
      actor.send({ type: 'story.advance' });
      seen.push(at());
    }
    expect(seen).toEqual(['A.', 'B.', 'C.', 'D.', null]);
    expect(actor.getSnapshot().status).toBe('done');
  });

  it('goes back one beat, across a scene boundary, and not before the first', () => {
    const { actor, at } = start();
    actor.send({ type: 'story.back' });
    expect(at()).toBe('A.');
    actor.send({ type: 'story.advance' });
    actor.send({ type: 'story.advance' });
    expect(at()).toBe('C.');
    actor.send({ type: 'story.back' });
    expect(at()).toBe('B.');
  });

  it('jumps to any beat in one step and ignores unknown ids', () => {
    const { actor, at } = start();
    actor.send({ type: 'story.jump', beat: story!.beats[3]!.id });
    expect(at()).toBe('D.');
    actor.send({ type: 'story.jump', beat: 'nowhere-0000000' });
    expect(at()).toBe('D.');
    actor.send({ type: 'story.jump', beat: story!.beats[0]!.id });
    expect(at()).toBe('A.');
  });

  it('jumps to a scene by id, landing on its first beat', () => {
    const { actor, at } = start();
    actor.send({ type: 'story.jump.scene', scene: 'two' });
    expect(at()).toBe('C.');
    actor.send({ type: 'story.jump.scene', scene: 'one' });
    expect(at()).toBe('A.');
    actor.send({ type: 'story.jump.scene', scene: 'nowhere' });
    expect(at()).toBe('A.');
  });
});
