import { describe, expect, it } from 'vitest';
import { FrameLedger } from '../../src/stage/frameLedger';
import type { StageEvent } from '../../src/stage/protocol';

function rig() {
  const events: Extract<StageEvent, { type: 'frame' }>[] = [];
  const due: Array<() => void> = [];
  const ledger = new FrameLedger((e) => void events.push(e), (run) => void due.push(run));
  const screenRefresh = () => due.splice(0).forEach((run) => run());
  const words = { text: 'b1', complete: true, settled: true, textFrames: 1 };
  return { ledger, events, screenRefresh, words };
}

describe('the frames the page hears of', () => {
  it('reports a frame on the next refresh, with the art it showed when drawn', () => {
    const { ledger, events, screenRefresh, words } = rig();
    ledger.sceneDrawn('b1');
    ledger.report(words);
    expect(events).toEqual([]);
    ledger.sceneDrawn('b2'); // drawn before the first report went out
    screenRefresh();
    expect(events[0]).toMatchObject({ type: 'frame', staged: 'b1', frames: 1, text: 'b1' });
  });

  it('a new place is on screen once the frame that first drew it is reported, not before', () => {
    const { ledger, screenRefresh, words } = rig();
    ledger.sceneDrawn('b1');
    ledger.report(words);
    screenRefresh();
    expect(ledger.placeOnScreen).toBe(true);
    ledger.sceneDrawn('b2');
    expect(ledger.placeOnScreen).toBe(false);
    ledger.report(words);
    ledger.sceneDrawn('b2'); // the same place drawn again (a sway) does not move the mark on
    screenRefresh();
    expect(ledger.placeOnScreen).toBe(true);
  });
});
