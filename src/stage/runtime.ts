import { loadFonts } from './fonts';
import type { Port, StageCommand, StageEvent } from './protocol';
import type { Stage, StageParts } from './Stage';

/** What the runtime needs of a stage (the Pixi `Stage`; a fake in unit tests). */
export type StageLike = Pick<Stage, 'resize' | 'setSettings' | 'render' | 'finishTransitions' | 'preload' | 'deliver' | 'thumbnail' | 'loseContext' | 'renderer' | 'inspect'>;

type AnyCanvas = HTMLCanvasElement | OffscreenCanvas;

export interface RuntimeOptions {
  /** Page mode: the canvases themselves (a worker receives them in `init`). */
  canvases?: { scene: AnyCanvas; text: AnyCanvas };
  /** Where readbacks run: at once in a worker, in idle time in the page (never on a press). */
  defer?: (work: () => void) => void;
  /** Fonts must be loaded into this context (a worker); the page already has them. */
  loadFonts?: boolean;
  /** Builds the stage (Pixi's `Stage.create`; a fake in unit tests). */
  create: (parts: StageParts) => Promise<StageLike>;
}

/**
 * Serves the stage protocol on `port`: commands in, events out. The same code runs in the stage
 * worker (port: the worker's global scope) and in the page (port: one end of a MessageChannel).
 * Commands that arrive while the stage starts wait for it, in order.
 */
export function serveStage(port: Port<StageEvent, StageCommand>, options: RuntimeOptions): void {
  const emit = (event: StageEvent): void => port.postMessage(event);
  const warn = (message: string): void => emit({ type: 'warning', message });
  const defer = options.defer ?? ((work: () => void) => work());
  const { create } = options;
  let stage: StageLike | null = null;
  let starting = false;
  const waiting: StageCommand[] = [];
  /** `preload` commands whose art is all in (test builds' counters: the bench waits for the page's last). */
  let preloadsDone = 0;

  async function start(command: Extract<StageCommand, { type: 'init' }>): Promise<void> {
    starting = true;
    try {
      const canvases = command.canvases ?? options.canvases;
      if (!canvases) throw new Error('the stage has no canvas');
      // The fonts load while the renderers start and the first art decodes (they wait for nothing else).
      const fonts = options.loadFonts ? loadFonts(command.fonts, warn) : undefined;
      stage = await create({ ...canvases, size: command.size, settings: command.settings, art: command.art, emit, preload: command.preload ?? [], arriving: command.arriving ?? [], fonts });
      emit({ type: 'ready', renderer: stage.renderer });
      for (const queued of waiting.splice(0)) handle(queued);
    } catch (error) {
      emit({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }

  function handle(command: StageCommand): void {
    if (command.type === 'probe') return emit({ type: 'probe', ...probeWebGL() });
    if (command.type === 'init') return void start(command);
    if (!stage) {
      if (starting) waiting.push(command);
      return;
    }
    const s = stage;
    switch (command.type) {
      case 'resize':
        return s.resize(command.size);
      case 'settings':
        return s.setSettings(command.settings);
      case 'view':
        return s.render(command.view);
      case 'finish-transitions':
        return s.finishTransitions();
      case 'preload':
        return void s.preload(command.stages, command.spare).then(
          () => void preloadsDone++,
          (error: unknown) => warn(`[awry] preload failed: ${String(error)}`),
        );
      case 'art':
        return s.deliver(command.key, command.bitmap);
      case 'thumbnail':
        return defer(() => {
          s.thumbnail(command.width).then(
            (blob) => emit({ type: 'thumbnail', id: command.id, blob }),
            () => emit({ type: 'thumbnail', id: command.id, blob: null }),
          );
        });
      case 'inspect':
        if (import.meta.env.MODE !== 'test') return;
        return emit({ type: 'inspect', id: command.id, ...s.inspect(), preloadsDone, heapBytes: heapBytes() });
      case 'lose-context':
        if (import.meta.env.MODE === 'test') s.loseContext();
        return;
      case 'crash':
        if (import.meta.env.MODE === 'test') setTimeout(() => {
          throw new Error('stage crashed on purpose (test build)');
        });
        return;
    }
  }

  port.addEventListener('message', (event) => handle(event.data));
}

/** Whether this context can draw WebGL on an OffscreenCanvas (WebKitGTK's workers cannot). */
function probeWebGL(): { webgl: boolean; detail: string } {
  if (typeof OffscreenCanvas !== 'function') return { webgl: false, detail: 'no OffscreenCanvas' };
  try {
    const canvas = new OffscreenCanvas(1, 1);
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    return gl ? { webgl: true, detail: String(gl.getParameter(gl.VERSION)) } : { webgl: false, detail: 'no WebGL context on OffscreenCanvas' };
  } catch (error) {
    return { webgl: false, detail: String(error) };
  }
}

/** The JS heap in use, where the engine tells (Chromium). */
function heapBytes(): number | null {
  const memory = (performance as { memory?: { usedJSHeapSize: number } }).memory;
  return memory ? memory.usedJSHeapSize : null;
}
