import { describe, expect, it } from 'vitest';
import { createGestures } from '../../src/input/gestures';
import type { Command } from '../../src/input/keys';

/** Gestures on a fake clock: `later()` runs what is scheduled, as time passing would. */
function setup() {
  const ran: Command[] = [];
  let pending: (() => void) | null = null;
  const g = createGestures({ schedule: (fn) => ((pending = fn), () => (pending = null)), run: (c) => ran.push(c) });
  const later = () => {
    const fn = pending;
    pending = null;
    fn?.();
  };
  const at = (x: number, y: number, kind = 'touch', pointerId = 1, primary = true) => ({ x, y, kind, pointerId, primary });
  return { g, ran, later, at };
}

describe('stage gestures', () => {
  it('a tap reads on once', () => {
    const { g, at } = setup();
    g.down(at(100, 100));
    g.up(at(102, 101));
    expect(g.click()).toBe(true);
  });

  it('a swipe to the right rolls back and its click does not read on', () => {
    const { g, ran, at, later } = setup();
    g.down(at(50, 300));
    g.move(at(120, 305));
    later(); // the finger moved: no long press
    g.up(at(250, 310));
    expect(ran).toEqual(['back']);
    expect(g.click()).toBe(false);
    g.down(at(100, 100)); // the next tap is a tap again
    g.up(at(100, 100));
    expect(g.click()).toBe(true);
  });

  it('a long touch hides the interface once: not its click, not the context menu the browser raises for it', () => {
    const { g, ran, at, later } = setup();
    g.down(at(100, 100));
    expect(g.contextMenu()).toBe(false); // Android raises it while the finger is still down
    later();
    g.up(at(103, 100));
    expect(g.contextMenu()).toBe(false); // desktop Chromium raises it on release
    expect(g.click()).toBe(false);
    expect(ran).toEqual(['hide']);
  });

  it('a mouse held still is no long press, and a right-click is the context menu', () => {
    const { g, ran, at, later } = setup();
    g.down(at(100, 100, 'mouse'));
    later();
    g.up(at(100, 100, 'mouse'));
    expect(ran).toEqual([]);
    expect(g.click()).toBe(true);
    expect(g.contextMenu()).toBe(true);
  });

  it('a second finger does not start a press; a cancelled press does nothing', () => {
    const { g, ran, at, later } = setup();
    g.down(at(100, 100));
    g.down(at(200, 100, 'touch', 2, false));
    g.cancel();
    later();
    g.up(at(300, 100));
    expect(ran).toEqual([]);
  });
});
