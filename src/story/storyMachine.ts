import { setup } from 'xstate';
import type { Beat, Story } from '../compiler/story';
import type { StoryEvent } from './events';

/** The state id of the chapter's end; beat ids always carry a 7-character hash, so none can equal it. */
export const END_ID = 'chapter-end';

/**
 * Builds the story machine from a compiled Story: one state per beat, grouped by scene, and a final
 * state at the end. Jumping is one guarded transition per beat on the root, so it is a lookup of the
 * target state, never a replay of the beats between.
 */
export function createStoryMachine(story: Story) {
  const { beats } = story;
  const sceneStates: Record<string, { id: string; initial: string; states: Record<string, object> }> = {};
  for (const scene of story.scenes) {
    const first = beats[scene.firstBeat];
    if (first) sceneStates[scene.id] = { id: sceneStateId(scene.id), initial: first.id, states: {} };
  }
  beats.forEach((beat, i) => {
    const next = beats[i + 1];
    const prev = beats[i - 1];
    sceneStates[beat.scene]!.states[beat.id] = {
      id: beat.id,
      on: {
        'story.advance': { target: `#${next ? next.id : END_ID}` },
        ...(prev ? { 'story.back': { target: `#${prev.id}` } } : {}),
      },
    };
  });

  return setup({
    types: { events: {} as StoryEvent },
    guards: {
      isJumpTo: ({ event }, params: { beat: string }) => event.type === 'story.jump' && event.beat === params.beat,
      isSceneJumpTo: ({ event }, params: { scene: string }) => event.type === 'story.jump.scene' && event.scene === params.scene,
    },
  }).createMachine({
    id: 'story',
    initial: beats[0]?.scene ?? END_ID,
    on: {
      'story.jump': beats.map((b) => ({ guard: { type: 'isJumpTo' as const, params: { beat: b.id } }, target: `#${b.id}` })),
      'story.jump.scene': Object.keys(sceneStates).map((scene) => ({
        guard: { type: 'isSceneJumpTo' as const, params: { scene } },
        target: `#${sceneStateId(scene)}`,
      })),
    },
    states: {
      ...sceneStates,
      [END_ID]: { id: END_ID, type: 'final' },
    },
  });
}

export type StoryMachine = ReturnType<typeof createStoryMachine>;

/** State ids of scenes are prefixed so they can never meet a beat id. */
const sceneStateId = (scene: string): string => `scene:${scene}`;

/** The beat a story snapshot's value points at, or null at the end. Pure. */
export function beatIdOf(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const inner = Object.values(value as Record<string, unknown>)[0];
  return typeof inner === 'string' ? inner : null;
}

/** Index of beats by id, built once per story. */
export function indexBeats(story: Story): Map<string, Beat> {
  return new Map(story.beats.map((b) => [b.id, b]));
}
