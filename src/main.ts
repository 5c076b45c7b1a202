/**
 * The composition root. The title is plain DOM and interactive at once; Pixi, the story and the
 * first scene's art load behind it while the reader looks at the title. This is the only module
 * that creates the stage, the session (its actors) and the audio; reader.ts wires them for reading.
 */
import '@fontsource/literata/latin-400.css';
import '@fontsource/literata/latin-400-italic.css';
import '@fontsource/literata/latin-700.css';
import '@fontsource/inter/latin-400.css';
import './style.css';
import { catalogue, shipped } from './catalogue';
import { paceOf, warmUp } from './engine';
import type { Engine } from './engine';
import { afterFirstPaint } from './firstPaint';
import { idleGate, whenIdle } from './idle';
import { retryable } from './lazy';
import { loadRecords, localStorageOrNull } from './records';
import { spawnEarly } from './stage/spawn';
import { Replay } from './story/replay';
import { beatsAround, beatsFarther, sceneEntries } from './story/scenes';
import { NOTICE_LOAD_FAILED, isLoadFailure } from './loadFailure';
import type { Story } from './compiler/story';
import type { Command } from './input/keys';
import type { SaveFlow } from './saveFlow';
import type { Settings } from './saves/settings';
import { renderAssetCredits } from './ui/credits';
import { closeAllDialogs, createConfirm, createDialog } from './ui/dialog';
import { createContinueButton } from './ui/continueButton';
import { createHud } from './ui/hud';
import { createMirror } from './ui/mirror';
import { createNotice } from './ui/notice';
import { renderScenes } from './ui/sceneSelect';
import { createScreens } from './ui/screens';
import type { SettingsPanel } from './ui/settingsPanel';

const byId = (id: string) => document.getElementById(id)!;
const storage = localStorageOrNull();

// The stage worker's script (Pixi) starts loading before anything else: the first line waits on it.
spawnEarly();

const screens = createScreens();
const notice = createNotice(byId('notice'));
const mirror = createMirror(byId('mirror'));
const stageRoot = byId('stage');
const systemReducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** The reader's settings, once `settingsLoaded` has resolved. */
let settings!: Settings;
const { settingsLoaded, records, storeReady } = loadRecords({
  storage, systemReducedMotion,
  settingsRead: (stored) => (settings = stored),
  notify: (why) => notice.show(why, 10_000),
});

const dialogs = {
  pause: createDialog(byId('pause')),
  backlog: createDialog(byId('backlog')),
  settings: createDialog(byId('settings')),
  help: createDialog(byId('help')),
  scenes: createDialog(byId('scenes')),
  credits: createDialog(byId('credits')),
  slots: createDialog(byId('slots')),
};

/** Continue is offered when any save exists. */
const continueButton = createContinueButton(document.querySelector<HTMLElement>('[data-action="continue"]')!, storage);
async function refreshContinue(): Promise<void> {
  try {
    continueButton.set((await (await storeReady).newest()) !== null);
  } catch (error) {
    loadFailed(error); // the saves' code did not arrive: Continue stays hidden
  }
}
void refreshContinue();
const confirm = createConfirm(byId('confirm'));
renderAssetCredits(byId('credits').querySelector('.asset-credits')!, shipped);

const toggleFullscreen = (): void => {
  const done = document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen();
  done.catch(() => notice.show('This browser did not allow full screen here.'));
};

let applySettings: (s: Settings) => void = () => undefined;
let saveTimer: ReturnType<typeof setTimeout> | undefined;
let settingsPanel: Promise<SettingsPanel> | null = null;

/** The settings screen's controls, built the first time they are needed. */
function panel(): Promise<SettingsPanel> {
  return (settingsPanel ??= retryable(Promise.all([records, import('./ui/settingsPanel')]).then(([{ prefs }, { createSettingsPanel }]) =>
    createSettingsPanel(byId('settings').querySelector<HTMLElement>('.settings-root')!, settings, (next) => void changeSettings(next), {
      fullscreen: toggleFullscreen,
      reset: () => void changeSettings(prefs.defaultSettings(systemReducedMotion), true),
    }),
  ), () => (settingsPanel = null)));
}

async function openSettings(): Promise<void> {
  try {
    await panel();
  } catch (error) {
    return loadFailed(error);
  }
  dialogs.settings.open();
}

async function changeSettings(next: Settings, refreshPanel = false): Promise<void> {
  settings = next;
  if (refreshPanel) (await panel()).update(next);
  applySettings(next);
  const { prefs } = await records;
  // Sliders fire on every step; write once they rest.
  clearTimeout(saveTimer);
  saveTimer = setTimeout(() => {
    if (!prefs.saveSettings(storage, settings)) notice.show('Settings could not be stored in this browser; they last until the page closes.');
  }, 300);
}

/** The warm-up's idle periods; a press that waits on the engine ends the yielding. */
const warm = idleGate();

