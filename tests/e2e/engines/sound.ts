/**
 * What the page plays, as the sound library and the network tell it: each live sound's chosen file,
 * whether it is decoded and playing, and the sound files fetched so far.
 */
import type { EngineDriver } from './driver';

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

/** Waits until a sound whose file name contains `id` is decoded and playing; on timeout, says what the library last held. */
export async function waitForSound(driver: EngineDriver, id: string, timeout = 15_000): Promise<Playing> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const seen = await driver.evaluate((want: string) => {
      // Howler's own registry of sounds: its `_src` is the one source it chose for this engine.
      type Howl = { _src: string | string[]; state(): string; playing(): boolean };
      const howler = (window as unknown as { Howler?: { _howls: Howl[]; ctx?: { state: string } } }).Howler;
      const fetched = performance.getEntriesByType('resource').map((e) => e.name).filter((name) => /\.(ogg|mp3)(\?|$)/.test(name));
      const howls = (howler?._howls ?? []).map((h) => ({ src: String(h._src), state: h.state(), playing: h.playing() }));
      const howl = howls.find((h) => h.src.includes(want));
      const context = howler?.ctx?.state ?? null;
      return { found: !!howl && howl.state === 'loaded' && howl.playing && context === 'running', howl, howls, context, fetched };
    }, id);
    if (seen.found && seen.howl) return { ...seen.howl, context: seen.context, fetched: seen.fetched };
    if (Date.now() > deadline) throw new Error(`${driver.engine}: the sound ${id} was not decoded and playing after ${timeout} ms: ${JSON.stringify(seen)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
