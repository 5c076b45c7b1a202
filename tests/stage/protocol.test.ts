import { describe, expect, it } from 'vitest';
import type { Port, StageCommand, StageEvent, StageSettings, StageView } from '../../src/stage/protocol';
import { serveStage } from '../../src/stage/runtime';
import type { StageLike } from '../../src/stage/runtime';
import { sameStageView, stageView } from '../../src/stage/stageView';
import { selectView } from '../../src/story/view';
import { compile } from '../fixtures/compile';

const compileFixture = (body: string) => compile(body).story!;
const SCRIPT = `scene one "One"
  bg ward-day
  show iruka worried at left
  iruka: "Hello."
  A quiet line.
`;

const settings: StageSettings = { textScale: 1, reducedMotion: false };
const art = { bg: {}, portraits: {}, sizes: { bg: { 0.75: { width: 1, height: 1 }, 1: { width: 2, height: 1 }, 2: { width: 4, height: 2 } }, portraits: { 0.75: { width: 1, height: 2 }, 1: { width: 2, height: 3 }, 2: { width: 4, height: 6 } } }, trims: {} };
const init = (): StageCommand => ({ type: 'init', size: { width: 800, height: 450, dpr: 1 }, art, fonts: [], settings });

/** A stage that records what it was asked, and can say things back through `emit`. */
function fakeStage(log: unknown[], emitted: { emit?: (e: StageEvent) => void }): StageLike {
  return {
    renderer: 'fake GL',
    inspect: () => ({ textures: 3, texturesPerBatch: 1, textCache: 4, artPending: 0, contextLost: false }),
    resize: (size) => void log.push(['resize', size]),
    setSettings: (s) => void log.push(['settings', s]),
    render: (view: StageView) => {
      log.push(['view', view.line?.beat.id ?? null, view.line?.speaker?.name ?? null]);
      emitted.emit?.({ type: 'frame', staged: view.line?.beat.id ?? null, text: view.line?.beat.id ?? null, complete: true, settled: true, frames: 1, textFrames: 1, at: 5 });
    },
    finishTransitions: () => void log.push(['finish']),
    preload: async (stages) => void log.push(['preload', stages.length]),
    deliver: (key: string, bitmap: ImageBitmap | null) => void log.push(['art', key, bitmap === null ? null : 'bitmap']),
    thumbnail: async (width) => new Blob([`w${width}`], { type: 'image/webp' }),
    loseContext: () => void log.push(['lose']),
  } as StageLike;
}

/** The page's end of a real MessageChannel (messages are structured-cloned, as to a worker). */
function wire(create: (emit: (e: StageEvent) => void) => Promise<StageLike>) {
  const channel = new MessageChannel();
  const canvases = { scene: {} as OffscreenCanvas, text: {} as OffscreenCanvas };
  serveStage(channel.port2 as unknown as Port<StageEvent, StageCommand>, { canvases, create: (parts) => create(parts.emit) });
  const events: StageEvent[] = [];
  const waiters: Array<() => void> = [];
  channel.port1.addEventListener('message', (e: MessageEvent<StageEvent>) => {
    events.push(e.data);
    for (const w of waiters.splice(0)) w();
  });
  channel.port1.start();
  channel.port2.start();
  const until = async (test: () => boolean) => {
    const deadline = Date.now() + 2000;
    while (!test()) {
      if (Date.now() > deadline) throw new Error(`no such event; got ${JSON.stringify(events.map((e) => e.type))}`);
      await new Promise<void>((r) => (waiters.push(r), setTimeout(r, 20)));
    }
  };
  return { post: (c: StageCommand) => channel.port1.postMessage(c), events, until, close: () => channel.port1.close() };
}

