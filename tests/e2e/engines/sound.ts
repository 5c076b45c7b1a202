/**
 * What the page plays, as the sound library and the network tell it: each live sound's chosen file,
 * whether it is decoded and playing, and the sound files fetched so far.
 */
import { waitFor, type EngineDriver } from './driver';

export interface Playing {
  /** The file the library chose for the sound. */
  src: string;
  state: string;
  playing: boolean;
  /** The Web Audio context's state ('running' once it is heard). */
  context: string | null;
  /** Every .ogg and .mp3 the page has fetched. */
  fetched: string[];
}

/** Waits until a sound whose file name contains `id` is decoded and playing, and returns what plays. */
export function waitForSound(driver: EngineDriver, id: string, timeout = 15_000): Promise<Playing> {
  return waitFor(driver, `the sound ${id} decoded and playing`, (want: string) => {
    // Howler's own registry of sounds: its `_src` is the one source it chose for this engine.
    type Howl = { _src: string | string[]; state(): string; playing(): boolean };
    const howler = (window as unknown as { Howler?: { _howls: Howl[]; ctx?: { state: string } } }).Howler;
    const howl = howler?._howls.find((h) => String(h._src).includes(want));
    if (!howl || howl.state() !== 'loaded' || !howl.playing() || howler?.ctx?.state !== 'running') return null;
    const fetched = performance.getEntriesByType('resource').map((e) => e.name).filter((name) => /\.(ogg|mp3)(\?|$)/.test(name));
    return { src: String(howl._src), state: howl.state(), playing: howl.playing(), context: howler.ctx.state, fetched };
  }, [id], timeout);
}
