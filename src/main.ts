/**
 * The composition root. The title is plain DOM and interactive at once; Pixi, the story and the
 * first scene's art load behind it while the reader looks at the title. This is the only module
 * that creates the stage, the session (its actors) and the audio, and wires them together.
 */
import '@fontsource/literata/latin-400.css';
import '@fontsource/literata/latin-400-italic.css';
import '@fontsource/literata/latin-700.css';
import './style.css';
import type { Story } from './compiler/story';
import { commandForKey, commandForWheel } from './input/keys';
import type { Command } from './input/keys';
import { catalogue, shipped } from './catalogue';
import { renderAssetCredits } from './ui/credits';
import { createDialog } from './ui/dialog';
import { createMirror } from './ui/mirror';
import { createScreens } from './ui/screens';

type Engine = Awaited<ReturnType<typeof warmUp>>;

const screens = createScreens();
const mirror = createMirror(document.getElementById('mirror')!);
const stageRoot = document.getElementById('stage')!;

/** Loads the engine and builds the stage; shared by the idle warm-up and New Game. */
async function warmUp() {
  const [{ createStage }, { Session }, { createAudio }, { mirrorText }, story] = await Promise.all([
    import('./stage/createStage'),
    import('./story/session'),
    import('./audio/ambience'),
    import('./story/view'),
    import('virtual:awry-story').then((m) => m.default as Story),
  ]);
  await document.fonts.load('400 20px Literata').catch(() => undefined);
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
  const stage = await createStage({ parent: stageRoot, catalogue, reducedMotion: () => reducedMotion.matches });
  const session = new Session(story);
  const first = story.scenes[0];
  whenIdle(() => void stage.preload(first ? story.beats.slice(first.firstBeat, first.firstBeat + first.beatCount) : []));
  return { stage, session, createAudio, catalogue, mirrorText };
}

let engine: Promise<Engine> | null = null;
const loadEngine = (): Promise<Engine> => (engine ??= warmUp());

/** Runs `work` when the page has nothing better to do, so it never delays a frame the reader waits for. */
function whenIdle(work: () => void): void {
  const idle = (window as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => void }).requestIdleCallback;
  if (idle) idle(work, { timeout: 1000 });
  else setTimeout(work, 50);
}

function startIdleWarmUp(): void {
  whenIdle(() => void loadEngine().catch(fail));
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

let started: Engine | null = null;

async function newGame(): Promise<void> {
  screens.status('Loading…');
  let e: Engine;
  try {
    e = await loadEngine();
  } catch (error) {
    return fail(error);
  }
  screens.status('');
  if (!started) wire(e);
  started = e;
  e.session.send({ type: 'player.start' });
}

/** Connects the session's views to stage, audio, mirror and screens, and input to the session. */
function wire(e: Engine): void {
  const audio = e.createAudio({ catalogue: e.catalogue });
  let scene: string | null = null;
  let firstLine = true;
  e.session.subscribe((view) => {
    e.stage.render(view);
    if (firstLine && view.beat) {
      firstLine = false;
      requestAnimationFrame(() => performance.mark('awry:first-line'));
    }
    audio.update(view);
    mirror.show(e.mirrorText(view));
    if (view.screen === 'ended') screens.showEnd();
    else if (view.screen === 'title') screens.showTitle();
    else screens.showReading();
    if (view.scene && view.scene.id !== scene) {
      scene = view.scene.id;
      const beats = sceneBeats(e.session.currentStory, scene, 2);
      whenIdle(() => void e.stage.preload(beats));
    }
  });
  const act = (command: Command | null): boolean => {
    if (!command || e.session.view().screen !== 'reading') return false;
    if (command === 'advance') e.session.send({ type: 'player.advance' });
    else if (command === 'back') e.session.back();
    return true;
  };
  window.addEventListener('keydown', (event) => {
    if (event.target instanceof HTMLButtonElement && event.key !== 'PageUp') return;
    if (act(commandForKey(event))) event.preventDefault();
  });
  stageRoot.addEventListener('click', () => act('advance'));
  stageRoot.addEventListener('wheel', (event) => act(commandForWheel(event.deltaY)), { passive: true });
  document.addEventListener('visibilitychange', () => audio.setPaused(document.hidden));
  (window as unknown as { __awry: unknown }).__awry = { session: e.session, stage: e.stage, audio };
  if (import.meta.hot) import.meta.hot.on('awry:story', (story: Story) => e.session.replaceStory(story));
}

/** The beats of scene `id` and the `count - 1` scenes after it: the art to have ready. */
function sceneBeats(story: Story, id: string, count: number) {
  const at = story.scenes.findIndex((s) => s.id === id);
  return story.scenes.slice(at, at + count).flatMap((s) => story.beats.slice(s.firstBeat, s.firstBeat + s.beatCount));
}

const creditsRoot = document.getElementById('credits')!;
renderAssetCredits(creditsRoot.querySelector('.asset-credits')!, shipped);
const credits = createDialog(creditsRoot);
screens.onAction('credits', () => credits.open());
screens.onAction('new-game', () => void newGame());
screens.onAction('to-title', () => started?.session.send({ type: 'player.title' }));
startIdleWarmUp();
// The bench and the tests read these marks: the title answers input from this frame on.
requestAnimationFrame(() => performance.mark('awry:title-interactive'));
