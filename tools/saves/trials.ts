/**
 * The saves' reliability trials, against whichever IndexedDB they are given: fake-indexeddb in Node
 * (tools/saves/reliability.ts) or Chromium's own (tools/saves/reliability-browser.ts runs this module
 * in a page). Each trial pushes what went wrong onto `problems`; the figures say what was tried.
 * - the hostile corpus (tools/saves/corpus.ts): each file refused, or accepted and resolved to the line
 *   its case names, then imported through the store with three other slots that must stay byte-identical;
 * - storage faults (tools/saves/faults.ts): every write fault on every kind of slot, and failed opens;
 * - round trips: a reader reads the chapter line by line; on each line the game saves, the store is
 *   closed and reopened, the save loaded and resolved in a fresh session, and what that session shows
 *   must equal what the reader saw before saving (and the same through the export file).
 */
import type { Story } from '../../src/compiler/story';
import { encodeSave, importSaveFile, parseSaveFile } from '../../src/saves/file';
import { NOTICE_LINE_CHANGED, NOTICE_SCENE_GONE, resolveSave, type Resolved } from '../../src/saves/resolve';
import type { SaveRecord } from '../../src/saves/schema';
import { ALL_SLOTS, slotKind } from '../../src/saves/slots';
import { openSaveStore, type SaveInput, type SaveStore } from '../../src/saves/store';
import { Session } from '../../src/story/session';
import type { View } from '../../src/story/view';
import { hostileCorpus, type Landing } from './corpus';
import { WRITE_FAULTS, openFaultTrial, writeFaultTrial, type TrialOutcome } from './faults';

export interface Figures {
  corpus: { size: number; refused: number; resolved: number; notice: number; imported: number };
  faults: TrialOutcome[];
  trips: { total: number; passed: number };
  problems: string[];
}

