/**
 * The bench's probe inside the game page, installed before any of the game's scripts run. It records
 * what the figures are made of, each on the page's own clock (`performance.now()`):
 * - every main-thread long task from navigation on (PerformanceObserver 'longtask', buffered);
 * - every keydown, at the event's own `timeStamp`, in the capture phase, before the game sees it;
 * - every change of the text mirror (#mirror), when the DOM changed;
 * - frames the stage reports drawn (`__awry.stage.onFrame`), converted from epoch ms to this clock.
 * Waits resolve on a state and reject loudly after their timeout, never on a fixed delay. The bench
 * waits through these, not through `page.waitForFunction`: its first use installs Playwright's injected
 * script in the page, a main-thread task of 30 to 50 ms (seen in traces) that the long-task figures
 * would count as the game's.
 */
import type { FrameInfo, StageHandle } from '../src/stage/client';

/** The slice of the test build's `window.__awry` the bench reads. */
export interface AwryHook {
  session: {
    view(): { screen: string; typing: boolean; skipping: boolean; beat: { id: string; index: number; scene: string; text: string } | null };
    jump(idOrScene: string): void;
    send(event: { type: string; on?: boolean }): void;
    currentStory: { beats: { id: string }[] };
  };
  stage: {
    mode: 'worker' | 'page';
    lastFrame: FrameInfo | null;
    onFrame(listener: (frame: FrameInfo) => void): void;
    inspect: StageHandle['inspect'];
  };
  audio: { ambience(): string | null; liveHowls(): number };
}

/** A state of the page to wait for: a performance mark set, the line typed out, a screen shown. */
export type PageState = { mark: string } | { typedOut: true } | { screen: string };

/** What a frame must show: `full` = art and words of `id`, words complete, nothing moving or loading. */
export interface FrameSpec {
  id: string;
  full: boolean;
}

export interface Probe {
  longTasks: { start: number; duration: number }[];
  keys: { key: string; t: number }[];
  mirror: { text: string; t: number }[];
  /** Page time of the first frame (the last one drawn, or a later one) that matches `spec`. */
  frame(spec: FrameSpec, timeoutMs: number): Promise<number>;
  /** Starts waiting for `spec` now; `armed()` resolves with that frame's page time. */
  arm(spec: FrameSpec, timeoutMs: number): void;
  armed(): Promise<number>;
  /** Page time of the first mirror change at or after record `from` whose text includes `text`. */
  mirrorShows(from: number, text: string, timeoutMs: number): Promise<number>;
  /** Page time at which `state` was seen to hold (checked on every animation frame); a mark's own time. */
  until(state: PageState, timeoutMs: number): Promise<number>;
}

export type BenchWindow = Window & { __awry?: AwryHook; __bench: Probe; Howler?: { _howls: { playing(): boolean }[] } };

/** Runs in the page before its own scripts (serialised by the browser driver: self-contained). */
export function installProbe(): void {
  const w = window as unknown as BenchWindow;
  const waiters = new Set<{ spec: FrameSpec; done: (t: number) => void }>();
  const mirrorWaiters = new Set<() => void>();
  let attached = false;
  let armed: Promise<number> = Promise.reject(new Error('nothing armed'));
  armed.catch(() => undefined);
  const matches = (f: FrameInfo, s: FrameSpec) => f.text === s.id && (!s.full || (f.staged === s.id && f.complete && f.settled));
  const pageTime = (f: FrameInfo) => f.at - performance.timeOrigin;
  const holds = (state: PageState): number | null => {
    if ('mark' in state) return performance.getEntriesByName(state.mark)[0]?.startTime ?? null;
    const view = w.__awry?.session.view();
    if ('typedOut' in state) return view && !view.typing ? performance.now() : null;
    return view?.screen === state.screen ? performance.now() : null;
  };
  const attach = (): AwryHook => {
    const hook = w.__awry;
    if (!hook) throw new Error('no window.__awry: is this a test build, and has reading started?');
    if (!attached) {
      attached = true;
      hook.stage.onFrame((f) => {
        for (const waiter of waiters) if (matches(f, waiter.spec)) waiter.done(pageTime(f));
      });
    }
    return hook;
  };
  const probe: Probe = {
    longTasks: [],
    keys: [],
    mirror: [],
    frame(spec, timeoutMs) {
      return new Promise((resolve, reject) => {
        const hook = attach();
        const last = hook.stage.lastFrame;
        if (last && matches(last, spec)) return resolve(pageTime(last));
        const waiter = { spec, done: (t: number) => (clearTimeout(timer), waiters.delete(waiter), resolve(t)) };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`no frame of ${JSON.stringify(spec)} within ${timeoutMs} ms; last drawn ${JSON.stringify(hook.stage.lastFrame)}`));
        }, timeoutMs);
        waiters.add(waiter);
      });
    },
    arm(spec, timeoutMs) {
      armed = probe.frame(spec, timeoutMs);
      armed.catch(() => undefined); // reported when read through armed()
    },
    armed: () => armed,
    mirrorShows(from, text, timeoutMs) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const hit = probe.mirror.slice(from).find((m) => m.text.includes(text));
          if (!hit) return false;
          clearTimeout(timer);
          mirrorWaiters.delete(check);
          resolve(hit.t);
          return true;
        };
        const timer = setTimeout(() => {
          mirrorWaiters.delete(check);
          reject(new Error(`the mirror never showed ${JSON.stringify(text)} within ${timeoutMs} ms; it shows ${JSON.stringify(probe.mirror.at(-1)?.text)}`));
        }, timeoutMs);
        if (!check()) mirrorWaiters.add(check);
      });
    },
    until(state, timeoutMs) {
      return new Promise((resolve, reject) => {
        const start = performance.now();
        const check = () => {
          const t = holds(state);
          if (t !== null) return resolve(t);
          if (performance.now() - start > timeoutMs) return reject(new Error(`${JSON.stringify(state)} did not hold within ${timeoutMs} ms`));
          requestAnimationFrame(check);
        };
        check();
      });
    },
  };
  w.__bench = probe;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  window.addEventListener('keydown', (e) => probe.keys.push({ key: e.key, t: e.timeStamp }), true);
  document.addEventListener('DOMContentLoaded', () => {
    const mirror = document.getElementById('mirror');
    if (!mirror) return;
    new MutationObserver(() => {
      probe.mirror.push({ text: mirror.textContent ?? '', t: performance.now() });
      for (const check of mirrorWaiters) check();
    }).observe(mirror, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
}

/** How long any awaited state may take on a loaded machine before the bench fails loudly. */
export const PATIENCE_MS = 60_000;

/** Gives the page esbuild's name helper: tsx compiles the functions the bench sends into the page with it. */
export const NAME_HELPER = 'globalThis.__name = (f) => f;';
