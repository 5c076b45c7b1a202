/// <reference types="vite-plugin-pwa/vanillajs" />
/**
 * The page's side of offline play: registers the generated service worker, warms the media cache
 * with this device's files, and lets a new version in only where the UpdateGate allows (the title,
 * or a scene change). Without service workers, or when registering fails, the game plays online.
 */
import { registerSW } from 'virtual:pwa-register';
import { artTable, catalogue, shipped } from '../catalogue';
import { allMedia, deviceMedia } from './deviceMedia';
import { UpdateGate } from './updateGate';
import type { GateStep, GateView } from './updateGate';
import { warmMedia } from './warm';
import { idle } from '../idle';

export interface PwaHooks {
  /** Shows a short message to the reader. */
  notify(text: string): void;
  /** Calls `listener` with each of the reading session's views, once the session exists. */
  watch(listener: (view: GateView) => void): void;
  /** Opens scene `id`: the new version takes the reader back where the old one left them. */
  resume(scene: string): void;
}

/** The scene to open after the reload that brings a new version in (this tab only). */
const RESUME_KEY = 'awry-mission:resume-scene';
const UPDATE_CHECK_MS = 60 * 60 * 1000;
/** How howler probes the formats it plays (the catalogue lists Ogg first, then MP3). */
const AUDIO_TYPES: Record<string, string[]> = { ogg: ['audio/ogg; codecs="vorbis"'], mp3: ['audio/mpeg;', 'audio/mp3;'] };

export function startPwa(hooks: PwaHooks): void {
  const resumeScene = session(() => sessionStorage.getItem(RESUME_KEY));
  if (resumeScene) {
    session(() => sessionStorage.removeItem(RESUME_KEY));
    hooks.resume(resumeScene);
  }
  // The dev server (the only place with hot updates) has no service worker: it is made at build time.
  if (!('serviceWorker' in navigator) || import.meta.hot) return;
  // Test builds register only when asked (?sw): other browser tests route requests a worker would hide.
  if (import.meta.env.MODE === 'test' && !new URLSearchParams(location.search).has('sw')) return;

  const gate = new UpdateGate();
  let applying = false;
  /** The new version already controls this page (another tab let it in): a reload applies it. */
  let activated = false;
  let offlineReady = false;
  let warmed = false;
  const readyOffline = () => offlineReady && warmed && hooks.notify('Awry Mission is ready to play offline.');

  const act = (step: GateStep): void => {
    if (!step.apply) return;
    applying = true;
    if (step.resumeScene) session(() => sessionStorage.setItem(RESUME_KEY, step.resumeScene!));
    hooks.notify('A new version is ready: loading it.');
    if (activated) return reload();
    // workbox-window reports the new worker's control as an update only on pages that were controlled
    // when they loaded; the first visit's page is not, so watch for it here.
    navigator.serviceWorker.addEventListener('controllerchange', reload, { once: true });
    void update();
  };
  const waiting = (): void => {
    const step = gate.ready();
    if (step.apply) act(step);
    else hooks.notify('A new version is ready: it opens at the next scene, or on the title.');
  };

  const update = registerSW({
    immediate: true,
    onNeedRefresh: waiting,
    // The new worker took control: after our own request, or another tab's.
    onNeedReload: () => {
      activated = true;
      if (applying) reload();
      else if (!gate.waiting) waiting();
    },
    onOfflineReady: () => void ((offlineReady = true), readyOffline()),
    onRegisteredSW: (_url, registration) => {
      if (!registration) return;
      setInterval(() => void registration.update().catch(() => undefined), UPDATE_CHECK_MS);
      void warmThisDevice().then(({ fetched, failed }) => void ((warmed = fetched > 0 && failed === 0), readyOffline()));
    },
    onRegisterError: (error: unknown) => console.warn(`[awry] offline play is off: ${String(error)}`),
  });
  hooks.watch((view) => act(gate.see(view)));
}

/** Caches the art at this screen's scale and the sound in this browser's format. */
function warmThisDevice() {
  const art = artTable();
  const sounds = shipped.audio.map((id) => catalogue.audio(id));
  const screen = { width: window.innerWidth, height: window.innerHeight, dpr: Math.min(window.devicePixelRatio || 1, 2) };
  const probe = document.createElement('audio');
  const canPlay = (ext: string) => (AUDIO_TYPES[ext] ?? []).some((type) => probe.canPlayType(type).replace(/^no$/, '') !== '');
  return warmMedia(deviceMedia(art, sounds, screen, canPlay), allMedia(art, sounds), () => idle(2000));
}

let reloading = false;
const reload = (): void => {
  if (!reloading) location.reload();
  reloading = true;
};

/** sessionStorage may be refused (storage blocked): the update then opens on the title. */
function session<T>(use: () => T): T | null {
  try {
    return use();
  } catch {
    return null;
  }
}
