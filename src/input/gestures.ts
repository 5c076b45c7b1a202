import { commandForSwipe } from './keys';
import type { Command } from './keys';

/**
 * Presses on the stage to reader commands, for mouse, pen and touch alike: a tap or click reads on,
 * a rightward swipe rolls back, a long touch (or a right-click) hides the interface. A press that
 * became a swipe or a long press never also reads on. No DOM here: reader.ts feeds it the events
 * and the clock, so the rules are unit-tested.
 */
export interface PressEvent {
  x: number;
  y: number;
  pointerId: number;
  /** 'mouse' | 'touch' | 'pen' (PointerEvent.pointerType). */
  kind: string;
  primary: boolean;
}

export interface GestureOptions {
  /** How long a still touch must stay down to count as a long press. */
  longPressMs?: number;
  /** How far a finger may drift and still be a tap or a long press (CSS px). */
  slop?: number;
  /** Runs `fn` after `ms`; returns a cancel. */
  schedule: (fn: () => void, ms: number) => () => void;
  run: (command: Command) => void;
}

export interface Gestures {
  down(e: PressEvent): void;
  move(e: PressEvent): void;
  up(e: PressEvent): void;
  cancel(): void;
  /** A click reached the stage: true when it reads on (a tap), false when a gesture already used it. */
  click(): boolean;
  /** The browser's context menu: true when it is a right-click (hide), false when a long touch caused it. */
  contextMenu(): boolean;
}

export function createGestures({ longPressMs = 500, slop = 12, schedule, run }: GestureOptions): Gestures {
  let start: { x: number; y: number; id: number; touch: boolean } | null = null;
  let cancelTimer: (() => void) | null = null;
  /** The current or last press was a swipe or long press: its click and context menu are spent. */
  let used = false;
  let longPressed = false;

  const stopTimer = () => {
    cancelTimer?.();
    cancelTimer = null;
  };

  return {
    down(e) {
      if (!e.primary) return; // a second finger is not a new press
      stopTimer();
      start = { x: e.x, y: e.y, id: e.pointerId, touch: e.kind !== 'mouse' };
      used = false;
      longPressed = false;
      if (start.touch) {
        cancelTimer = schedule(() => {
          cancelTimer = null;
          used = longPressed = true;
          run('hide');
        }, longPressMs);
      }
    },
    move(e) {
      if (!start || e.pointerId !== start.id) return;
      if (Math.hypot(e.x - start.x, e.y - start.y) > slop) stopTimer();
    },
    up(e) {
      if (!start || e.pointerId !== start.id) return;
      stopTimer();
      const dx = e.x - start.x;
      const dy = e.y - start.y;
      start = null;
      if (longPressed) return;
      if (Math.hypot(dx, dy) > slop) used = true;
      const command = commandForSwipe(dx, dy);
      if (command) run(command);
    },
    cancel() {
      stopTimer();
      start = null;
    },
    click() {
      if (used) {
        used = false;
        return false;
      }
      return true;
    },
    contextMenu() {
      // A long touch raises the context menu too: the timer has answered it (or is about to).
      if (longPressed || start?.touch) return false;
      return true;
    },
  };
}
