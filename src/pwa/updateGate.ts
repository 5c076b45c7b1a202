/**
 * When a new version may replace the running one: never in the middle of a scene. It applies at
 * once on the title or the end card, else at the next scene change the reader rests on (not one
 * skipped through); there the new version opens at that scene's start, which is where the reader is.
 * Pure: it sees views and answers.
 */

/** The part of the session's View the gate reads. */
export interface GateView {
  screen: string;
  scene: { id: string } | null;
  skipping: boolean;
}

export type GateStep = { apply: false } | { apply: true; resumeScene: string | null };

const WAIT: GateStep = { apply: false };

export class UpdateGate {
  private pending = false;
  private applied = false;
  /** The scene of the last view the reader rested on (not skipping). */
  private restScene: string | null = null;
  /** Null until the session exists: the reader is on the title. */
  private view: GateView | null = null;

  /** A new version is waiting: whether to apply it now. */
  ready(): GateStep {
    this.pending = true;
    return this.step(false);
  }

  /** The session's newest view: whether the waiting version applies now. */
  see(view: GateView): GateStep {
    this.view = view;
    if (view.skipping) return WAIT;
    const scene = view.scene?.id ?? null;
    const changed = this.restScene !== null && scene !== null && scene !== this.restScene;
    this.restScene = scene;
    return this.step(changed);
  }

  /** Whether a version is waiting and has not been applied. */
  get waiting(): boolean {
    return this.pending && !this.applied;
  }

  private step(sceneChanged: boolean): GateStep {
    if (!this.waiting) return WAIT;
    const view = this.view;
    if (!view || view.screen === 'title' || view.screen === 'ended') return this.apply(null);
    if (sceneChanged && view.screen === 'reading' && !view.skipping && view.scene) return this.apply(view.scene.id);
    return WAIT;
  }

  private apply(resumeScene: string | null): GateStep {
    this.applied = true;
    return { apply: true, resumeScene };
  }
}
