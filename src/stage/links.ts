/**
 * How the page reaches the stage: a dedicated worker drawing on transferred canvases, or, where a
 * worker cannot draw (no worker WebGL, no worker, a script that fails to load, `?stage=page`), the
 * same stage module in the page behind a MessageChannel. Either way the page speaks the one protocol.
 */
import { whenIdle } from '../idle';
import type { Port, StageCommand, StageEvent } from './protocol';
import { PROBE_TIMEOUT_MS, takeWorker } from './spawn';
import type { StageMode } from './spawn';

export type { StageMode } from './spawn';

/** Sends a command; `transfer` moves what it holds (a decoded picture) instead of copying it. */
export type Post = (command: StageCommand, transfer?: Transferable[]) => void;

export interface Link {
  mode: StageMode;
  text: HTMLCanvasElement;
  post: Post;
  dispose(): void;
}

export type Init = Extract<StageCommand, { type: 'init' }>;
export type Canvases = { scene: HTMLCanvasElement; text: HTMLCanvasElement };

/** Two canvases: the scene, and the text box above it (the typewriter redraws only that small one). */
export function freshCanvases(parent: HTMLElement): Canvases {
  for (const old of parent.querySelectorAll('canvas')) old.remove();
  const scene = document.createElement('canvas');
  const text = document.createElement('canvas');
  text.classList.add('text-layer');
  for (const c of [scene, text]) {
    c.setAttribute('aria-hidden', 'true');
    parent.appendChild(c);
  }
  return { scene, text };
}

/**
 * Starts the stage worker (the one spawned early, if any): once it says it has WebGL, transfers the
 * canvases. `init` may still be on its way (the first scene's art list waits for the story).
 * Resolves null (the page takes over) when the worker cannot start or cannot draw.
 */
export async function startWorker(
  canvases: Canvases,
  init: Init | Promise<Init>,
  onEvent: (e: StageEvent) => void,
  onCrash: () => void,
  /** Called once the init is posted, with a way to send what must follow it before the stage is up. */
  afterInit: (post: Post) => void,
): Promise<Link | null> {
  const spawned = takeWorker();
  if (!spawned) return null;
  const { worker } = spawned;
  let ready = false;
  const started = new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS);
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      if (ready) onCrash();
      else resolve(false);
    });
    worker.addEventListener('message', (event: MessageEvent<StageEvent>) => {
      const message = event.data;
      if (message.type === 'ready') {
        clearTimeout(timer);
        ready = true;
        resolve(true);
      } else if (message.type === 'failed') {
        if (ready) onCrash();
        else resolve(false);
      }
      onEvent(message);
    });
    const transfer = async () => {
      if (!(await spawned.webgl)) return resolve(false);
      const command = await init;
      const scene = canvases.scene.transferControlToOffscreen();
      const text = canvases.text.transferControlToOffscreen();
      worker.postMessage({ ...command, canvases: { scene, text } } satisfies StageCommand, [scene, text]);
      afterInit((c, t = []) => worker.postMessage(c, t));
    };
    transfer().catch(() => resolve(false));
  });
  if (!(await started)) {
    worker.terminate();
    return null;
  }
  return { mode: 'worker', text: canvases.text, post: (c, transfer = []) => worker.postMessage(c, transfer), dispose: () => worker.terminate() };
}

/**
 * The same stage module in the page, behind a MessageChannel: the protocol holds, readbacks wait for
 * idle time. `afterInit` as for `startWorker`.
 */
export async function startInPage(canvases: Canvases, init: Init, onEvent: (e: StageEvent) => void, afterInit: (post: Post) => void): Promise<Link> {
  // Pixi's precompiled shader functions first, so the page needs no 'unsafe-eval' either.
  await import('pixi.js/unsafe-eval');
  const [{ serveStage }, { Stage }] = await Promise.all([import('./runtime'), import('./Stage')]);
  const channel = new MessageChannel();
  serveStage(channel.port2 as unknown as Port<StageEvent, StageCommand>, { canvases, defer: (work) => whenIdle(work, 500), create: (parts) => Stage.create(parts) });
  channel.port2.start();
  const started = new Promise<void>((resolve, reject) => {
    channel.port1.addEventListener('message', (event: MessageEvent<StageEvent>) => {
      const message = event.data;
      if (message.type === 'ready') resolve();
      if (message.type === 'failed') reject(new Error(`WebGL is unavailable in this browser: ${message.message}`));
      onEvent(message);
    });
  });
  channel.port1.start();
  channel.port1.postMessage(init);
  afterInit((c, t = []) => channel.port1.postMessage(c, t));
  await started;
  return { mode: 'page', text: canvases.text, post: (c, transfer = []) => channel.port1.postMessage(c, transfer), dispose: () => channel.port1.close() };
}
