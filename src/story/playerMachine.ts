import { assign, emit, setup } from 'xstate';
import type { Pace, PlayerEmitted, PlayerEvent } from './events';
import { typingMs } from './typewriter';

export interface PlayerContext extends Pace {
  /** Characters in the current line, and the writer's pauses in it (ms). */
  length: number;
  pauseMs: number;
  /** `performance.now()` when the current line began typing; the stage derives the reveal from it. */
  lineStartedAt: number;
  auto: boolean;
  skipping: boolean;
  /** A stage transition is running: a press finishes it instead of reading on, and auto waits. */
  transition: boolean;
}

export interface PlayerInput extends Partial<Pace> {
  now?: () => number;
}

export const DEFAULT_CPS = 45;
/** Time between skipped lines: fast enough to skip the chapter in well under two seconds. */
export const SKIP_INTERVAL_MS = 4;

/** How long a line of `length` characters types, in ms. Pure. */
export function typingDuration(length: number, charsPerSecond: number): number {
  if (!Number.isFinite(charsPerSecond) || charsPerSecond <= 0) return 0;
  return Math.ceil((length * 1000) / charsPerSecond);
}

/** How long auto waits on a fully shown line before moving on, in ms. Monotonic in `length`. Pure. */
export function autoDelay(length: number, pace: Pick<Pace, 'autoBaseMs' | 'autoPerCharMs'>): number {
  const chars = length > 0 ? length : 0; // NaN and negatives count as empty
  return Math.max(0, pace.autoBaseMs) + Math.max(0, pace.autoPerCharMs) * chars;
}

/**
 * What the reader is doing: on the title, reading (a line typing or shown in full; auto or skip
 * on or off), in a menu, suspended (tab hidden) or at the end. It knows nothing of beats: it emits
 * `advance` or `skip` and the session answers with `player.line` (or `player.end`). Timers live in
 * states, so leaving a state (a menu opening, the tab hiding) cancels them: nothing fires behind a menu.
 */
export function createPlayerMachine(input: PlayerInput = {}) {
  const now = input.now ?? (() => performance.now());
  return setup({
    types: {
      context: {} as PlayerContext,
      events: {} as PlayerEvent,
      emitted: {} as PlayerEmitted,
    },
    actions: {
      startLine: assign(({ event }) => (event.type === 'player.line' ? { length: event.length, pauseMs: event.pauseMs ?? 0, lineStartedAt: now() } : {})),
      askAdvance: emit({ type: 'advance' } as const),
      askRestart: emit({ type: 'restart' } as const),
      askSkip: emit({ type: 'skip' } as const),
      askFinishTransition: emit({ type: 'finishTransition' } as const),
      setTransition: assign(({ event }) => (event.type === 'player.transition' ? { transition: event.running } : {})),
      toggleAuto: assign({ auto: ({ context }) => !context.auto, skipping: false }),
      toggleSkip: assign({ skipping: ({ context }) => !context.skipping, auto: false }),
      setSkip: assign(({ event, context }) => (event.type === 'player.skip.set' ? { skipping: event.on, auto: event.on ? false : context.auto } : {})),
      stopModes: assign({ skipping: false }),
      setPace: assign(({ event }) => (event.type === 'player.pace' ? event.pace : {})),
    },
    guards: {
      showsAtOnce: ({ context }) => context.skipping || typingDuration(context.length, context.charsPerSecond) === 0,
      isAuto: ({ context }) => context.auto && !context.transition,
      inTransition: ({ context }) => context.transition && !context.skipping,
      isSkipping: ({ context }) => context.skipping,
    },
    delays: {
      // A writer's pauses hold the typewriter (and so auto) when text types; instant text has none.
      typing: ({ context }) => typingMs(context.length, context.charsPerSecond, [{ at: 0, ms: context.pauseMs }]),
      auto: ({ context }) => autoDelay(context.length, context),
      skip: SKIP_INTERVAL_MS,
    },
  }).createMachine({
    id: 'player',
    context: {
      charsPerSecond: input.charsPerSecond ?? DEFAULT_CPS,
      autoBaseMs: input.autoBaseMs ?? 1200,
      autoPerCharMs: input.autoPerCharMs ?? 35,
      length: 0,
      pauseMs: 0,
      lineStartedAt: 0,
      auto: false,
      skipping: false,
      transition: false,
    },
    initial: 'title',
    on: {
      'player.pace': { actions: 'setPace' },
      'player.transition': { actions: 'setTransition' },
    },
    states: {
      title: {
        entry: assign({ auto: false, skipping: false }),
        on: { 'player.start': { target: 'reading', actions: 'askRestart' } },
      },
      reading: {
        initial: 'waiting',
        on: {
          'player.line': { target: '.typing', reenter: true, actions: 'startLine' },
          'player.end': { target: 'ended' },
          'player.menu.open': { target: 'menu' },
          'player.suspend': { target: 'suspended' },
          'player.title': { target: 'title' },
        },
        states: {
          /** Before the first line arrives (the stage may still be loading). */
          waiting: {},
          typing: {
            tags: ['typing'],
            always: { guard: 'showsAtOnce', target: 'shown' },
            after: { typing: 'shown' },
            on: {
              // The first press finishes a running transition, else completes the line (or stops a skip).
              'player.advance': [
                { guard: 'inTransition', actions: 'askFinishTransition' },
                { guard: 'isSkipping', actions: 'stopModes' },
                { target: 'shown' },
              ],
              'player.auto.toggle': { actions: 'toggleAuto' },
              'player.skip.toggle': { target: 'typing', reenter: true, actions: 'toggleSkip' },
              'player.skip.set': { target: 'typing', reenter: true, actions: 'setSkip' },
            },
          },
          shown: {
            tags: ['shown'],
            after: {
              skip: { guard: 'isSkipping', actions: 'askSkip' },
              auto: { guard: 'isAuto', actions: 'askAdvance' },
            },
            on: {
              'player.advance': [
                { guard: 'inTransition', actions: 'askFinishTransition' },
                { guard: 'isSkipping', actions: 'stopModes', target: 'shown', reenter: true },
                { actions: 'askAdvance' },
              ],
              // Auto counts from the end of a transition, so a long fade is seen whole.
              'player.transition': { target: 'shown', reenter: true, actions: 'setTransition' },
              // Re-entering restarts the timers with the new mode.
              'player.auto.toggle': { target: 'shown', reenter: true, actions: 'toggleAuto' },
              'player.skip.toggle': { target: 'shown', reenter: true, actions: 'toggleSkip' },
              'player.skip.set': { target: 'shown', reenter: true, actions: 'setSkip' },
            },
          },
          hist: { type: 'history' },
        },
      },
      menu: {
        tags: ['menu'],
        entry: 'stopModes',
        on: { 'player.menu.close': 'reading.hist', 'player.title': 'title' },
      },
      suspended: {
        tags: ['suspended'],
        entry: 'stopModes',
        on: { 'player.resume': 'reading.hist', 'player.menu.open': 'menu', 'player.title': 'title' },
      },
      ended: {
        tags: ['ended'],
        entry: assign({ auto: false, skipping: false }),
        // Rolling back from the end card brings a line again.
        on: { 'player.title': 'title', 'player.line': { target: 'reading.typing', actions: 'startLine' } },
      },
    },
  });
}

export type PlayerMachine = ReturnType<typeof createPlayerMachine>;
