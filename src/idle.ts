/**
 * Work for the page's idle time: the warm-up, art preloads and readbacks run here so that they never
 * delay a frame or a press the reader waits for. `timeoutMs` bounds the wait on a page that is never
 * idle; without requestIdleCallback (Safari) a short timer stands in.
 */
import { nextTask } from './lazy';

type IdleCallback = (work: () => void, options?: { timeout: number }) => void;

export function whenIdle(work: () => void, timeoutMs = 1000): void {
  const request = (globalThis as { requestIdleCallback?: IdleCallback }).requestIdleCallback;
  if (request) request(work, { timeout: timeoutMs });
  else setTimeout(work, 50);
}

/** Resolves in the page's next idle period. */
export const idle = (timeoutMs = 1000): Promise<void> => new Promise((resolve) => whenIdle(resolve, timeoutMs));

/**
 * Idle periods for work a press may come to wait on (the engine's warm-up). Until then it yields to
 * the reader between its pieces; once the reader waits on it (`hurry`), it stops waiting for idle
 * time, but each piece still runs in a task of its own: chained as microtasks of the press, the
 * story's machine and the session made one task of 40-70 ms on the New Game click.
 */
export function idleGate(timeoutMs = 1000): { wait(): Promise<void>; hurry(): void } {
  let hurried = false;
  const waiting = new Set<() => void>();
  return {
    wait: () =>
      hurried
        ? nextTask()
        : new Promise<void>((resolve) => {
            waiting.add(resolve);
            whenIdle(() => waiting.delete(resolve) && resolve(), timeoutMs);
          }),
    hurry() {
      hurried = true;
      for (const resolve of waiting) void nextTask().then(resolve);
      waiting.clear();
    },
  };
}
