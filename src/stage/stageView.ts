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

/**
 * Two views the stage would draw alike: the same line (by beat, speaker and typewriter clock), typing
 * and skipping. The session sends a view on every change of its own (a menu, auto, the backlog), and
 * each one sent again would cost the stage a frame for nothing.
 */
export function sameStageView(a: StageView | null, b: StageView): boolean {
  return (
    a !== null &&
    a.line?.beat.id === b.line?.beat.id &&
    a.line?.speaker?.name === b.line?.speaker?.name &&
    a.line?.speaker?.color === b.line?.speaker?.color &&
    a.typing === b.typing &&
    a.lineStartedAt === b.lineStartedAt &&
    a.charsPerSecond === b.charsPerSecond &&
    a.skipping === b.skipping
  );
}
