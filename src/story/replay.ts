/**
 * A scene replayed from the scene list: it touches no save and ends on leaving its scene. The start
 * passes through the chapter's first line before the jump lands, and views of the next scene can
 * still arrive after the end (a listener that runs inside another's update sees an older view), so
 * the replay keeps its phase until the next reading starts, never a flag cleared at the end.
 */
import type { View } from './view';

type Phase = 'opening' | 'playing' | 'over';

export class Replay {
  private phase: Phase = 'opening';

  constructor(readonly scene: string) {}

  /** Whether `view` ends the replay: true once, on the first view past its scene once it played. */
  ends(view: Pick<View, 'screen' | 'scene'>): boolean {
    if (this.phase === 'opening' && view.scene?.id === this.scene) this.phase = 'playing';
    if (this.phase !== 'playing') return false;
    const left = view.screen === 'ended' || (view.scene !== null && view.scene.id !== this.scene);
    if (left) this.phase = 'over';
    return left;
  }
}
