import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaint } from '../src/firstPaint';

/** A stand-in for the browser's PerformanceObserver that reports paints when told to. */
function fakeObserver(types: string[]) {
  const observers: ((names: string[]) => void)[] = [];
  class FakeObserver {
    static supportedEntryTypes = types;
    constructor(private readonly callback: (list: { getEntriesByName(name: string): unknown[] }) => void) {}
    observe(): void {
      observers.push((names) => this.callback({ getEntriesByName: (n) => names.filter((x) => x === n) }));
    }
    disconnect(): void {}
  }
  vi.stubGlobal('PerformanceObserver', FakeObserver);
  return { paint: (...names: string[]) => observers.forEach((o) => o(names)) };
}

const settledWithin = async (promise: Promise<void>, ms: number): Promise<boolean> => {
  let settled = false;
  void promise.then(() => (settled = true));
  await vi.advanceTimersByTimeAsync(ms);
  return settled;
};

describe('the title on screen', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('waits for the first contentful paint, not the first paint', async () => {
    vi.useFakeTimers();
    const browser = fakeObserver(['paint', 'longtask']);
    const shown = afterFirstPaint(2000);
    browser.paint('first-paint');
    expect(await settledWithin(shown, 100)).toBe(false);
    browser.paint('first-contentful-paint');
    expect(await settledWithin(shown, 0)).toBe(true);
  });

  it('gives up waiting after the timeout where no paint is reported (a background tab)', async () => {
    vi.useFakeTimers();
    fakeObserver(['paint']);
    const shown = afterFirstPaint(2000);
    expect(await settledWithin(shown, 1999)).toBe(false);
    expect(await settledWithin(shown, 1)).toBe(true);
  });

  it('where paint timing is missing, goes on after the timeout', async () => {
    vi.useFakeTimers();
    fakeObserver(['longtask']);
    expect(await settledWithin(afterFirstPaint(500), 500)).toBe(true);
  });
});
