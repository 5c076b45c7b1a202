import type { View } from '../story/view';
import type { StageView } from './protocol';

/**
 * The plain view the stage needs from the session's view: the beat and its speaker's name and colour,
 * and the typewriter's clock as epoch ms (`timeOrigin` is the page's; a worker's differs). Pure.
 */
export function stageView(view: View, timeOrigin: number = performance.timeOrigin): StageView {
  const { beat, speaker } = view;
  return {
    line: beat ? { beat, speaker: speaker ? { name: speaker.name, color: speaker.color } : null } : null,
    typing: view.typing,
    lineStartedAt: timeOrigin + view.lineStartedAt,
    charsPerSecond: view.charsPerSecond,
    skipping: view.skipping,
  };
}
