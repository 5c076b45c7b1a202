/**
 * Reads of the test build's `window.__awry` hook, kept to what the DOM cannot tell: which path the
 * stage took, and when the stage reports the current line drawn (so one press reads exactly one line).
 */
import { waitFor, type EngineDriver } from './driver';

export type StageMode = 'worker' | 'page';

/** Where the stage draws: in its worker, or in the page (where a worker has no WebGL). */
export function stageMode(driver: EngineDriver): Promise<StageMode> {
  return waitFor(driver, 'the stage to start', () => {
    const hook = (window as unknown as { __awry?: { stage: { mode: StageMode } } }).__awry;
    return hook?.stage.mode ?? null;
  }, []);
}

/**
 * Waits until the stage reports the current line drawn: its art at rest, its words typed in full.
 * Returns its beat id; on timeout, says what the page and the stage last reported.
 */
export async function waitDrawn(driver: EngineDriver, timeout = 30_000): Promise<string> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const seen = await driver.evaluate(() => {
      type Frame = { staged: string | null; text: string | null; complete: boolean; settled: boolean };
      type Hook = { session: { view(): { typing: boolean; beat: { id: string } | null } }; stage: { lastFrame: Frame | null } };
      const hook = (window as unknown as { __awry?: Hook }).__awry;
      if (!hook) return { drawn: false, id: null, typing: null, frame: null };
      const view = hook.session.view();
      const frame = hook.stage.lastFrame;
      const id = view.beat?.id ?? null;
      const drawn = !!id && !view.typing && frame?.staged === id && frame.text === id && frame.complete && frame.settled;
      return { drawn, id, typing: view.typing, frame };
    });
    if (seen.drawn && seen.id) return seen.id;
    if (Date.now() > deadline) throw new Error(`${driver.engine}: the current line was not drawn at rest after ${timeout} ms: ${JSON.stringify(seen)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
