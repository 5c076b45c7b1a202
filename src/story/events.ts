/** Events of the story machine: where in the chapter the reader is. */
export type StoryEvent =
  | { type: 'story.advance' }
  | { type: 'story.back' }
  | { type: 'story.jump'; beat: string }
  | { type: 'story.jump.scene'; scene: string };

/** Events of the player machine: what the reader is doing. */
export type PlayerEvent =
  | { type: 'player.start' }
  | { type: 'player.advance' }
  | { type: 'player.line'; length: number }
  | { type: 'player.end' }
  | { type: 'player.menu.open' }
  | { type: 'player.menu.close' }
  | { type: 'player.title' }
  | { type: 'player.settings'; charsPerSecond: number };

/** What the player machine asks of the story; the session forwards these. */
export type PlayerEmitted = { type: 'advance' } | { type: 'restart' };
