/** Events of the story machine: where in the chapter the reader is. */
export type StoryEvent =
  | { type: 'story.advance' }
  | { type: 'story.back' }
  | { type: 'story.jump'; beat: string }
  | { type: 'story.jump.scene'; scene: string };

/** Reading settings the player machine times itself by. */
export interface Pace {
  /** Typewriter speed; Infinity (or 0) shows lines at once. */
  charsPerSecond: number;
  autoBaseMs: number;
  autoPerCharMs: number;
}

/** Events of the player machine: what the reader is doing. */
export type PlayerEvent =
  | { type: 'player.start' }
  | { type: 'player.advance' }
  | { type: 'player.line'; length: number; pauseMs?: number }
  | { type: 'player.end' }
  | { type: 'player.menu.open' }
  | { type: 'player.menu.close' }
  | { type: 'player.title' }
  | { type: 'player.pace'; pace: Partial<Pace> }
  | { type: 'player.auto.toggle' }
  | { type: 'player.skip.toggle' }
  | { type: 'player.skip.set'; on: boolean }
  /** The tab was hidden or shown: timers pause while nobody is looking. */
  | { type: 'player.suspend' }
  | { type: 'player.resume' }
  /** The stage started or finished a transition (a dissolve, a fade, an arrival). */
  | { type: 'player.transition'; running: boolean };

/** What the player machine asks of the story; the session forwards these. */
export type PlayerEmitted = { type: 'advance' } | { type: 'restart' } | { type: 'skip' } | { type: 'finishTransition' };
