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

/** How skipping treats lines never seen and scene changes (from the reader's settings). */
export interface SkipRules {
  skipUnseen: boolean;
  stopAtScene: boolean;
}

export interface SessionOptions {
  /** Beats seen in any playthrough (persisted by the caller). */
  seen?: Iterable<string>;
  skipRules?: () => SkipRules;
  /** Called when a beat is shown for the first time ever. */
  onSeen?: (id: string) => void;
  /** The story's machine (`createStoryMachine`), when built ahead in a task of its own; else built here. */
  storyMachine?: StoryMachine;
}

/**
 * A reading session: the story actor (where) and the player actor (what the reader does), joined.
 * Pure of DOM, Pixi and Howler; main.ts feeds it input and draws its views.
 */
export class Session {
  /** Every beat ever shown, across playthroughs: read-only skip and roll-forward stop at the rest. */
  readonly seen: Set<string>;
  /** The beats read this session, in order, up to the current one: the backlog. */
  private log: string[] = [];
  private readonly skipRules: () => SkipRules;
  private readonly onSeen: (id: string) => void;

  private storyMachine: StoryMachine;
  /** Null until the first line is asked for (on the title there is no position yet). */
  private storyActor: Actor<StoryMachine> | null = null;
  private readonly player: Actor<PlayerMachine>;
  private beats: Map<string, Beat>;
  private readonly listeners = new Set<(view: View) => void>();
  private lastBeat: Beat | null = null;

  constructor(private story: Story, input: PlayerInput = {}, options: SessionOptions = {}) {
    this.seen = new Set(options.seen);
    this.skipRules = options.skipRules ?? (() => ({ skipUnseen: false, stopAtScene: true }));
    this.onSeen = options.onSeen ?? (() => undefined);
    this.beats = indexBeats(story);
    this.storyMachine = options.storyMachine ?? createStoryMachine(story);
    this.player = createActor(createPlayerMachine(input));
    this.player.on('advance', () => this.storyActor?.send({ type: 'story.advance' }));
    this.player.on('skip', () => this.skipStep());
    this.player.on('restart', () => {
      this.log = [];
      this.goTo(this.story.beats[0]?.id ?? null);
    });
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
      auto: p.context.auto,
      skipping: p.context.skipping,
    });
  }

  /** Calls `handler` when the reader asks to finish a running stage transition (a press during it). */
  onFinishTransition(handler: () => void): void {
    this.player.on('finishTransition', handler);
  }

  /** The beats read this session, oldest first, ending with the current one. */
  backlog(): Beat[] {
    return this.log.map((id) => this.beats.get(id)).filter((b): b is Beat => b !== undefined);
  }

  subscribe(listener: (view: View) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  send(event: PlayerEvent): void {
    this.player.send(event);
  }

  /** Rolls back one beat, across scenes; from the end card, back to the last line. False at the first beat. */
  back(): boolean {
    if (this.atEnd) {
      this.goTo(this.story.beats.at(-1)?.id ?? null);
      return true;
    }
    const here = this.beat;
    if (!here || here.index === 0) return false;
    this.storyActor?.send({ type: 'story.back' });
    return true;
  }

  /** Rolls forward one beat through what was read before; false when the next beat was never seen. */
  forward(): boolean {
    const here = this.beat;
    const next = here ? this.story.beats[here.index + 1] : undefined;
    if (!next || !this.seen.has(next.id)) return false;
    this.storyActor?.send({ type: 'story.advance' });
    return true;
  }

  /** Jumps to the last line of the current scene (skip to the end of this scene). */
  skipToSceneEnd(): void {
    const here = this.beat;
    const scene = here && this.story.scenes.find((s) => s.id === here.scene);
    const last = scene && this.story.beats[scene.firstBeat + scene.beatCount - 1];
    if (last && last !== here) this.jump(last.id);
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
    // The beat arrives anew even when it is the one shown before (New Game again from the first line):
    // the player must get its line, or it waits for one forever.
    this.lastBeat = null;
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

  /**
   * One step of skipping: move on only through beats seen before (unless the reader skips unseen
   * lines too), and stop on landing in a new scene when asked to. Stopping comes before the move,
   * so the line landed on types normally.
   */
  private skipStep(): void {
    const here = this.beat;
    const next = here ? this.story.beats[here.index + 1] : undefined;
    if (!here || !next) return this.player.send({ type: 'player.skip.set', on: false });
    const rules = this.skipRules();
    const stop = (!rules.skipUnseen && !this.seen.has(next.id)) || (rules.stopAtScene && next.scene !== here.scene);
    if (stop) this.player.send({ type: 'player.skip.set', on: false });
    this.storyActor?.send({ type: 'story.advance' });
  }

  private onStoryChange(): void {
    const beat = this.beat;
    if (beat === this.lastBeat) return;
    this.lastBeat = beat;
    if (beat) this.record(beat);
    if (beat) this.player.send({ type: 'player.line', length: beat.text.length, pauseMs: (beat.rich?.pauses ?? []).reduce((sum, p) => sum + p.ms, 0) });
    else if (this.atEnd) this.player.send({ type: 'player.end' });
    this.notify();
  }

  /** Marks `beat` seen and keeps the backlog a path ending at it (rolling back trims it). */
  private record(beat: Beat): void {
    const at = this.log.lastIndexOf(beat.id);
    const last = this.beats.get(this.log.at(-1) ?? '');
    if (at >= 0) this.log.length = at + 1;
    else if (!last || last.index < beat.index) this.log.push(beat.id);
    // Back past where this session began: the backlog starts again from here.
    else this.log = [beat.id];
    if (!this.seen.has(beat.id)) {
      this.seen.add(beat.id);
      this.onSeen(beat.id);
    }
  }

  private get atEnd(): boolean {
    return this.storyActor?.getSnapshot().status === 'done';
  }

  private notify(): void {
    const view = this.view();
    for (const listener of this.listeners) listener(view);
  }
}
