/**
 * The reading screen's wiring: reader commands (keys, pointer, quick menu, browser Back) to the
 * session and the dialogs, and the session's views to the stage, audio, HUD and the text mirror.
 * Composition code like main.ts; the logic it calls lives in the layers.
 */
import type { AudioHandle } from './audio/ambience';
import { soundAfterPicture } from './audio/afterPicture';
import type { Story } from './compiler/story';
import { whenIdle } from './idle';
import { createGestures } from './input/gestures';
import { commandForKey, commandForWheel, skipHoldForKey } from './input/keys';
import type { Command } from './input/keys';
import type { Settings } from './saves/settings';
import type { StageHandle } from './stage/client';
import type { Session } from './story/session';
import type { View } from './story/view';
import { renderBacklog } from './ui/backlog';
import { closeAllDialogs, onDialogsChange, openDialog } from './ui/dialog';
import type { Dialog } from './ui/dialog';
import type { Hud } from './ui/hud';
import { mirrorLine } from './ui/mirror';
import type { Screens } from './ui/screens';

export interface ReaderParts {
  session: Session;
  stage: StageHandle;
  audio: AudioHandle;
  hud: Hud;
  screens: Screens;
  mirror: { show(text: string): void };
  dialogs: { pause: Dialog; backlog: Dialog; settings: Dialog; help: Dialog; scenes: Dialog };
  settings: () => Settings;
  saves: { openSave(): void; openLoad(): void; quickSave(): Promise<void>; quickLoad(): Promise<void> };
  toggleFullscreen: () => void;
  /** Opens the settings screen (its controls are built the first time). */
  openSettings: () => void;
  stageRoot: HTMLElement;
}

/** Commands that make sense only while a line is on screen. */
const READING_ONLY = new Set<Command>(['advance', 'back', 'forward', 'backlog', 'hide', 'auto', 'skip-toggle', 'skip-scene', 'menu', 'save', 'quicksave']);

export function startReader(parts: ReaderParts): { run(command: Command): void } {
  const { session, stage, audio, hud, screens, mirror, dialogs } = parts;
  const body = document.body;
  let uiHidden = false;

  const reading = () => {
    const screen = session.view().screen;
    return screen === 'reading' || screen === 'menu';
  };
  const setHidden = (hidden: boolean) => {
    uiHidden = hidden;
    body.classList.toggle('ui-hidden', hidden);
  };

  function run(command: Command): void {
    if (READING_ONLY.has(command) && !reading()) return;
    if (uiHidden && command !== 'hide') return setHidden(false); // the first press brings the words back
    switch (command) {
      case 'advance':
        return session.send({ type: 'player.advance' });
      case 'back':
        session.send({ type: 'player.skip.set', on: false });
        if (!session.back()) run('backlog'); // nothing before: show what was read
        return;
      case 'forward':
        if (!session.forward()) session.send({ type: 'player.advance' });
        return;
      case 'menu':
        return dialogs.pause.open();
      case 'backlog':
        return openBacklog();
      case 'hide':
        return setHidden(!uiHidden);
      case 'auto':
        return session.send({ type: 'player.auto.toggle' });
      case 'skip-toggle':
        return session.send({ type: 'player.skip.toggle' });
      case 'skip-scene':
        closeAllDialogs();
        return session.skipToSceneEnd();
      case 'fullscreen':
        return parts.toggleFullscreen();
      case 'help':
        return dialogs.help.open();
      case 'settings':
        return parts.openSettings();
      case 'save':
        return parts.saves.openSave();
      case 'load':
        return parts.saves.openLoad();
      case 'quicksave':
        return void parts.saves.quickSave();
      case 'quickload':
        return void parts.saves.quickLoad();
    }
  }

  function openBacklog(): void {
    const story: Story = session.currentStory;
    const entries = session.backlog().map((b) => {
      const who = b.speaker ? story.cast[b.speaker] : undefined;
      return { id: b.id, name: who?.name ?? null, color: who?.color ?? null, text: b.text };
    });
    renderBacklog(dialogs.backlog.element.querySelector('.backlog-list')!, entries, (id) => {
      dialogs.backlog.close();
      session.jump(id);
    });
    dialogs.backlog.open();
  }

  // Views to the layers. A new ambience waits for its beat's picture (afterPicture.ts).
  const sound = soundAfterPicture(stage, (view) => audio.update(view), audio.ambience);
  session.subscribe((view: View) => {
    stage.render(view);
    hud.setModes(view);
    hud.show(view.screen === 'reading' || view.screen === 'menu');
    // The mirror reads each line once, in full; while skipping only the line skipping lands on.
    if (!view.skipping) mirror.show(mirrorLine(view, parts.settings().captions));
    if (view.screen === 'ended') screens.showEnd();
    else if (view.screen === 'title') screens.showTitle();
    else screens.showReading();
    if (view.screen === 'title' || view.screen === 'ended') setHidden(false);
    // Sound last: the first sound creates the AudioContext, which can hold this thread a while.
    sound(view);
  });
  stage.onLayout((layout) => hud.place(layout.quickBar));
  // A press during a dissolve or fade finishes it; auto waits for it (the player machine decides).
  stage.onTransition((running) => session.send({ type: 'player.transition', running }));
  session.onFinishTransition(() => stage.finishTransitions());
  hud.onCommand((name) => run(name as Command));

  // The story waits while any dialog is open.
  onDialogsChange((open) => {
    if (!reading()) return;
    session.send({ type: open ? 'player.menu.open' : 'player.menu.close' });
  });

  bindKeys(run, session);
  bindPointer(parts.stageRoot, run, () => uiHidden, setHidden);
  bindBrowserBack(run, reading);
  document.addEventListener('visibilitychange', () => {
    audio.setPaused(document.hidden);
    session.send({ type: document.hidden ? 'player.suspend' : 'player.resume' });
  });
  return { run };
}

