import { describe, expect, it } from 'vitest';
import { FrameRequest } from '../../src/stage/frameRequest';

/** Animation frames under the test's hand: `tick` runs what is waiting for the next one. */
function frames() {
  let time = 0;
  let waiting = new Map<number, () => void>();
  let id = 0;
  return {
    now: () => time,
    next(cb: () => void) {
      const mine = ++id;
      waiting.set(mine, cb);
      return () => waiting.delete(mine);
    },
    advance(ms: number) {
      time += ms;
    },
    tick() {
      time += 16;
      const due = waiting;
      waiting = new Map();
      for (const cb of due.values()) cb();
    },
    get waiting() {
      return waiting.size;
    },
  };
}

describe("the stage's one pending frame", () => {
  it('asked for many times before the next animation frame, runs once then', () => {
    const clock = frames();
    const runs: number[] = [];
    const request = new FrameRequest((now) => runs.push(now), clock);
    request.request();
    request.request();
    expect(request.pending).toBe(true);
    expect(runs).toEqual([]);
    clock.tick();
    expect(runs).toEqual([16]);
    expect(request.pending).toBe(false);
  });

  it('hurried (new words), runs at once instead of on the next animation frame, and only once', () => {
    const clock = frames();
    const runs: number[] = [];
    const request = new FrameRequest((now) => runs.push(now), clock);
    clock.advance(100);
    request.request();
    request.hurry();
    expect(runs).toEqual([100]);
    clock.tick();
    expect(runs).toEqual([100]); // the animation frame it was waiting for was given back
    expect(clock.waiting).toBe(0);
  });

  it('is not hurried within half a frame of the last run: a burst draws one frame per refresh', () => {
    const clock = frames();
    const runs: number[] = [];
    const request = new FrameRequest((now) => runs.push(now), clock);
    request.request();
    request.hurry(); // at 0
    clock.advance(5);
    request.request();
    request.hurry(); // 5 ms later: waits
    expect(runs).toEqual([0]);
    clock.tick();
    expect(runs).toEqual([0, 21]);
  });

  it('with nothing asked for, hurrying draws nothing', () => {
    const clock = frames();
    const runs: number[] = [];
    new FrameRequest((now) => runs.push(now), clock).hurry();
    expect(runs).toEqual([]);
  });

  it('a run may ask for the next frame (the typewriter, a transition, a GPU still busy)', () => {
    const clock = frames();
    const runs: number[] = [];
    const request: FrameRequest = new FrameRequest((now) => {
      runs.push(now);
      if (runs.length < 3) request.request();
    }, clock);
    request.request();
    clock.tick();
    clock.tick();
    clock.tick();
    clock.tick();
    expect(runs).toEqual([16, 32, 48]);
  });
});
