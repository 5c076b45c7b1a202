/**
 * The engine: the stage, the story, its session and the maker of the audio, loaded behind the title
 * in small pieces, each in idle time: the stage first (in its worker, where Pixi, the fonts, the
 * shaders and the first scene's art load off this thread, while the page goes on), then the story and
 * the session. A press on the title is answered between any two pieces; once a press waits on the
 * engine (`gate.hurry()`), the pieces follow each other at once.
 */
import literata400 from '@fontsource/literata/files/literata-latin-400-normal.woff2?url';
import literata400Italic from '@fontsource/literata/files/literata-latin-400-italic.woff2?url';
import literata700 from '@fontsource/literata/files/literata-latin-700-normal.woff2?url';
import { artTable } from './catalogue';
import type { Story } from './compiler/story';
import type { Settings } from './saves/settings';
import type { FontSource } from './stage/protocol';
import { sceneBeats } from './story/scenes';

/** The text box's faces, loaded again inside the stage worker (a worker does not see the page's fonts). */
const STAGE_FONTS: FontSource[] = [
  { family: 'Literata', url: literata400, weight: '400', style: 'normal' },
  { family: 'Literata', url: literata400Italic, weight: '400', style: 'italic' },
  { family: 'Literata', url: literata700, weight: '700', style: 'normal' },
];

export interface EngineParts {
  /** Where the stage's canvases go. */
  stageRoot: HTMLElement;
  /** The reader's settings, once `settingsReady` has resolved. */
  settings: () => Settings;
  settingsReady: Promise<unknown>;
  /** The lines seen so far, and how to store them again. */
  seen: Promise<{ seenIds: Iterable<string>; saveSeen: (storage: Storage | null, ids: Iterable<string>) => unknown }>;
  storage: Storage | null;
  /** The idle periods the pieces wait for. */
  gate: { wait(): Promise<void> };
}

export type Engine = Awaited<ReturnType<typeof warmUp>>;

/** The session's pace from the reader's settings (text speed 0: whole lines at once). */
export const paceOf = (s: Settings) => ({
  charsPerSecond: s.textSpeed === 0 ? Infinity : s.textSpeed,
  autoBaseMs: s.autoBaseMs,
  autoPerCharMs: s.autoPerCharMs,
});

export async function warmUp({ stageRoot, settings, settingsReady, seen, storage, gate }: EngineParts) {
  const storyLoaded = import('virtual:awry-story').then((m) => m.default as Story);
  const stageStarting = Promise.all([import('./stage/client'), settingsReady]).then(([{ createStage }]) =>
    createStage({
      parent: stageRoot,
      art: artTable(),
      fonts: STAGE_FONTS,
      settings: { textScale: settings().textScale, reducedMotion: settings().reducedMotion },
      idle: () => gate.wait(),
      // The first scene's art travels with the stage's start, decoded while its renderers start.
      preload: storyLoaded.then((story) => sceneBeats(story, story.scenes[0]?.id ?? '', 1)),
    }),
  );
  stageStarting.catch(() => undefined); // awaited below; not unhandled meanwhile
  await gate.wait();
  const [{ Session }, { createStoryMachine }, { createAudio }, { warmAudioOutput }, story, record] = await Promise.all([
    import('./story/session'),
    import('./story/storyMachine'),
    import('./audio/ambience'),
    import('./audio/outputWarmup'),
    storyLoaded,
    seen,
  ]);
  await gate.wait();
  // The story's machine (a state per line) is built in an idle period of its own: built with the
  // session's actors, it made one long task of them on a phone's CPU.
  const storyMachine = createStoryMachine(story);
  await gate.wait();
  let seenDirty: ReturnType<typeof setTimeout> | undefined;
  const session = new Session(story, paceOf(settings()), {
    seen: record.seenIds,
    storyMachine,
    skipRules: () => ({ skipUnseen: settings().skipUnseen, stopAtScene: settings().skipStopAtScene }),
    // Seen beats are written in batches: a skip through the chapter is one write, not hundreds.
    onSeen: () => {
      clearTimeout(seenDirty);
      seenDirty = setTimeout(() => record.saveSeen(storage, session.seen), 500);
    },
  });
  // The story's pieces are built while the stage starts in its worker (or its page pieces load), not after.
  const stage = await stageStarting;
  return { stage, session, createAudio, warmAudioOutput, story };
}
