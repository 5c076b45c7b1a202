/** Helpers for the code and records the page loads after its first screen. */

/**
 * The next task. Lazy modules are asked for there, not in the task that builds the title: asking
 * starts their fetches (a preload link for each of their chunks), a few milliseconds apiece.
 */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

/** `work`, forgotten when it fails (`forget`), so the next press tries again instead of failing forever. */
export function retryable<T>(work: Promise<T>, forget: () => void): Promise<T> {
  return work.catch((error: unknown) => {
    forget();
    throw error;
  });
}