/** Deep equality of plain data (JSON-shaped values), with the same answer in Node and in a page. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

export function saveInput(story: Story, index: number, slot: string): SaveInput {
  const beat = story.beats[index];
  if (!beat) throw new Error(`no beat ${index}`);
  const title = story.scenes.find((s) => s.id === beat.scene)?.title ?? '';
  return { slot, kind: slotKind(slot) ?? 'manual', beatId: beat.id, sceneId: beat.scene, sceneTitle: title, preview: beat.text.slice(0, 160), thumbnail: null };
}

/** Runs every trial on `story` with databases from `factory`. Never throws for a misbehaving store. */
export async function runTrials(story: Story, factory: IDBFactory): Promise<Figures> {
  const problems: string[] = [];
  let databases = 0;
  const open = async (name = `reliability-${++databases}`): Promise<SaveStore> => {
    const { store, notice } = await openSaveStore({ indexedDB: factory, name });
    if (notice) throw new Error(`IndexedDB did not open: ${notice}`);
    return store;
  };

  async function corpusFigures() {
    const first = await (await open()).write(saveInput(story, Math.floor(story.beats.length / 2), 'manual-9-6'));
    if (!first.ok) throw new Error(first.reason);
    const base: SaveRecord = { ...first.save, thumbnail: `data:image/webp;base64,${'UklGRh4AAABXRUJQ'.repeat(40)}` };
    const corpus = hostileCorpus(base);
    const landing: Record<Landing, Resolved> = {
      beat: { beatId: base.beatId, notice: null },
      scene: { beatId: story.beats.find((b) => b.scene === base.sceneId)?.id ?? null, notice: NOTICE_LINE_CHANGED },
      chapter: { beatId: story.beats[0]?.id ?? null, notice: NOTICE_SCENE_GONE },
    };
    const counts = { refused: 0, resolved: 0, notice: 0 };
    for (const c of corpus) {
      try {
        const result = parseSaveFile(c.bytes);
        if (!result.ok) {
          counts.refused += 1;
          if (c.expect === 'accept') problems.push(`corpus ${c.name}: refused (${result.reason}), expected on the ${c.lands === 'beat' ? 'saved line' : `first line of the ${c.lands}`}`);
          else if (c.reason && !c.reason.test(result.reason)) problems.push(`corpus ${c.name}: refused for another reason (${result.reason})`);
          continue;
        }
        const resolved = resolveSave(result.save, story);
        if (c.expect === 'refuse') problems.push(`corpus ${c.name}: accepted, expected refused`);
        else if (!same(resolved, landing[c.lands])) problems.push(`corpus ${c.name}: resolved to ${resolved.beatId}, expected ${landing[c.lands].beatId}`);
        if (resolved.notice) counts.notice += 1;
        else counts.resolved += 1;
      } catch (error) {
        problems.push(`corpus ${c.name}: threw ${String(error)}`);
      }
    }
    // The store path: three other slots must come out byte-identical after the whole corpus is imported.
    const store = await open();
    const others = ['quick', 'auto-1', 'manual-1-1'];
    for (const [i, slot] of others.entries()) await store.write(saveInput(story, i, slot));
    const snapshot = async () => JSON.stringify(await Promise.all(others.map((s) => store.read(s))));
    const before = await snapshot();
    let imported = 0;
    for (const c of corpus) {
      const result = await importSaveFile(store, c.bytes, 'manual-9-6');
      if (result.ok) imported += 1;
      if (result.ok !== parseSaveFile(c.bytes).ok) problems.push(`import ${c.name}: store and file disagree`);
    }
    if ((await snapshot()) !== before) problems.push('import: another slot changed');
    store.close();
    return { size: corpus.length, ...counts, imported };
  }

  async function faultFigures() {
    const outcomes: TrialOutcome[] = [];
    for (const [i, slot] of ['quick', 'auto-2', 'manual-5-3'].entries()) {
      const store = await open();
      for (const [name, inject] of WRITE_FAULTS) {
        outcomes.push(await writeFaultTrial(store, `${name} (${slot})`, inject, saveInput(story, i, slot), saveInput(story, i + 10, slot)));
      }
      store.close();
    }
    for (const mode of ['throw', 'error', 'silent'] as const) outcomes.push(await openFaultTrial(mode, saveInput(story, 0, 'quick')));
    for (const o of outcomes.filter((o) => !o.passed)) problems.push(`fault ${o.name}: ${o.detail}`);
    return outcomes;
  }

  /** Where the reader is, copied out of the view (a line's stage comes with its id: the browser variant compares pixels). */
  const shown = (view: View) => structuredClone({ beat: view.beat?.id, scene: view.scene?.id, text: view.beat?.text });

  async function roundTrips() {
    const name = `reliability-roundtrip-${++databases}`;
    const writer = new Session(story, { charsPerSecond: Infinity });
    writer.send({ type: 'player.start' });
    let passed = 0;
    let total = 0;
    for (let i = 0; writer.view().beat; i++, total++) {
      const view = writer.view();
      const before = shown(view);
      const slot = ALL_SLOTS[i % ALL_SLOTS.length] ?? 'quick';
      const store = await open(name);
      const written = await store.write({ ...saveInput(story, view.beat!.index, slot), beatId: view.beat!.id, sceneId: view.scene!.id });
      store.close();
      const reopened = await open(name);
      const loaded = (await reopened.read(slot))?.save;
      reopened.close();
      const viaFile = written.ok ? parseSaveFile(encodeSave(written.save)) : null;
      const resolved = loaded ? resolveSave(loaded, story) : null;
      const reader = new Session(story, { charsPerSecond: Infinity });
      reader.send({ type: 'player.start' });
      if (resolved?.beatId) reader.jump(resolved.beatId);
      const after = shown(reader.view());
      reader.stop();
      const ok =
        written.ok && viaFile?.ok && same(viaFile.save, written.save) && same(loaded, written.save) &&
        loaded?.beatId === before.beat && loaded?.sceneId === before.scene && resolved?.notice === null && same(after, before);
      if (ok) passed += 1;
      else problems.push(`round trip ${before.beat} (${slot}) failed`);
      writer.send({ type: 'player.advance' });
    }
    writer.stop();
    if (total !== story.beats.length) problems.push(`round trips: read ${total} of ${story.beats.length} lines`);
    return { total: story.beats.length, passed };
  }

  const protoBefore = Reflect.ownKeys(Object.prototype).map(String).join();
  const corpus = await corpusFigures();
  const faults = await faultFigures();
  const trips = await roundTrips();
  if (Reflect.ownKeys(Object.prototype).map(String).join() !== protoBefore) problems.push('Object.prototype changed');
  return { corpus, faults, trips, problems };
}

/** The figures as lines of text, the same in both variants. */
export function describeFigures(f: Figures): string[] {
  return [
    `hostile corpus: ${f.corpus.size} files: ${f.corpus.refused} refused, ${f.corpus.resolved} accepted at the saved line, ${f.corpus.notice} accepted at a scene's or the chapter's first line with a notice; each as its case expects`,
    `  imported through the store: ${f.corpus.imported} written, ${f.corpus.size - f.corpus.imported} refused; other slots byte-identical`,
    `fault trials: ${f.faults.length} run, ${f.faults.filter((o) => o.passed).length} behaved`,
    ...f.faults.map((o) => `  ${o.passed ? 'ok  ' : 'FAIL'} ${o.name}: ${o.detail}`),
    `round trips (read -> save -> reopen -> load -> resolve -> show, and via the export file): ${f.trips.passed}/${f.trips.total} same line, scene and text as shown before saving`,
  ];
}