describe('stage protocol', () => {
  it('page to stage: commands sent before the stage is ready wait for it, in order', async () => {
    const log: unknown[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const link = wire(async () => (await gate, fakeStage(log, {})));
    const story = compileFixture(SCRIPT);
    const facts = { screen: 'reading' as const, typing: true, lineStartedAt: 100, charsPerSecond: 45, auto: false, skipping: false };
    link.post(init());
    link.post({ type: 'view', view: stageView(selectView(story, story.beats[0]!, facts), 1000) });
    link.post({ type: 'finish-transitions' });
    link.post({ type: 'resize', size: { width: 390, height: 844, dpr: 2 } });
    await new Promise((r) => setTimeout(r, 30));
    expect(log).toEqual([]);
    release();
    await link.until(() => log.length === 3);
    expect(log).toEqual([['view', story.beats[0]!.id, 'Iruka'], ['finish'], ['resize', { width: 390, height: 844, dpr: 2 }]]);
    expect(link.events[0]).toEqual({ type: 'ready', renderer: 'fake GL' });
    link.close();
  });

  it('stage to page: frames, thumbnails and counters come back as plain events with their ids', async () => {
    const log: unknown[] = [];
    const emitted: { emit?: (e: StageEvent) => void } = {};
    const link = wire(async (emit) => ((emitted.emit = emit), fakeStage(log, emitted)));
    link.post(init());
    link.post({ type: 'view', view: { line: null, typing: false, lineStartedAt: 0, charsPerSecond: 45, skipping: false } });
    link.post({ type: 'preload', stages: [], spare: [] });
    link.post({ type: 'thumbnail', id: 7, width: 320 });
    link.post({ type: 'inspect', id: 8 });
    await link.until(() => link.events.some((e) => e.type === 'inspect'));
    const frame = link.events.find((e) => e.type === 'frame');
    expect(frame).toMatchObject({ staged: null, settled: true });
    const thumb = link.events.find((e) => e.type === 'thumbnail') as Extract<StageEvent, { type: 'thumbnail' }>;
    expect(thumb.id).toBe(7);
    expect(await thumb.blob!.text()).toBe('w320');
    expect(link.events.find((e) => e.type === 'inspect')).toMatchObject({ type: 'inspect', id: 8, textures: 3, textCache: 4, preloadsDone: 1, contextLost: false });
    link.close();
  });

  it('the first stages to decode travel with init, so the art is fetched while the renderers start', async () => {
    const given: unknown[] = [];
    const channel = new MessageChannel();
    const canvases = { scene: {} as OffscreenCanvas, text: {} as OffscreenCanvas };
    serveStage(channel.port2 as unknown as Port<StageEvent, StageCommand>, {
      canvases,
      create: async (parts) => (given.push(parts.preload), fakeStage([], {})),
    });
    channel.port2.start();
    const story = compileFixture(SCRIPT);
    channel.port1.postMessage({ ...(init() as Extract<StageCommand, { type: 'init' }>), preload: [story.beats[0]!.stage] } satisfies StageCommand);
    channel.port1.postMessage(init());
    const deadline = Date.now() + 2000;
    while (given.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    expect(given).toEqual([[story.beats[0]!.stage], []]);
    channel.port1.close();
  });

  it('art the page decoded for the first line: the stage is told to expect it, then handed each picture', async () => {
    const log: unknown[] = [];
    const given: unknown[] = [];
    const channel = new MessageChannel();
    const canvases = { scene: {} as OffscreenCanvas, text: {} as OffscreenCanvas };
    serveStage(channel.port2 as unknown as Port<StageEvent, StageCommand>, {
      canvases,
      create: async (parts) => (given.push(parts.arriving), fakeStage(log, {})),
    });
    channel.port2.start();
    const file = { kind: 'bg' as const, id: 'ward-day', scale: 1 as const, key: 'bg/ward-day@1', url: '/ward.webp' };
    channel.port1.postMessage({ ...(init() as Extract<StageCommand, { type: 'init' }>), arriving: [file] } satisfies StageCommand);
    // Sent right behind the init, before the stage is up: it waits for the stage, like any command.
    channel.port1.postMessage({ type: 'art', key: file.key, bitmap: null } satisfies StageCommand);
    const deadline = Date.now() + 2000;
    while (log.length < 1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    expect(given).toEqual([[file]]);
    expect(log).toEqual([['art', 'bg/ward-day@1', null]]);
    channel.port1.close();
  });

  it('a stage that cannot start says why, and later commands are dropped, not thrown', async () => {
    const link = wire(async () => {
      throw new Error('WebGL is unavailable here.');
    });
    link.post(init());
    await link.until(() => link.events.length > 0);
    expect(link.events[0]).toEqual({ type: 'failed', message: 'WebGL is unavailable here.' });
    link.post({ type: 'finish-transitions' });
    link.post({ type: 'probe' });
    await link.until(() => link.events.length > 1);
    expect(link.events[1]).toMatchObject({ type: 'probe', webgl: false });
    link.close();
  });

  it('the view carries the beat, the speaker and the typewriter clock as epoch ms', () => {
    const story = compileFixture(SCRIPT);
    const facts = { screen: 'reading' as const, typing: true, lineStartedAt: 250, charsPerSecond: Infinity, auto: false, skipping: true };
    const view = stageView(selectView(story, story.beats[1]!, facts), 10_000);
    expect(view).toEqual({ line: { beat: story.beats[1], speaker: null }, typing: true, lineStartedAt: 10_250, charsPerSecond: Infinity, skipping: true });
    expect(structuredClone(view)).toEqual(view);
    expect(stageView(selectView(story, story.beats[0]!, { ...facts, screen: 'title' }), 0).line).toBeNull();
  });

  it('a view the stage would draw alike is known as such, and any change it would draw is not', () => {
    const story = compileFixture(SCRIPT);
    const facts = { screen: 'reading' as 'reading' | 'title', typing: true, lineStartedAt: 250, charsPerSecond: 40, auto: false, skipping: false };
    const at = (beat: number, more: Partial<typeof facts> = {}) => stageView(selectView(story, story.beats[beat]!, { ...facts, ...more }), 10_000);
    // The session's own changes (auto on, a menu) give a new but equal view: nothing to send.
    expect(sameStageView(at(0), at(0, { auto: true }))).toBe(true);
    expect(sameStageView(at(0, { screen: 'title' }), at(1, { screen: 'title' }))).toBe(true);
    expect(sameStageView(null, at(0))).toBe(false);
    for (const changed of [at(1), at(0, { typing: false }), at(0, { lineStartedAt: 900 }), at(0, { charsPerSecond: Infinity }), at(0, { skipping: true }), at(0, { screen: 'title' })])
      expect(sameStageView(at(0), changed)).toBe(false);
  });
});
