import { describe, expect, it } from 'vitest';
import { DecodeGate } from '../../src/stage/decodeGate';

/** A decode the test finishes by hand; `started` tells whether the gate let it run. */
function decode(name: string, log: string[]) {
  let finish!: () => void;
  const work = () => {
    log.push(`start ${name}`);
    return new Promise<string>((resolve) => (finish = () => resolve(name)));
  };
  return { work, finish: () => finish() };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the decode gate', () => {
  it('runs what a frame waits on at once, and work wanted ahead one at a time after it', async () => {
    const gate = new DecodeGate();
    const log: string[] = [];
    const [now, a, b] = [decode('now', log), decode('a', log), decode('b', log)];
    const first = gate.first(now.work);
    const later = [gate.later(a.work), gate.later(b.work)];
    await settle();
    expect(log).toEqual(['start now']);
    expect(gate.queued).toBe(2);
    now.finish();
    expect(await first).toBe('now');
    await settle();
    expect(log).toEqual(['start now', 'start a']);
    a.finish();
    await settle();
    expect(log).toEqual(['start now', 'start a', 'start b']);
    b.finish();
    expect(await Promise.all(later.map((l) => l.done))).toEqual(['a', 'b']);
  });

  it('holds work wanted ahead back while anything a frame waits on decodes', async () => {
    const gate = new DecodeGate();
    const log: string[] = [];
    const [a, now] = [decode('a', log), decode('now', log)];
    const ahead = gate.later(a.work);
    await settle();
    expect(log).toEqual(['start a']); // nothing urgent: it runs
    const b = decode('b', log);
    gate.later(b.work);
    void gate.first(now.work);
    a.finish();
    await ahead.done;
    await settle();
    expect(log).toEqual(['start a', 'start now']); // b waits for 'now'
    now.finish();
    await settle();
    expect(log).toEqual(['start a', 'start now', 'start b']);
  });

  it('runs queued work at once when a frame comes to wait on it', async () => {
    const gate = new DecodeGate();
    const log: string[] = [];
    const [a, b, c] = [decode('a', log), decode('b', log), decode('c', log)];
    gate.later(a.work);
    gate.later(b.work);
    const third = gate.later(c.work);
    await settle();
    third.hurry();
    await settle();
    expect(log).toEqual(['start a', 'start c']);
    expect(gate.queued).toBe(1);
    third.hurry(); // running already: nothing more happens
    c.finish();
    expect(await third.done).toBe('c');
    await settle();
    expect(log).toEqual(['start a', 'start c']); // 'a' still runs: 'b' waits for it
    a.finish();
    await settle();
    expect(log).toEqual(['start a', 'start c', 'start b']);
  });

  it('passes a failed decode on and goes on with the next', async () => {
    const gate = new DecodeGate();
    const failing = gate.later(() => Promise.reject(new Error('corrupt')));
    const next = gate.later(() => Promise.resolve('next'));
    await expect(failing.done).rejects.toThrow('corrupt');
    expect(await next.done).toBe('next');
  });

  it('starts work wanted ahead only while the reader is between presses', async () => {
    let quiet = false;
    const gate = new DecodeGate(() => quiet);
    const log: string[] = [];
    const a = decode('a', log);
    const later = gate.later(a.work);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(log).toEqual([]);
    quiet = true;
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(log).toEqual(['start a']);
    a.finish();
    expect(await later.done).toBe('a');
  });

  it('runs work a frame waits on at once even while the reader presses', async () => {
    const gate = new DecodeGate(() => false);
    const log: string[] = [];
    const now = decode('now', log);
    const done = gate.first(now.work);
    expect(log).toEqual(['start now']);
    now.finish();
    expect(await done).toBe('now');
  });
});
