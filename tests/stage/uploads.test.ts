import type { Texture } from 'pixi.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UploadQueue } from '../../src/stage/uploads';

const texture = (name: string, destroyed = false) => ({ name, destroyed }) as unknown as Texture;
const names = (list: Texture[]) => list.map((t) => (t as unknown as { name: string }).name);

describe('the upload queue', () => {
  beforeEach(() => void vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] }));
  afterEach(() => void vi.useRealTimers());

  it('uploads one texture per quiet step, in order, each once, skipping destroyed ones', () => {
    const done: Texture[] = [];
    const queue = new UploadQueue(() => false, (t) => done.push(t));
    const a = texture('a');
    queue.add([a, texture('gone', true), a, texture('b')]);
    expect(queue.size).toBe(3);
    vi.advanceTimersByTime(40);
    expect(names(done)).toEqual(['a']);
    vi.advanceTimersByTime(200);
    expect(names(done)).toEqual(['a', 'b']);
    expect(queue.size).toBe(0);
  });

  it('waits while the stage is busy, but not past its patience (a swaying scene is never still)', () => {
    const done: Texture[] = [];
    let busy = true;
    const queue = new UploadQueue(() => busy, (t) => done.push(t));
    queue.add([texture('a'), texture('b')]);
    vi.advanceTimersByTime(900);
    expect(done).toEqual([]);
    vi.advanceTimersByTime(200);
    expect(names(done)).toEqual(['a']);
    busy = false;
    vi.advanceTimersByTime(40);
    expect(names(done)).toEqual(['a', 'b']);
  });

  it('sends nothing up while the reader presses, however long; its patience counts from the pause', () => {
    const done: Texture[] = [];
    let quiet = false;
    const queue = new UploadQueue(() => true, (t) => done.push(t), () => quiet);
    queue.add([texture('a')]);
    vi.advanceTimersByTime(3000);
    expect(done).toEqual([]);
    quiet = true;
    vi.advanceTimersByTime(900);
    expect(done).toEqual([]);
    vi.advanceTimersByTime(200);
    expect(names(done)).toEqual(['a']);
  });

  it('waits one second at most, counted from when the art was queued', () => {
    const done: Texture[] = [];
    const queue = new UploadQueue(() => true, (t) => done.push(t));
    queue.add([texture('a')]);
    vi.advanceTimersByTime(999);
    expect(done).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(names(done)).toEqual(['a']);
  });

  it('art queued in several batches still goes up one texture per step, and an empty queue holds no timer', () => {
    const done: Texture[] = [];
    const queue = new UploadQueue(() => false, (t) => done.push(t));
    queue.add([texture('a')]);
    queue.add([texture('b')]);
    queue.add([]);
    vi.advanceTimersByTime(40);
    expect(names(done)).toEqual(['a']);
    vi.advanceTimersByTime(40);
    expect(names(done)).toEqual(['a', 'b']);
    expect(vi.getTimerCount()).toBe(0);
    queue.add([]);
    expect(vi.getTimerCount()).toBe(0);
  });
});
