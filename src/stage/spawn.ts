/**
 * The stage worker's birth, kept apart from the rest of the stage's plumbing so the page's first
 * script holds it: the worker's script (Pixi) starts loading while the page loads everything else.
 */
import type { StageCommand, StageEvent } from './protocol';

export type StageMode = 'worker' | 'page';

/** How long a worker may take to say whether it can draw before the page takes over. */
export const PROBE_TIMEOUT_MS = 10_000;

/** Workers with transferable canvases exist here; whether they have WebGL, the worker itself says. */
export function preferredMode(): StageMode {
  const forced = new URLSearchParams(location.search).get('stage');
  if (forced === 'page') return 'page';
  const transferable = typeof Worker === 'function' && 'transferControlToOffscreen' in HTMLCanvasElement.prototype;
  return transferable ? 'worker' : 'page';
}

export interface Spawned {
  worker: Worker;
  /** Whether it can draw: its answer to the probe; false if it fails to load or stays silent. */
  webgl: Promise<boolean>;
}

let early: Spawned | null = null;

/** Creates the stage worker and asks whether it can draw; null when workers cannot be made here. */
function spawn(): Spawned | null {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./stage.worker.ts', import.meta.url), { type: 'module', name: 'stage' });
  } catch {
    return null;
  }
  const webgl = new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS);
    worker.addEventListener('error', (event) => (event.preventDefault(), resolve(false)));
    worker.addEventListener('message', (event: MessageEvent<StageEvent>) => {
      if (event.data.type !== 'probe') return;
      clearTimeout(timer);
      resolve(event.data.webgl);
    });
  });
  worker.postMessage({ type: 'probe' } satisfies StageCommand);
  return { worker, webgl };
}

/**
 * Creates the stage worker ahead of the stage's start, where the stage will draw in one: its script
 * (Pixi) loads and evaluates while the page loads the story and the settings the start needs.
 */
export function spawnEarly(): void {
  if (!early && preferredMode() === 'worker') early = spawn();
}

/** The worker spawned early, or a new one; null when workers cannot be made here. */
export function takeWorker(): Spawned | null {
  const spawned = early ?? spawn();
  early = null;
  return spawned;
}
