import { assign, emit, setup } from 'xstate';
import type { PlayerEmitted, PlayerEvent } from './events';

export interface PlayerContext {
  /** Typewriter speed; Infinity shows lines at once. */
  charsPerSecond: number;
  /** Characters in the current line. */
  length: number;
  /** `performance.now()` when the current line began typing; the stage derives the reveal from it. */
  lineStartedAt: number;
}

export interface PlayerInput {
  charsPerSecond?: number;
  now?: () => number;
}

export const DEFAULT_CPS = 45;

/** How long a line of `length` characters types, in ms. Pure. */
export function typingDuration(length: number, charsPerSecond: number): number {
  if (!Number.isFinite(charsPerSecond) || charsPerSecond <= 0) return 0;
  return Math.ceil((length * 1000) / charsPerSecond);
}

/**
 * What the reader is doing: on the title, reading (a line typing or shown in full), in a menu, or at
 * the end. It knows nothing of beats: it emits `advance` when the reader asks for the next line, and
 * the session answers with `player.line` (or `player.end`).
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
      startLine: assign(({ event }) => (event.type === 'player.line' ? { length: event.length, lineStartedAt: now() } : {})),
      askAdvance: emit({ type: 'advance' } as const),
      askRestart: emit({ type: 'restart' } as const),
    },
    guards: {
      typesInstantly: ({ context }) => typingDuration(context.length, context.charsPerSecond) === 0,
    },
    delays: {
      typing: ({ context }) => typingDuration(context.length, context.charsPerSecond),
    },
  }).createMachine({
    id: 'player',
    context: { charsPerSecond: input.charsPerSecond ?? DEFAULT_CPS, length: 0, lineStartedAt: 0 },
    initial: 'title',
    on: {
      'player.settings': { actions: assign({ charsPerSecond: ({ event }) => event.charsPerSecond }) },
    },
    states: {
      title: {
        on: { 'player.start': { target: 'reading', actions: 'askRestart' } },
      },
      reading: {
        initial: 'waiting',
        on: {
          'player.line': { target: '.typing', reenter: true, actions: 'startLine' },
          'player.end': { target: 'ended' },
          'player.menu.open': { target: 'menu' },
          'player.title': { target: 'title' },
        },
        states: {
          /** Before the first line arrives (the stage may still be loading). */
          waiting: {},
          typing: {
            tags: ['typing'],
            always: { guard: 'typesInstantly', target: 'shown' },
            after: { typing: 'shown' },
            on: { 'player.advance': 'shown' },
          },
          shown: {
            tags: ['shown'],
            on: { 'player.advance': { actions: 'askAdvance' } },
          },
          hist: { type: 'history' },
        },
      },
      menu: {
        tags: ['menu'],
        on: { 'player.menu.close': 'reading.hist', 'player.title': 'title' },
      },
      ended: {
        tags: ['ended'],
        // Rolling back from the end card brings a line again.
        on: { 'player.title': 'title', 'player.line': { target: 'reading.typing', actions: 'startLine' } },
      },
    },
  });
}

export type PlayerMachine = ReturnType<typeof createPlayerMachine>;
