const CHECK_MS = 16;

/**
 * Resolves once `ready()` holds: checked at once, then every 16 ms, and after `patienceMs` whether or
 * not it holds (a stage that never settles still answers).
 */
export async function until(ready: () => boolean, patienceMs = 1000): Promise<void> {
  const start = performance.now();
  while (!ready() && performance.now() - start < patienceMs) await new Promise((resolve) => setTimeout(resolve, CHECK_MS));
}
