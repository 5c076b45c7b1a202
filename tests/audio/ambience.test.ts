/**
 * The audio's AudioContext waits for the first sound: Howler makes it the first time its master
 * volume is set, and making one can hold the page's thread for hundreds of milliseconds (the
 * browser's audio service may start), so the reader's settings alone must not make it.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const howler = vi.hoisted(() => {
  const state = { ctx: null as object | null, volumes: [] as number[], made: [] as string[][], fadeEnds: [] as Array<() => void> };
  class Howl {
    private on = false;
    constructor(options: { src: string[] }) {
      state.ctx ??= {}; // Howler makes its context for the first Howl, too
      state.made.push(options.src);
    }
    volume(): number {
      return 0;
    }
    play(): void {
      this.on = true;
    }
    stop(): void {
      this.on = false;
    }
    fade(): void {}
    once(_event: string, listener: () => void): void {
      state.fadeEnds.push(listener);
    }
    unload(): void {}
    playing(): boolean {
      return this.on;
    }
    pause(): void {}
  }
  const Howler = {
    get ctx() {
      return state.ctx;
    },
    volume(v: number) {
      state.ctx ??= {};
      state.volumes.push(v);
    },
  };
  return { state, Howl, Howler };
});
vi.mock('howler', () => ({ Howl: howler.Howl, Howler: howler.Howler }));

import { createAudio } from '../../src/audio/ambience';
import type { Catalogue } from '../../src/catalogue';
import type { View } from '../../src/story/view';

const catalogue = { audio: (id: string) => [`/audio/${id}.ogg`] } as unknown as Catalogue;
const reading = (ambience: string | null): View =>
  ({ skipping: false, beat: { id: `b-${ambience}`, sfx: [], stage: { ambience } } }) as unknown as View;
const mix = { master: 0.5, ambience: 0.7, sound: 0.9, muted: false };

describe('audio start', () => {
  beforeEach(() => {
    howler.state.ctx = null;
    howler.state.volumes = [];
    howler.state.made = [];
    howler.state.fadeEnds = [];
  });

  it('sets no master volume, so makes no AudioContext, until a sound is wanted', () => {
    const audio = createAudio({ catalogue });
    audio.setVolumes(mix);
    audio.update(reading(null));
    expect(howler.state.ctx).toBeNull();
    expect(howler.state.volumes).toEqual([]);
  });

  it("applies the reader's master volume before the first sound, and every change after", () => {
    const audio = createAudio({ catalogue });
    audio.setVolumes(mix);
    audio.update(reading('forest'));
    expect(howler.state.made).toEqual([['/audio/forest.ogg']]);
    expect(howler.state.volumes).toEqual([0.5]);
    audio.setVolumes({ ...mix, muted: true });
    audio.setVolumes({ ...mix, master: 0.25 });
    expect(howler.state.volumes).toEqual([0.5, 0, 0.25]);
  });

  it('keeps an ambience it faded out: going back to its place loads and decodes nothing again', () => {
    const audio = createAudio({ catalogue });
    audio.update(reading('forest'));
    audio.update(reading('ward'));
    howler.state.fadeEnds.splice(0).forEach((end) => end()); // the forest has faded out and stopped
    expect(audio.ambience()).toBe('ward');
    audio.update(reading('forest')); // kept
    audio.update(reading('ward')); // still fading out: taken back
    howler.state.fadeEnds.splice(0).forEach((end) => end());
    expect(audio.ambience()).toBe('ward');
    expect(howler.state.made).toEqual([['/audio/forest.ogg'], ['/audio/ward.ogg']]);
    expect(audio.liveHowls()).toBe(2);
  });
});

describe('audio waiting for its output', () => {
  beforeEach(() => {
    howler.state.ctx = null;
    howler.state.volumes = [];
    howler.state.made = [];
  });

  it('makes no sound and no AudioContext until ready, then the context, then the waiting views in order', async () => {
    let open!: () => void;
    const audio = createAudio({ catalogue, ready: new Promise<void>((r) => (open = r)) });
    audio.setVolumes(mix);
    audio.update(reading('forest'));
    audio.update({ ...reading('ward'), skipping: true }); // skipped past: no sound of its own
    expect(howler.state.ctx).toBeNull();
    expect(howler.state.made).toEqual([]);
    expect(audio.ambience()).toBe('forest'); // what will play, so a new one is told from the same
    open();
    for (let i = 0; i < 5; i++) await Promise.resolve();
    expect(howler.state.volumes).toEqual([0.5]); // the context first, in a task of its own
    expect(howler.state.made).toEqual([]);
    await new Promise((next) => setTimeout(next));
    expect(howler.state.made).toEqual([['/audio/forest.ogg']]);
    expect(audio.ambience()).toBe('forest');
    audio.update(reading('ward'));
    expect(howler.state.made).toEqual([['/audio/forest.ogg'], ['/audio/ward.ogg']]);
  });
});
