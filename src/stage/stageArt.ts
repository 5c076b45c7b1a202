import type { Texture } from 'pixi.js';
import type { Stage as BeatStage } from '../compiler/story';
import { ArtStore } from './art';
import { artScale, stageFiles } from './artFiles';
import { spareWithin } from './artBudget';
import type { ArtKind, Scale } from '../art/rasterSizes';
import type { ArtFile } from './artFiles';
import type { Layout } from './layout';
import type { Picture } from './picture';
import type { ArtTable } from './protocol';
import { UploadQueue } from './uploads';
import { WantedArt } from './wanted';

/** A beat's pictures: its background (if any) and its cast, in the stage's order. */
export interface StagePictures {
  bg: Picture | null;
  cast: Picture[];
}

/**
 * The stage's art: the pictures a beat's stage is drawn from, at the scale the screen calls for,
 * decoded (art.ts), kept while wanted (wanted.ts) and uploaded between frames (uploads.ts).
 */
export class StageArt {
  private readonly store: ArtStore;
  private readonly wanted = new WantedArt();
  private readonly uploads: UploadQueue;
  /** The renderers are up: decoded art may go to the GPU. */
  private uploading = false;

  constructor(
    private readonly table: ArtTable,
    warn: (message: string) => void,
    /** The screen the art is drawn on: its scale follows it. */
    private readonly screen: () => { layout: Layout; dpr: number },
    /** Whether a frame, a transition, a beat's art or the last upload is under way (uploads wait for a quiet moment). */
    busy: () => boolean,
    private readonly upload: (texture: Texture) => void,
    /** The reader is between presses: art wanted ahead decodes and goes up only then. */
    quiet: () => boolean = () => true,
  ) {
    this.store = new ArtStore(table, warn, quiet);
    this.uploads = new UploadQueue(busy, upload, quiet);
  }

  /** Pictures the page is decoding (see ArtStore.expect). */
  expect(files: readonly ArtFile[]): void {
    this.store.expect(files);
  }

  deliver(key: string, bitmap: ImageBitmap | null): void {
    this.store.deliver(key, bitmap);
  }

  /**
   * The renderers are up: art decoded so far goes up between frames, not all at once (New Game's first
   * frame often comes next, and needs only what it shows), and art decoded later as it comes.
   */
  startUploads(): void {
    this.uploading = true;
    this.uploads.add(this.store.textures());
  }

  /**
   * A beat's pictures, for a frame that waits on them. Each goes up as soon as it is decoded, while
   * the others still decode: left to that frame, every upload would come on top of its drawing.
   */
  async pictures(stage: BeatStage): Promise<StagePictures> {
    const blurred = stage.effects.includes('blur');
    const up = (picture: Picture): Picture => {
      if (this.uploading) for (const texture of [picture.texture, picture.twin]) if (texture && !texture.destroyed) this.upload(texture);
      return picture;
    };
    const [bg, cast] = await Promise.all([
      stage.bg ? this.store.picture('bg', stage.bg, this.scaleFor('bg'), blurred).then(up) : null,
      Promise.all(stage.cast.map((a) => this.store.picture('portraits', `${a.id}-${a.expression}`, this.scaleFor('portraits'), blurred).then(up))),
    ]);
    return { bg, cast };
  }

  /**
   * Decodes and uploads the art of `stages` ahead of time; the first `needed` are wanted now (their
   * decodes go first). `spare` (nearest first) is decoded after them, as far as the budget goes
   * (artBudget.ts). Then frees art that neither this request nor the one before wants, unless a
   * sprite still shows it (`live`).
   */
  async preload(stages: readonly BeatStage[], needed: number, live: () => ReadonlySet<Texture>, spare: readonly BeatStage[] = []): Promise<void> {
    const { layout, dpr } = this.screen();
    const filesOf = (stage: BeatStage) => stageFiles(this.table, stage, layout, dpr);
    const wanted = stages.flatMap((stage, i) => filesOf(stage).map((file) => ({ file, ahead: i >= needed })));
    const extra = spareWithin(this.table, wanted.map((w) => w.file), spare.flatMap(filesOf)).map((file) => ({ file, ahead: true }));
    const keep = new Set<string>();
    const loads: Promise<Texture>[] = [];
    for (const { file: { kind, id, scale, key }, ahead } of [...wanted, ...extra]) {
      keep.add(key);
      // Each picture goes up as it is decoded: those wanted ahead decode one by one (see art.ts).
      const load = this.store.get(kind, id, scale, ahead);
      load.then((texture) => this.uploading && this.uploads.add([texture]), () => undefined);
      loads.push(load);
    }
    const request = this.wanted.ask(keep);
    await Promise.all(loads);
    const kept = this.wanted.keepAfter(request);
    if (kept) this.store.prune(kept, live());
  }

  /** Pictures still to decode or to upload (test builds' counters: the bench waits for none). */
  get pending(): number {
    return this.store.decoding + this.uploads.size;
  }

  /** Every texture decoded so far. */
  textures(): Texture[] {
    return this.store.textures();
  }

  private scaleFor(kind: ArtKind): Scale {
    const { layout, dpr } = this.screen();
    return artScale(this.table, kind, layout, dpr);
  }
}