function bindKeys(run: (c: Command) => void, session: Session): void {
  window.addEventListener('keydown', (event) => {
    if (openDialog()) return; // a dialog's keys are its own (it stops them), this is a safety net
    const hold = skipHoldForKey(event, true);
    if (hold !== null) {
      if (!event.repeat) session.send({ type: 'player.skip.set', on: true });
      return;
    }
    // Buttons keep Space and Enter (they press them); Tab moves focus once focus is on a control.
    const onControl = event.target instanceof HTMLElement && event.target.closest('button, input, a, select');
    if (onControl && (event.key === ' ' || event.key === 'Enter' || event.key === 'Tab')) return;
    const command = commandForKey(event);
    if (!command) return;
    event.preventDefault();
    run(command);
  });
  window.addEventListener('keyup', (event) => {
    if (skipHoldForKey(event, false) === false) session.send({ type: 'player.skip.set', on: false });
  });
  // A skip held with Ctrl must not outlive the window losing focus (keyup never comes).
  window.addEventListener('blur', () => session.send({ type: 'player.skip.set', on: false }));
}

function bindPointer(root: HTMLElement, run: (c: Command) => void, hidden: () => boolean, setHidden: (h: boolean) => void): void {
  const gestures = createGestures({
    schedule: (fn, ms) => {
      const timer = setTimeout(fn, ms);
      return () => clearTimeout(timer);
    },
    run, // a long press toggles like H: it also brings the interface back
  });
  const press = (e: PointerEvent) => ({ x: e.clientX, y: e.clientY, pointerId: e.pointerId, kind: e.pointerType, primary: e.isPrimary });
  root.addEventListener('pointerdown', (e) => gestures.down(press(e)));
  root.addEventListener('pointermove', (e) => gestures.move(press(e)));
  root.addEventListener('pointerup', (e) => gestures.up(press(e)));
  root.addEventListener('pointercancel', () => gestures.cancel());
  root.addEventListener('click', (e) => {
    if (e.button === 0 && gestures.click()) run('advance');
  });
  root.addEventListener('contextmenu', (e) => {
    e.preventDefault();
    if (!gestures.contextMenu()) return;
    if (hidden()) setHidden(false);
    else run('hide');
  });
  root.addEventListener('wheel', (e) => {
    const command = commandForWheel(e.deltaY);
    if (command) run(command);
  }, { passive: true });
}

/**
 * The browser's Back button closes the top dialog, else rolls back one line; it never leaves the game
 * mid-read. Chromium skips history entries pushed without a user gesture, so the entry that catches
 * Back is pushed on the reader's next key or tap, never from the popstate handler itself; in the idle
 * time after it (still within the press's user activation), since two pushes cost a press ~10 ms.
 */
function bindBrowserBack(run: (c: Command) => void, reading: () => boolean): void {
  // Two entries in hand, so two Backs in a row (close the menu, then roll back) both stay in the game.
  const DEPTH = 2;
  let armed = 0;
  const push = () => {
    if (!reading()) return;
    for (; armed < DEPTH; armed++) history.pushState({ awry: 'reading' }, '');
  };
  const arm = () => {
    if (reading() && armed < DEPTH) whenIdle(push, 500);
  };
  window.addEventListener('keydown', arm, true);
  window.addEventListener('pointerdown', arm, true);
  window.addEventListener('popstate', () => {
    if (armed === 0) return; // not ours: on the title, Back leaves as usual
    armed--;
    const top = openDialog();
    if (top) top.close();
    else if (reading()) run('back');
  });
}
