import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSaveFlow, type SaveFlowParts } from '../src/saveFlow';
import { createMemoryStore, type SaveStore } from '../src/saves/store';

/** An element of the save dialog: it keeps its listeners, so a test can fire them. */
interface FakeElement {
  listeners: Map<string, () => void>;
  files?: { arrayBuffer(): Promise<ArrayBuffer> }[];
  value?: string;
  addEventListener(type: string, listener: () => void): void;
}

/** The parts a save flow needs, with a memory store and a stage whose thumbnail may fail. */
function parts(store: SaveStore, thumbnail: () => Promise<string | null> = async () => null, dialogOpen = false) {
  const notices: string[] = [];
  let saved = 0;
  const view = () => ({ beat: { id: 'forest-aaaaaaa', index: 0, text: 'The trees lean.' }, scene: { id: 'forest', title: 'The Forest' }, speaker: null });
  const elements = new Map<string, FakeElement>();
  const element = {
    querySelector: (selector: string): FakeElement => {
      let found = elements.get(selector);
      if (!found) {
        const listeners = new Map<string, () => void>();
        elements.set(selector, (found = { listeners, addEventListener: (type, listener) => void listeners.set(type, listener) }));
      }
      return found;
    },
  };
  const flow = createSaveFlow({
    store,
    reading: () => ({ session: { view }, stage: { thumbnail } }) as unknown as ReturnType<SaveFlowParts['reading']>,
    story: () => Promise.reject(new Error('no story in these tests')),
    dialog: { element, isOpen: dialogOpen } as unknown as SaveFlowParts['dialog'],
    confirm: async () => true,
    notice: (text) => notices.push(text),
    saved: () => void saved++,
    startAt: () => undefined,
  });
  return { flow, notices, saved: () => saved, fileInput: element.querySelector('input[type=file]') };
}

/** The rejections Node reports unhandled during each test of the enclosing describe. */
function unhandledRejections(): unknown[] {
  const rejections: unknown[] = [];
  const record = (reason: unknown) => rejections.push(reason);
  beforeEach(() => void process.on('unhandledRejection', record));
  afterEach(() => {
    process.off('unhandledRejection', record);
    rejections.length = 0;
  });
  return rejections;
}

describe('the autosave chain', () => {
  const rejections = unhandledRejections();

  it('one failed autosave says so, rejects nothing, and the next autosave still writes', async () => {
    const store = createMemoryStore();
    const list = store.list.bind(store);
    let failures = 1;
    store.list = () => (failures-- > 0 ? Promise.reject(new Error('the disk went away')) : list());
    const { flow, notices } = parts(store);
    await expect(flow.autosave()).resolves.toBeUndefined();
    expect(notices).toEqual(['Not saved (autosave): the disk went away']);
    await flow.autosave();
    await new Promise((resolve) => setTimeout(resolve, 0)); // let Node report any rejection left unhandled
    expect((await store.read('auto-1'))?.save?.beatId).toBe('forest-aaaaaaa');
    expect(rejections).toEqual([]);
  });

  it('a thumbnail the stage cannot draw costs the picture, not the save', async () => {
    const store = createMemoryStore();
    const { flow, notices } = parts(store, () => Promise.reject(new Error('stage restarting')));
    await flow.autosave();
    await flow.quickSave();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect((await store.read('auto-1'))?.save?.thumbnail).toBeNull();
    expect((await store.read('quick'))?.save?.beatId).toBe('forest-aaaaaaa');
    expect(notices).toEqual(['Quick saved.']);
    expect(rejections).toEqual([]);
  });
});

describe('failures off a press', () => {
  const rejections = unhandledRejections();
  const settled = () => new Promise((resolve) => setTimeout(resolve, 0)); // Node reports rejections left unhandled by then

  it('a file that cannot be read is not imported: a notice, no unhandled rejection', async () => {
    const { fileInput, notices } = parts(createMemoryStore());
    fileInput.files = [{ arrayBuffer: () => Promise.reject(new Error('the file went away')) }];
    fileInput.listeners.get('change')!();
    await settled();
    expect(notices).toEqual(['Not imported: the file went away']);
    expect(rejections).toEqual([]);
  });

  it('Continue with saves that cannot be read says so, rejecting nothing; with none, says there is none', async () => {
    const store = createMemoryStore();
    const { flow, notices } = parts(store);
    await flow.continueNewest();
    store.newest = () => Promise.reject(new Error('the database closed'));
    await expect(flow.continueNewest()).resolves.toBeUndefined();
    await settled();
    expect(notices).toEqual(['There is no save to continue yet.', 'Not continued: the database closed']);
    expect(rejections).toEqual([]);
  });

  it('a save list that cannot be refreshed after another window saved says so, rejecting nothing', async () => {
    const store = createMemoryStore();
    let changed: ((slot: string) => void) | null = null;
    store.onExternalChange = (listener) => {
      changed = listener;
      return () => undefined;
    };
    store.list = () => Promise.reject(new Error('the database closed'));
    const { notices } = parts(store, undefined, true);
    changed!('quick');
    await settled();
    expect(notices).toEqual(['The save list could not be refreshed: the database closed']);
    expect(rejections).toEqual([]);
  });
});

describe('saving', () => {
  it('tells the title a save exists after each save written, and not after one refused', async () => {
    const store = createMemoryStore();
    const { flow, saved } = parts(store);
    await flow.quickSave();
    await flow.autosave();
    expect(saved()).toBe(2);
    store.write = async () => ({ ok: false, reason: 'the disk is full' });
    await flow.quickSave();
    expect(saved()).toBe(2);
  });
});
