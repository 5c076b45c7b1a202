import { createActor } from 'xstate';
import type { Actor } from 'xstate';
import type { Beat, Story } from '../compiler/story';
import type { PlayerEvent } from './events';
import { createPlayerMachine } from './playerMachine';
import type { PlayerInput, PlayerMachine } from './playerMachine';
import { beatIdOf, createStoryMachine, indexBeats } from './storyMachine';
import type { StoryMachine } from './storyMachine';
import { selectView } from './view';
import type { Screen, View } from './view';

/**
 * A reading session: the story actor (where) and the player actor (what the reader does), joined.
 * Pure of DOM, Pixi and Howler; main.ts feeds it input and draws its views.
 */
export class Session {
  private storyMachine: StoryMachine;
  /** Null until the first line is asked for (on the title there is no position yet). */
  private storyActor: Actor<StoryMachine> | null = null;
  private readonly player: Actor<PlayerMachine>;
  private beats: Map<string, Beat>;
  private readonly listeners = new Set<(view: View) => void>();
  private lastBeat: Beat | null = null;

  constructor(private story: Story, input: PlayerInput = {}) {
    this.beats = indexBeats(story);
    this.storyMachine = createStoryMachine(story);
    this.player = createActor(createPlayerMachine(input));
    this.player.on('advance', () => this.storyActor?.send({ type: 'story.advance' }));
    this.player.on('restart', () => this.goTo(story.beats[0]?.id ?? null));
    this.player.subscribe(() => this.notify());
    this.player.start();
  }

  get currentStory(): Story {
    return this.story;
  }

  /** The beat the story points at, or null at the end. */
  get beat(): Beat | null {
    const value = this.storyActor?.getSnapshot().value;
    return this.beats.get(beatIdOf(value) ?? '') ?? null;
  }

  view(): View {
    const p = this.player.getSnapshot();
    const screen = (['title', 'menu', 'ended'] as const).find((s) => p.matches(s)) ?? 'reading';
    return selectView(this.story, this.beat, {
      screen: screen as Screen,
      typing: p.hasTag('typing'),
      lineStartedAt: p.context.lineStartedAt,
      charsPerSecond: p.context.charsPerSecond,
    });
  }

  subscribe(listener: (view: View) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  send(event: PlayerEvent): void {
    this.player.send(event);
  }

  /** Rolls back one beat; from the end card, back to the last line. */
  back(): void {
    if (this.atEnd) this.goTo(this.story.beats.at(-1)?.id ?? null);
    else this.storyActor?.send({ type: 'story.back' });
  }

  /** Shows beat `id`, or the first beat of scene `id`, at once (a lookup, never a replay). Unknown ids are ignored. */
  jump(id: string): void {
    const scene = this.story.scenes.find((s) => s.id === id);
    const target = scene ? this.story.beats[scene.firstBeat]?.id : this.beats.has(id) ? id : undefined;
    if (!target) return;
    if (!this.storyActor || this.atEnd) this.goTo(target);
    else if (scene) this.storyActor.send({ type: 'story.jump.scene', scene: scene.id });
    else this.storyActor.send({ type: 'story.jump', beat: target });
  }

  /**
   * Swaps in an edited story (hot reload) and keeps the reader's place: the same beat if it still
   * exists, else the start of its scene, else the first beat.
   */
  replaceStory(next: Story): void {
    const here = this.beat;
    this.story = next;
    this.beats = indexBeats(next);
    this.storyMachine = createStoryMachine(next);
    const scene = here && next.scenes.find((s) => s.id === here.scene);
    const target = (here && this.beats.get(here.id)) ?? (scene ? next.beats[scene.firstBeat] : next.beats[0]);
    this.lastBeat = null;
    this.goTo(target?.id ?? null);
  }

  stop(): void {
    this.storyActor?.stop();
    this.player.stop();
    this.listeners.clear();
  }

  /** Replaces the story actor with one resting on beat `id` (or at the end when null). */
  private goTo(id: string | null): void {
    this.storyActor?.stop();
    this.storyActor = this.spawnStory(id);
    this.onStoryChange();
  }

  private spawnStory(id: string | null): Actor<StoryMachine> {
    const beat = id ? this.beats.get(id) : undefined;
    const snapshot = beat ? this.storyMachine.resolveState({ value: { [beat.scene]: beat.id } }) : undefined;
    const actor = createActor(this.storyMachine, snapshot ? { snapshot } : {});
    actor.subscribe(() => this.onStoryChange());
    actor.start();
    return actor;
  }

  private onStoryChange(): void {
    const beat = this.beat;
    if (beat === this.lastBeat) return;
    this.lastBeat = beat;
    if (beat) this.player.send({ type: 'player.line', length: beat.text.length });
    else if (this.atEnd) this.player.send({ type: 'player.end' });
    this.notify();
  }

  private get atEnd(): boolean {
    return this.storyActor?.getSnapshot().status === 'done';
  }

  private notify(): void {
    const view = this.view();
    for (const listener of this.listeners) listener(view);
  }
}
