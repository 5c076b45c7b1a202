import { describe, expect, it } from 'vitest';
import { warmAudioOutput } from '../../src/audio/outputWarmup';

/** A timer the test fires by hand. */
function handTimer() {
  const due: Array<() => void> = [];
  return { set: (done: () => void) => void due.push(done), fire: () => due.splice(0).forEach((d) => d()) };
}

const settled = async (p: Promise<void>): Promise<boolean> => {
  let done = false;
  void p.then(() => (done = true));
  for (let i = 0; i < 5; i++) await Promise.resolve();
  return done;
};

describe('the audio output warm-up', () => {
  it('resolves once the browser has listed its devices, not before', async () => {
    let answer!: () => void;
    const asked: string[] = [];
    const devices = { enumerateDevices: () => (asked.push('list'), new Promise<void>((r) => (answer = r))) };
    const warm = warmAudioOutput(devices, 1500, handTimer().set);
    expect(await settled(warm)).toBe(false);
    answer();
    expect(await settled(warm)).toBe(true);
    expect(asked).toEqual(['list']);
  });

  it('gives up waiting after its patience: a list that never comes does not hold sound back for good', async () => {
    const timer = handTimer();
    const warm = warmAudioOutput({ enumerateDevices: () => new Promise(() => undefined) }, 1500, timer.set);
    expect(await settled(warm)).toBe(false);
    timer.fire();
    expect(await settled(warm)).toBe(true);
  });

  it('resolves when the list is refused, or thrown, or there is no list at all', async () => {
    const timer = handTimer();
    expect(await settled(warmAudioOutput({ enumerateDevices: () => Promise.reject(new Error('not allowed')) }, 1500, timer.set))).toBe(true);
    expect(await settled(warmAudioOutput({ enumerateDevices: () => { throw new Error('no') } }, 1500, timer.set))).toBe(true);
    expect(await settled(warmAudioOutput(undefined, 1500, timer.set))).toBe(true);
  });
});
