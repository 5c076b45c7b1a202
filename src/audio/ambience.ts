import { Howl, Howler } from 'howler';
import type { Catalogue } from '../catalogue';
import { nextTask } from '../lazy';
import type { View } from '../story/view';

export interface AudioOptions {
  catalogue: Catalogue;
  /** Cross-fade length in ms. */
  fade?: number;
  /**
   * Resolves when sound may start (outputWarmup.ts): views that come before it wait, in order, and
   * no AudioContext is made meanwhile.
   */
  ready?: Promise<unknown>;
}

export interface AudioHandle {
  /** Reconciles what plays with the view: the beat's ambience, once, and its one-shots. */
  update(view: View): void;
  /** Pauses or resumes everything (the tab hidden, a menu). */
  setPaused(paused: boolean): void;
  setVolumes(volumes: Volumes): void;
  /** Howls alive now, for leak checks. */
  readonly liveHowls: () => number;
  /** The ambience playing (or fading in) now, by id; before `ready`, the one the waiting views will start. */
  readonly ambience: () => string | null;
  destroy(): void;
}

/** The reader's mix, each 0..1. */
export interface Volumes {
  master: number;
  ambience: number;
  sound: number;
  muted: boolean;
}

/**
 * Ambience and sound effects. The beat names its ambience; whatever played before cross-fades out
 * and stops, so nothing doubles after a jump, and is kept decoded: a return to a place (a rollback, a
 * jump back) decodes nothing, which would take a core from the frame the reader waits for. Created
 * only after the first user gesture, as browsers require.
 */
export function createAudio({ catalogue, fade = 900, ready }: AudioOptions): AudioHandle {
  let current: { id: string; howl: Howl } | null = null;
  /** Ambiences fading out, by Howl; then stopped and kept decoded (a few MB each, the story has a handful). */
  const fading = new Map<Howl, string>();
  const kept = new Map<string, Howl>();
  const sfx = new Map<string, Howl>();
  let lastBeat: string | null = null;
  let mix: Volumes = { master: 0.8, ambience: 0.7, sound: 0.9, muted: false };
  /** Views waiting for `ready`; null once sound may start. */
  let waiting: View[] | null = ready ? [] : null;
  void ready?.then(async () => {
    // The context in a task of its own and the first sounds in the next: in one, they made a task of
    // 50-65 ms on a two-core machine.
    if (waiting?.some((v) => !v.skipping)) {
      applyMaster();
      await nextTask();
    }
    const views = waiting ?? [];
    waiting = null;
    views.forEach(apply);
  });

  /**
   * Howler's master volume. Setting it creates Howler's AudioContext, which can block this thread for
   * a long while (the browser's audio service may start), so it is first set with the first sound
   * (`howl`), then on every change (`setVolumes`).
   */
  const applyMaster = (): void => void Howler.volume(mix.muted ? 0 : mix.master);

  const howl = (id: string, loop: boolean): Howl | null => {
    const src = catalogue.audio(id);
    if (!src.length) {
      console.warn(`[awry] missing sound ${id}: no assets/audio/${id}.ogg`);
      return null;
    }
    if (!Howler.ctx) applyMaster();
    return new Howl({
      src,
      loop,
      html5: false,
      onloaderror: (_id, error) => console.warn(`[awry] sound ${id} failed to load: ${String(error)}`),
    });
  };

  function setAmbience(id: string | null): void {
    if ((current?.id ?? null) === id) return;
    if (current) {
      const { id: oldId, howl: old } = current;
      fading.set(old, oldId);
      old.fade(old.volume(), 0, fade);
      old.once('fade', () => {
        if (fading.get(old) !== oldId) return; // taken back while it faded (see `again`)
        fading.delete(old);
        old.stop();
        kept.set(oldId, old);
      });
    }
    current = null;
    if (!id) return;
    const next = again(id) ?? howl(id, true);
    if (!next) return;
    const from = next.playing() ? next.volume() : 0;
    next.volume(from);
    if (!next.playing()) next.play();
    next.fade(from, mix.ambience, fade);
    current = { id, howl: next };
  }

  /** Ambience `id` faded out before (still fading, or stopped and kept): back, with no fetch or decode. */
  function again(id: string): Howl | null {
    for (const [h, was] of fading) {
      if (was !== id) continue;
      fading.delete(h);
      return h;
    }
    const h = kept.get(id) ?? null;
    kept.delete(id);
    return h;
  }

  function playSfx(id: string): void {
    let h = sfx.get(id);
    if (!h) {
      const made = howl(id, false);
      if (!made) return;
      h = made;
      sfx.set(id, h);
    }
    h.volume(mix.sound);
    h.play();
  }

  function apply(view: View): void {
    // While skipping, sound waits: the beat skipping lands on sets the ambience once, and its sounds play.
    if (view.skipping) return;
    const beat = view.beat;
    setAmbience(beat?.stage.ambience ?? null);
    if (beat && beat.id !== lastBeat) beat.sfx.forEach(playSfx);
    lastBeat = beat?.id ?? null;
  }

  return {
    update(view) {
      if (waiting) waiting.push(view);
      else apply(view);
    },
    setPaused(paused) {
      const h = current?.howl;
      if (!h) return;
      if (paused) h.pause();
      else if (!h.playing()) h.play();
    },
    setVolumes(volumes) {
      mix = volumes;
      if (Howler.ctx) applyMaster();
      if (current && !fading.has(current.howl)) current.howl.volume(volumes.ambience);
    },
    liveHowls: () => (current ? 1 : 0) + fading.size + kept.size + sfx.size,
    ambience: () => {
      const last = waiting?.filter((v) => !v.skipping).at(-1);
      return last ? (last.beat?.stage.ambience ?? null) : (current?.id ?? null);
    },
    destroy() {
      current?.howl.unload();
      for (const h of [...fading.keys(), ...kept.values(), ...sfx.values()]) h.unload();
      current = null;
      fading.clear();
      kept.clear();
      sfx.clear();
    },
  };
}
