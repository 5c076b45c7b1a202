/**
 * Which decoded art the stage keeps: what the latest preload asked for and what the one before it
 * asked for (a step back, a rollback across a scene, finds its art still there). Only the latest
 * request frees art once it is done: one overtaken while it decoded would free what a newer one
 * wants (a jump away and back found its art freed by the preload from before the jump).
 */
export class WantedArt {
  private now: ReadonlySet<string> = new Set();
  private before: ReadonlySet<string> = new Set();
  private requests = 0;

  /** Files a request for `keys`; its number, for `keepAfter`. */
  ask(keys: ReadonlySet<string>): number {
    this.before = this.now;
    this.now = keys;
    return ++this.requests;
  }

  /** What to keep once request `request` is done; null when a newer one came meanwhile (it frees instead). */
  keepAfter(request: number): Set<string> | null {
    return request === this.requests ? new Set([...this.now, ...this.before]) : null;
  }
}
