/**
 * What saving and loading do, end to end: the saves layer's store, the session's place, the stage's
 * thumbnail and the slot screens, joined. Composition code like reader.ts; the rules (validation,
 * atomic writes, revisions, resolving a save against an edited script) live in src/saves.
 */
import type { Story } from './compiler/story';
import { importSaveFile, parseSaveFile, serializeSave } from './saves/file';
import { resolveSave } from './saves/resolve';
import type { SaveRecord } from './saves/schema';
import { AUTOSAVE_SLOTS, MANUAL_PAGES, SLOTS_PER_PAGE, autosaveSlot, manualSlot } from './saves/slots';
import type { SaveInput, SaveStore, SlotInfo } from './saves/store';
import type { StageHandle } from './stage/client';
import type { Session } from './story/session';
import { mirrorText } from './story/view';
import type { Dialog } from './ui/dialog';
import { renderSlotsScreen, slotName } from './ui/slotsScreen';
import type { SlotView } from './ui/slotsScreen';

/** What a save is taken from: the session's place and the stage's picture. */
export interface Reading {
  session: Session;
  stage: StageHandle;
}

export interface SaveFlowParts {
  store: SaveStore;
  /** The reading, once the engine is up. Saving needs it; listing saves does not, so Load opens at once on the title. */
  reading: () => Reading | null;
  /** The story a save is resolved against, loading the engine if the reader is still on the title. */
  story: () => Promise<Story>;
  dialog: Dialog;
  confirm: (question: string) => Promise<boolean>;
  notice: (text: string) => void;
  /** Told after every save written (the title's Continue remembers that one exists). */
  saved?: () => void;
  /** Starts reading at `beatId` (null: the chapter's start), from the title or mid-story. */
  startAt: (beatId: string | null) => void;
}

export interface SaveFlow {
  openSave(): void;
  openLoad(): void;
  quickSave(): Promise<void>;
  quickLoad(): Promise<void>;
  /** Continue: reading resumes at the newest save; a notice when there is none or the saves cannot be read. Never rejects. */
  continueNewest(): Promise<void>;
  /** Writes the next autosave slot (scene start, page hidden); quiet unless it fails. Never rejects. */
  autosave(): Promise<void>;
  /** Starts reading at `save` (resolved against the loaded story). Never rejects. */
  load(save: SaveRecord): Promise<void>;
}

const PREVIEW_WORDS = 14;