let engine: Promise<Engine> | null = null;
const loadEngine = (): Promise<Engine> =>
  (engine ??= retryable(warmUp({ stageRoot, settings: () => settings, settingsReady: settingsLoaded, seen: records, storage, gate: warm }), () => (engine = null)));
/** The engine for a press that waits on it: the warm-up stops yielding. */
const engineNow = (): Promise<Engine> => {
  warm.hurry();
  return loadEngine();
};

/** A chunk that did not arrive leaves the title usable with a notice; anything else cannot start. */
function loadFailed(error: unknown): void {
  if (!isLoadFailure(error)) return fail(error);
  console.warn(`[awry] ${String(error)}`);
  screens.status('');
  notice.show(NOTICE_LOAD_FAILED, 10_000);
}

function fail(error: unknown): void {
  console.error(error);
  const webgl = /webgl|context|renderer/i.test(String(error));
  screens.fatal(
    webgl
      ? 'Awry Mission could not start: this browser did not give it WebGL graphics. Try another browser, or turn on hardware acceleration.'
      : `Awry Mission could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
}

let reader: { run(command: Command): void } | null = null;
let started: Engine | null = null;
/** The scene being replayed from the scene list (no autosaves; it ends on the list), kept until the next play. */
let replay: Replay | null = null;

/** Starts reading: from the top, or at a beat or scene `at`; `asReplay` replays that scene only. */
async function play(at?: string | null, asReplay = false): Promise<void> {
  screens.status('Loading…');
  // What reading needs (its code, the save flow) loads beside the engine, not after it.
  if (!started) {
    import('./reader').catch(() => undefined);
    saves().catch(() => undefined); // a failure is met again, and told, where it is awaited
  }
  let e: Engine;
  try {
    e = await engineNow();
    if (!started) await wire(e);
  } catch (error) {
    return loadFailed(error);
  }
  screens.status('');
  started = e;
  closeAllDialogs();
  replay = asReplay && at ? new Replay(at) : null;
  const screen = e.session.view().screen;
  if (screen === 'title' || screen === 'ended') e.session.send({ type: 'player.start' });
  if (at) e.session.jump(at);
}

let saveFlow: Promise<SaveFlow> | null = null;

/**
 * The save flow, built the first time it is needed. It needs only the store: the title lists saves
 * at once, and the engine loads when a save is opened (or already runs, for saving).
 */
function saves(): Promise<SaveFlow> {
  return (saveFlow ??= retryable(Promise.all([import('./saveFlow'), storeReady]).then(([{ createSaveFlow }, store]) =>
    createSaveFlow({
      store,
      reading: () => started,
      story: () => engineNow().then((e) => e.session.currentStory),
      dialog: dialogs.slots, confirm,
      notice: (text) => notice.show(text),
      saved: () => continueButton.set(true),
      startAt: (beatId) => void loadEngine().then((e) => play(beatId ?? e.story.beats[0]?.id ?? null), loadFailed),
    }),
  ), () => (saveFlow = null)));
}

/** Runs `action` with the save flow; a flow that cannot load leaves a notice. */
async function withSaves(action: (flow: SaveFlow) => void | Promise<void>): Promise<void> {
  try {
    await action(await saves());
  } catch (error) {
    loadFailed(error);
  }
}

let wiring: Promise<void> | null = null;
const wire = (e: Engine): Promise<void> => (wiring ??= retryable(wireOnce(e), () => (wiring = null)));

/** Connects the engine for reading; audio is created here, after the reader's first gesture. */
async function wireOnce(e: Engine): Promise<void> {
  const [{ startReader }, flow] = await Promise.all([import('./reader'), saves()]);
  // The audio output starts once the first picture is on screen (its start takes a core for a while),
  // and the first sound waits for it rather than hold this thread (outputWarmup.ts).
  let pictured: () => void;
  const firstPicture = new Promise<void>((resolve) => (pictured = resolve));
  const audio = e.createAudio({ catalogue, ready: firstPicture.then(() => e.warmAudioOutput()) });
  const hud = createHud(byId('hud'));
  let scene: string | null = null;
  // The bench reads this mark: the first frame the stage reports with the first line's background,
  // portraits (they cut in at a start) and words on screen; its effects then fade in over it.
  const firstBeat = e.story.beats[0]?.id;
  let firstDrawn = false;
  e.stage.onFrame((frame) => {
    if (frame.staged !== null) pictured();
    if (firstDrawn || frame.staged !== firstBeat || frame.text !== firstBeat) return;
    firstDrawn = true;
    performance.mark('awry:first-line-drawn');
  });
  e.session.subscribe((view) => {
    if (replay?.ends(view)) return endReplay(e);
    if (view.scene && view.scene.id !== scene && !view.skipping) {
      scene = view.scene.id;
      const story = e.session.currentStory;
      const [beats, farther] = [beatsAround(story, scene), beatsFarther(story, scene)];
      whenIdle(() => e.stage.preload(beats, farther));
      // Autosave at every scene start (a replay touches no save).
      // The place is taken now (the scene's first line); the picture and the write follow off this press.
      if (!replay) void flow.autosave();
    }
    if (!view.scene) scene = null;
    if (view.screen === 'title') void refreshContinue();
  });
  const autosaveOnLeave = () => {
    const screen = e.session.view().screen;
    if (!replay && (screen === 'reading' || screen === 'menu')) void flow.autosave();
  };
  document.addEventListener('visibilitychange', () => document.hidden && autosaveOnLeave());
  window.addEventListener('pagehide', autosaveOnLeave);
  reader = startReader({
    session: e.session, stage: e.stage, audio, hud, screens, mirror, dialogs,
    settings: () => settings, saves: flow, toggleFullscreen, stageRoot, openSettings: () => void openSettings(),
  });
  applySettings = (s) => {
    e.session.send({ type: 'player.pace', pace: paceOf(s) });
    e.stage.setSettings({ textScale: s.textScale, reducedMotion: s.reducedMotion });
    audio.setVolumes({ master: s.masterVolume, ambience: s.ambienceVolume, sound: s.soundVolume, muted: s.muted });
  };
  applySettings(settings);
  // Tests and the bench look inside through this hook; only a test build (`--mode test`) has it.
  if (import.meta.env.MODE === 'test') (window as unknown as { __awry: unknown }).__awry = { session: e.session, stage: e.stage, audio };
  if (import.meta.hot) import.meta.hot.on('awry:story', (story: Story) => e.session.replaceStory(story));
}

async function showScenes(): Promise<void> {
  let e: Engine;
  try {
    e = await engineNow();
  } catch (error) {
    return loadFailed(error);
  }
  renderScenes(byId('scenes').querySelector('.scene-list')!, sceneEntries(e.story, e.session.seen), (id) => void play(id, true));
  dialogs.scenes.open();
}

/** The replayed scene is over: back to the scene list, no save touched. */
function endReplay(e: Engine): void {
  e.session.send({ type: 'player.title' });
  void showScenes();
}

/** `#scene=<id>` opens a scene directly, if the reader has reached it. */
async function openFromHash(): Promise<void> {
  const id = /^#scene=([\w-]+)$/.exec(location.hash)?.[1];
  if (!id) return;
  const e = await loadEngine().catch((error: unknown) => (loadFailed(error), null));
  if (!e) return;
  const entry = sceneEntries(e.story, e.session.seen).find((s) => s.id === id);
  if (!entry) notice.show(`There is no scene called “${id}”.`);
  else if (!entry.unlocked) notice.show('That scene opens once you have reached it.');
  else await play(id);
}

screens.onAction('new-game', () => void play());
screens.onAction('load', () => void withSaves((flow) => flow.openLoad()));
screens.onAction('continue', () => void withSaves((flow) => flow.continueNewest()));
screens.onAction('scenes', () => void showScenes());
screens.onAction('settings', () => void openSettings());
screens.onAction('credits', () => dialogs.credits.open());
screens.onAction('to-title', () => started?.session.send({ type: 'player.title' }));
for (const button of document.querySelectorAll<HTMLElement>('.dialog [data-command]')) {
  button.addEventListener('click', () => {
    const command = button.dataset.command!;
    if (command === 'scenes') void showScenes();
    else if (command === 'title') void toTitle();
    else if (command === 'load') void withSaves((flow) => flow.openLoad());
    else reader?.run(command as Command);
  });
}

async function toTitle(): Promise<void> {
  if (!(await confirm('Return to the title? Your place in the story will be lost.'))) return;
  closeAllDialogs();
  started?.session.send({ type: 'player.title' });
}

// The engine starts once the title is on screen (a press on it starts the engine at once), not in
// this task that builds the title: its fetches and its work would share the network and the processor
// with the title's first frame. Its stage loads in the worker, its other pieces wait for idle time.
const warmedUp: Promise<void> = location.hash ? openFromHash() : afterFirstPaint().then(loadEngine).then(() => undefined, loadFailed);
// The bench and the tests read these marks: the title answers input from this frame on.
requestAnimationFrame(() => performance.mark('awry:title-interactive'));
// Offline play and updates (src/pwa): a new version waits for the title or a scene change. The
// service worker registers once the engine has warmed up: its install fetches and compiles the whole
// game, which would otherwise share the CPU with the title and the stage's start.
void warmedUp.then(() => import('./pwa/register')).then(
  ({ startPwa }) =>
    startPwa({
      notify: (text) => notice.show(text, 8000),
      watch: (listener) => void loadEngine().then((e) => e.session.subscribe(listener), () => undefined),
      resume: (scene) => void play(scene),
    }),
  (error: unknown) => console.warn(`[awry] offline play is off: ${String(error)}`),
);
