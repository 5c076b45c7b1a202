/**
 * What one frame of the stage draws: the scene canvas, the text box's, or both. Pure, so the rules a
 * reader feels (a press answered by its words first; a place reached by a jump shown whole) are
 * tested apart from Pixi.
 */
export interface FrameState {
  /** The words on show came by reading on (the next line), not by a jump, a load or a rollback. */
  readOn: boolean;
  /** Something in the scene changed since it was last drawn. */
  sceneDirty: boolean;
  /** The text box changed since it was last drawn. */
  textDirty: boolean;
  /** A transition or a moving effect runs: the scene needs this frame even if nothing changed. */
  moving: boolean;
  /** Letters remain to be typed: the text box needs this frame. */
  typing: boolean;
  /** The frame before drew words first and left the scene for this one. */
  sceneWaited: boolean;
  /** The scene canvas has shown some stage already. */
  sceneShown: boolean;
  /** A newer stage's art is on its way. */
  loading: boolean;
}

export interface FramePlan {
  drawScene: boolean;
  drawText: boolean;
  /** New words drawn alone, the scene left for the next frame. */
  wordsFirst: boolean;
  /** The words wait for their stage's art (and stay dirty). */
  wordsWait: boolean;
}

export function planFrame(s: FrameState): FramePlan {
  // Reading on, new words are drawn alone, the scene on the next frame: a reader's press waits on its
  // line, and on a software renderer one scene frame costs several text frames. Never twice running:
  // views that keep coming (a transition's news, the typewriter) must not starve the scene. Not for a
  // jump, a load or a rollback (a place is looked up: it is shown whole, and frames can come 100 ms
  // apart), nor before the scene has shown anything (the first line waits on both).
  const wordsFirst = s.readOn && s.textDirty && (s.sceneDirty || s.moving) && !s.sceneWaited && s.sceneShown;
  // Before the scene has shown anything, a frame while its art loads would draw black over black: on
  // a software renderer it cost the first line a readback the first real frame waited behind.
  const nothingYet = s.loading && !s.sceneShown;
  const drawScene = !wordsFirst && !nothingYet && (s.sceneDirty || s.moving);
  // A place reached by a jump, a load or a rollback is shown whole: while its art loads, its words
  // wait with it (drawn now, they would stand over the old scene).
  const wordsWait = s.loading && !s.readOn;
  const drawText = !wordsWait && (s.textDirty || s.typing);
  return { drawScene, drawText, wordsFirst, wordsWait };
}