export function createSaveFlow(parts: SaveFlowParts): SaveFlow {
  const { store, dialog, confirm, notice } = parts;
  /**
   * Work started from an event or a timer, where nobody awaits it: a failure becomes a notice, never
   * an unhandled rejection (the store itself never rejects; a file that cannot be read, a stage
   * starting again, a bug can).
   */
  const report = (what: string, error: unknown): void => {
    console.warn(`[awry] ${what}: ${String(error)}`);
    notice(`${what}: ${error instanceof Error ? error.message : String(error)}`);
  };
  const settle = (work: Promise<unknown>, what: string): void => void work.catch((error: unknown) => report(what, error));
  const root = dialog.element;
  let mode: 'save' | 'load' = 'save';
  let page = '1';
  let autosaving: Promise<void> = Promise.resolve();

  /** Autosaves rotate: an empty autosave slot first, else the oldest one. */
  async function nextAutosaveSlot(): Promise<string> {
    const infos = new Map((await store.list()).map((info) => [info.slot, info]));
    const slots = slotsOf('auto');
    // Oldest first; a damaged autosave is kept for last, so it is never the first thing lost.
    const age = (slot: string) => infos.get(slot)?.save?.savedAt ?? '~';
    return slots.find((slot) => !infos.has(slot)) ?? [...slots].sort((a, b) => age(a).localeCompare(age(b)))[0]!;
  }

  /**
   * The reader's place as a save, or null when no line is on screen. The place is taken at once; the
   * thumbnail comes from the stage afterwards (drawn there, never read back on this press).
   */
  async function snapshot(slot: string, kind: SaveInput['kind']): Promise<SaveInput | null> {
    const reading = parts.reading();
    if (!reading) return null;
    const view = reading.session.view();
    if (!view.beat || !view.scene) return null;
    const words = mirrorText(view).split(/\s+/);
    const preview = words.slice(0, PREVIEW_WORDS).join(' ') + (words.length > PREVIEW_WORDS ? '…' : '');
    const place = { slot, kind, beatId: view.beat.id, sceneId: view.scene.id, sceneTitle: view.scene.title, preview: preview.slice(0, 160) };
    // The picture is asked for once this press's views have gone out to the stage (after the listener
    // that took this place), so it shows the place taken. One that cannot be drawn (a stage starting
    // again) costs the card its thumbnail, not the save.
    await Promise.resolve();
    return { ...place, thumbnail: await reading.stage.thumbnail(320).catch(() => null) };
  }

  async function write(input: SaveInput, options: { expectedRevision?: number | null } = {}): Promise<boolean> {
    let result = await store.write(input, options);
    if (!result.ok && result.conflict) {
      const again = await confirm(`Another window saved in ${slotName(input.slot)} after this list was shown. Save over it anyway?`);
      if (!again) return false;
      result = await store.write(input, { force: true });
    }
    if (result.ok) parts.saved?.();
    else notice(result.reason);
    return result.ok;
  }

  async function load(save: SaveRecord): Promise<void> {
    try {
      const resolved = resolveSave(save, await parts.story());
      parts.startAt(resolved.beatId);
      if (resolved.notice) notice(resolved.notice);
    } catch (error) {
      report('Not loaded', error);
    }
  }

  const pages = () =>
    mode === 'load'
      ? [{ id: 'auto', label: 'Auto' }, { id: 'quick', label: 'Quick' }, ...manualPages()]
      : manualPages();

  function slotsOf(id: string): string[] {
    if (id === 'auto') return Array.from({ length: AUTOSAVE_SLOTS }, (_, i) => autosaveSlot(i));
    if (id === 'quick') return ['quick'];
    return Array.from({ length: SLOTS_PER_PAGE }, (_, i) => manualSlot(Number(id), i + 1)!);
  }

  async function render(): Promise<void> {
    const infos = new Map((await store.list()).map((info) => [info.slot, info]));
    const views: SlotView[] = slotsOf(page).map((slot) => toView(slot, infos.get(slot)));
    root.querySelector('h2')!.textContent = mode === 'save' ? 'Save' : 'Load';
    (root.querySelector('.import-button') as HTMLElement).hidden = mode === 'save';
    renderSlotsScreen(root, mode, pages(), page, views, {
      pick: (slot) => settle(pick(slot, infos.get(slot)), mode === 'save' ? 'Not saved' : 'Not loaded'),
      remove: (slot) => settle(remove(slot), 'Not deleted'),
      exportSlot: (slot) => exportSlot(infos.get(slot)?.save ?? null),
      page: (id) => {
        page = id;
        settle(render(), 'The save list could not be shown');
      },
    });
  }

  async function pick(slot: string, info: SlotInfo | undefined): Promise<void> {
    if (mode === 'load') {
      if (!info?.save) return;
      dialog.close();
      return load(info.save);
    }
    if ((info?.save || info?.error) && !(await confirm(`Save over ${slotName(slot)}?`))) return;
    const input = await snapshot(slot, 'manual');
    if (!input) return;
    // The revision this list showed: a newer write from another window is a conflict, not a silent loss.
    if (await write(input, info?.error ? {} : { expectedRevision: info?.save?.revision ?? null })) notice(`Saved in ${slotName(slot)}.`);
    await render();
  }

  async function remove(slot: string): Promise<void> {
    if (!(await confirm(`Delete ${slotName(slot)}? This cannot be undone.`))) return;
    if (!(await store.remove(slot))) notice('Not deleted: the browser refused.');
    await render();
  }

  function exportSlot(save: SaveRecord | null): void {
    if (!save) return;
    const url = URL.createObjectURL(new Blob([serializeSave(save)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `awry-mission-${save.slot}-${save.savedAt.slice(0, 10)}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  const fileInput = root.querySelector<HTMLInputElement>('input[type=file]')!;
  fileInput.addEventListener('change', () => settle(importFile(), 'Not imported'));

  async function importFile(): Promise<void> {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (!file) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    const checked = parseSaveFile(bytes);
    if (!checked.ok) return notice(`Not imported: ${checked.reason}`);
    const infos = new Map((await store.list()).map((info) => [info.slot, info]));
    const free = manualPages().flatMap((p) => slotsOf(p.id)).find((slot) => !infos.has(slot));
    if (!free) return notice('Not imported: every save slot is full. Delete one first.');
    const result = await importSaveFile(store, bytes, free, { expectedRevision: null });
    notice(result.ok ? `Imported into ${slotName(free)}.` : result.reason);
    page = free.split('-')[1] ?? page;
    await render();
  }

  store.onExternalChange(() => {
    if (dialog.isOpen) settle(render(), 'The save list could not be refreshed');
  });

  return {
    openSave() {
      mode = 'save';
      if (!/^\d$/.test(page)) page = '1';
      settle(render().then(() => dialog.open()), 'The save list could not be shown');
    },
    openLoad() {
      mode = 'load';
      settle(render().then(() => dialog.open()), 'The save list could not be shown');
    },
    async quickSave() {
      try {
        const input = await snapshot('quick', 'quick');
        await autosaving; // an autosave asked for earlier is written first, so the newest save is this one
        if (input && (await write(input))) notice('Quick saved.');
      } catch (error) {
        report('Not saved', error);
      }
    },
    async quickLoad() {
      try {
        const info = await store.read('quick');
        if (info?.save) await load(info.save);
        else notice(info?.error ? `The quick save is damaged: ${info.error}` : 'There is no quick save yet.');
      } catch (error) {
        report('Not loaded', error);
      }
    },
    async continueNewest() {
      try {
        const newest = await store.newest();
        if (newest) await load(newest);
        else notice('There is no save to continue yet.');
      } catch (error) {
        report('Not continued', error);
      }
    },
    autosave() {
      // One at a time: two scene starts in quick succession must take two different slots. The place
      // is taken now; a failure is told once and leaves the chain whole for the next autosave.
      const input = snapshot('auto-1', 'auto');
      input.catch(() => undefined); // awaited in turn below; not unhandled meanwhile
      autosaving = autosaving
        .then(async () => {
          const taken = await input;
          if (taken) await write({ ...taken, slot: await nextAutosaveSlot() });
        })
        .catch((error: unknown) => report('Not saved (autosave)', error));
      return autosaving;
    },
    load,
  };
}

function manualPages() {
  return Array.from({ length: MANUAL_PAGES }, (_, i) => ({ id: String(i + 1), label: String(i + 1) }));
}

function toView(slot: string, info: SlotInfo | undefined): SlotView {
  return { slot, save: info?.save ?? null, damaged: info?.error ?? null };
}
