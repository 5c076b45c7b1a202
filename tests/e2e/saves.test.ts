import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { advance, beatId, completeTyping, disconnect, drawn, jumpTo, mirror, newGame, openContext, openGame, recordRejections, seedSeen, settled, view, waitForView } from './game';
import { thumbnailLikeness } from './pixels';
import { chapter, expectedLine } from './story';

const story = chapter();
afterAll(disconnect);
const allIds = story.beats.map((b) => b.id);

/** What a reader sees of a beat: line, background, cast, ambience (from the page's own state). */
async function moment(page: Page) {
  return page.evaluate(() => {
    const w = window as unknown as { __awry: { session: { view(): { beat: { id: string; stage: unknown } | null } }; audio: { ambience(): string | null } } };
    const v = w.__awry.session.view();
    return { id: v.beat?.id, stage: v.beat?.stage, ambience: w.__awry.audio.ambience(), mirror: document.getElementById('mirror')!.textContent };
  });
}

/** Raw IndexedDB access from the page, for injecting damaged records and checking bytes. */
async function idb<T>(page: Page, action: 'put' | 'all', record?: unknown): Promise<T> {
  return page.evaluate(
    ([act, rec]) =>
      new Promise<T>((resolve, reject) => {
        const open = indexedDB.open('awry-mission');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('slots', act === 'put' ? 'readwrite' : 'readonly');
          const store = tx.objectStore('slots');
          const req = act === 'put' ? store.put(rec) : store.getAll();
          req.onsuccess = () => resolve((act === 'put' ? null : req.result) as T);
          req.onerror = () => reject(req.error);
          tx.oncomplete = () => open.result.close();
        };
      }),
    [action, record] as const,
  );
}

const slotsDialog = (page: Page) => page.getByRole('dialog', { name: /^(Save|Load)$/ });

/** Console errors, uncaught exceptions and unhandled rejections of a page opened outside openGame. */
async function watch(page: Page, errors: string[]): Promise<Page> {
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  page.on('pageerror', (e) => errors.push(String(e)));
  await recordRejections(page, errors);
  return page;
}

type Slot = { slot: string; beatId: string; revision: number };

describe('saving and loading in Chromium', () => {
  it('a manual save shows its thumbnail, scene and line; after a reload, Load brings back the same line, stage and ambience', async () => {
    const game = await openGame({ before: (p) => seedSeen(p, allIds) });
    await newGame(game.page);
    const samples = story.scenes.map((s) => story.beats[s.firstBeat + Math.floor(s.beatCount / 2)]!);
    const saved: Record<string, Awaited<ReturnType<typeof moment>>> = {};
    for (const [i, beat] of samples.entries()) {
      await jumpTo(game.page, beat.id);
      await settled(game.page);
      saved[beat.id] = await moment(game.page);
      const shot = await game.page.screenshot();
      await game.page.getByRole('button', { name: 'Save', exact: true }).click();
      const dialog = slotsDialog(game.page);
      await dialog.getByRole('button', { name: new RegExp(`^Save in: Empty slot Slot ${i + 1}, page 1`) }).click();
      await game.page.locator('#notice').filter({ hasText: 'Saved in' }).waitFor();
      const card = dialog.locator('.slot').nth(i);
      const thumbnail = (await card.locator('img').getAttribute('src'))!;
      expect(thumbnail).toMatch(/^data:image\/(webp|jpeg);base64,/);
      // The picture is of this moment, right way up (the page's HUD and the text panel's edges differ a little).
      const likeness = await thumbnailLikeness(thumbnail, shot);
      expect(likeness.same).toBeLessThan(20);
      expect(likeness.same).toBeLessThan(likeness.flipped / 2);
      expect(await card.innerText()).toContain(story.scenes.find((s) => s.id === beat.scene)!.title);
      await game.page.keyboard.press('Escape');
    }
    await game.page.reload();
    await game.page.getByRole('button', { name: 'Continue' }).waitFor({ state: 'visible' }); // once the saves have opened
    for (const [i, beat] of samples.entries()) {
      await game.page.getByRole('button', { name: 'Load' }).first().click();
      const dialog = slotsDialog(game.page);
      await dialog.getByRole('button', { name: 'Page 1', exact: true }).click();
      await dialog.getByRole('button', { name: new RegExp(`^Load: .*Slot ${i + 1}, page 1`) }).click();
      await waitForView(game.page, `v.beat && v.beat.id === '${beat.id}'`);
      await completeTyping(game.page); // as before saving, where the jump completed the line
      await drawn(game.page);
      // The ambience follows the view a moment later: wait for the whole moment, loudly on timeout.
      await expect.poll(() => moment(game.page), { timeout: 10_000 }).toEqual(saved[beat.id]);
      await game.page.keyboard.press('Escape');
      await game.page.getByRole('dialog', { name: 'Menu' }).getByRole('button', { name: 'Title' }).click();
      await game.page.getByRole('alertdialog').getByRole('button', { name: 'Yes' }).click();
    }
    expect(game.errors).toEqual([]);
    await game.close();
  });

  it('Q quick-saves and Shift+Q quick-loads; Continue on the title loads the newest save', async () => {
    const game = await openGame();
    await newGame(game.page);
    await game.page.keyboard.press('Space');
    await game.page.keyboard.press('Space');
    const here = await beatId(game.page);
    await game.page.keyboard.press('q');
    await game.page.locator('#notice').filter({ hasText: 'Quick saved' }).waitFor();
    // Move on (a press may only finish the typing or a transition, on a loaded machine).
    await advance(game.page);
    expect(await beatId(game.page)).not.toBe(here);
    await game.page.keyboard.press('Shift+Q');
    await waitForView(game.page, `v.beat.id === '${here}'`);
    await game.page.reload();
    await game.page.getByRole('button', { name: 'Continue' }).click();
    await waitForView(game.page, `v.beat && v.beat.id === '${here}'`);
    expect(game.errors).toEqual([]);
    await game.close();
  });

  it('autosaves at a scene start, rotating slots; overwrite and delete ask first', async () => {
    const game = await openGame({ before: (p) => seedSeen(p, allIds) });
    await newGame(game.page);
    await jumpTo(game.page, story.beats[story.scenes[1]!.firstBeat]!.id);
    // Autosaves run when the page is idle: wait for both scene starts' records in IndexedDB.
    const autos = () => idb<Slot[]>(game.page, 'all').then((all) => all.filter((r) => r.slot.startsWith('auto-')).map((r) => r.beatId).sort());
    await expect.poll(autos, { timeout: 10_000 }).toEqual([story.beats[0]!.id, story.beats[story.scenes[1]!.firstBeat]!.id].sort());
    await game.page.getByRole('button', { name: 'Menu' }).click();
    await game.page.getByRole('dialog', { name: 'Menu' }).getByRole('button', { name: 'Load' }).click();
    const dialog = slotsDialog(game.page);
    await dialog.getByRole('button', { name: 'Page Auto' }).click();
    await dialog.locator('.slot').filter({ hasText: 'Autosave 1' }).first().waitFor();
    const cards = await dialog.locator('.slot').allInnerTexts();
    expect(cards.filter((t) => t.includes('Autosave') && !t.includes('Empty slot')).length).toBe(2); // the forest's start and the corridor's
    expect(cards.join('\n')).toContain(story.scenes[1]!.title);
    // Delete asks, and No keeps it.
    await dialog.getByRole('button', { name: 'Delete Autosave 1' }).click();
    await game.page.getByRole('alertdialog').getByRole('button', { name: 'No' }).click();
    expect(await dialog.locator('.slot').first().innerText()).toContain('Autosave 1');
    await dialog.getByRole('button', { name: 'Delete Autosave 1' }).click();
    await game.page.getByRole('alertdialog').getByRole('button', { name: 'Yes' }).click();
    await dialog.locator('.slot').first().filter({ hasText: 'Empty slot' }).waitFor();
    expect(game.errors).toEqual([]);
    await game.close();
  });
});

describe('saves that never get lost', () => {
  it('a damaged slot shows as damaged while every other save loads; a save whose line is gone resumes at its scene start', async () => {
    const game = await openGame();
    await newGame(game.page);
    await game.page.keyboard.press('q');
    await game.page.locator('#notice').filter({ hasText: 'Quick saved' }).waitFor();
    const corridor = story.scenes.find((s) => s.id === 'corridor')!;
    await idb(game.page, 'put', { slot: 'manual-1-1', format: 'awry-mission-save', version: 1, beatId: 12 });
    const quick = (await idb<{ slot: string }[]>(game.page, 'all')).find((r) => r.slot === 'quick')!;
    await idb(game.page, 'put', { ...quick, slot: 'manual-1-2', kind: 'manual', beatId: 'corridor-zzzzzzz', sceneId: 'corridor', sceneTitle: corridor.title });
    // Autosaves may come and go; the slots written before must stay byte for byte.
    const kept = async () => JSON.stringify((await idb<{ slot: string }[]>(game.page, 'all')).filter((r) => !r.slot.startsWith('auto-')));
    const before = await kept();
    await game.page.getByRole('button', { name: 'Menu' }).click();
    await game.page.getByRole('dialog', { name: 'Menu' }).getByRole('button', { name: 'Load' }).click();
    const dialog = slotsDialog(game.page);
    await dialog.getByRole('button', { name: 'Page 1', exact: true }).click();
    expect(await dialog.locator('.slot').first().innerText()).toContain('Damaged save');
    await dialog.getByRole('button', { name: /^Load: .*Slot 2, page 1/ }).click();
    await waitForView(game.page, `v.beat.id === '${story.beats[corridor.firstBeat]!.id}'`);
    expect(await game.page.locator('#notice').innerText()).toMatch(/changed in an update/);
    expect(await kept()).toBe(before); // loading touched no slot
    expect(game.errors).toEqual([]);
    await game.close();
  });

  it('storage faults: a refused write says "Not saved", keeps the old slot and the game playable', async () => {
    const game = await openGame();
    await newGame(game.page);
    await game.page.keyboard.press('q');
    await game.page.locator('#notice').filter({ hasText: 'Quick saved' }).waitFor();
    // Autosaves may come and go; the quick save written before must stay byte for byte.
    const kept = async () => JSON.stringify((await idb<{ slot: string }[]>(game.page, 'all')).filter((r) => !r.slot.startsWith('auto-')));
    const before = await kept();
    await game.page.evaluate(() => {
      IDBObjectStore.prototype.put = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await advance(game.page);
    await game.page.keyboard.press('q');
    await game.page.locator('#notice').filter({ hasText: 'Not saved' }).waitFor();
    await advance(game.page); // still playable
    expect((await view(game.page)).beat!.index).toBeGreaterThanOrEqual(2);
    await game.page.reload(); // the patched prototype is gone with the page
    expect(await kept()).toBe(before);
    expect(game.errors).toEqual([]);
    await game.close();
  });

  it('without IndexedDB (private mode) play goes on with saves in memory and a notice', async () => {
    const game = await openGame({ before: (p) => p.addInitScript(() => Object.defineProperty(window, 'indexedDB', { get: () => undefined })) });
    await game.page.locator('#notice').filter({ hasText: 'last only until this page closes' }).waitFor();
    await newGame(game.page);
    await game.page.keyboard.press('q');
    await game.page.locator('#notice').filter({ hasText: 'Quick saved' }).waitFor();
    expect(game.errors).toEqual([]);
    await game.close();
  });

  it('a page closed at each moment of a quick save leaves every slot readable: old or new, never torn', async () => {
    const { context, baseURL: base } = await openContext();
    const errors: string[] = [];
    // Marks the moment the quick save's first put reaches IndexedDB, so a page can be closed
    // mid-transaction. A page to be closed then starts no other write from that moment, as if it were
    // already gone: a save spread over two transactions would leave its first half behind.
    await context.addInitScript(() => {
      const put = IDBObjectStore.prototype.put;
      const flag = window as unknown as { quickPut?: boolean; closingAtPut?: boolean };
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
        if ((value as { slot?: string } | null)?.slot === 'quick') flag.quickPut = true;
        return put.call(this, value, key);
      };
      const transaction = IDBDatabase.prototype.transaction;
      IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
        if (flag.closingAtPut && flag.quickPut && args[1] === 'readwrite') throw new DOMException('the page is closing', 'InvalidStateError');
        return transaction.apply(this, args);
      } as IDBDatabase['transaction'];
    });
    const quickOf = async (page: Page) => (await idb<Slot[]>(page, 'all')).find((r) => r.slot === 'quick') ?? null;
    // Where each trial closes its page: at the key press, right after the put (before it commits), after the notice.
    const moments = ['pressed', 'put', 'committed'] as const;
    let committed = 0;
    // A page of the game that reads the slot after each trial (it writes nothing itself).
    const inspector = await watch(await context.newPage(), errors);
    await inspector.goto(base);
    for (let trial = 0; trial < 6; trial++) {
      const page = await watch(await context.newPage(), errors);
      await page.goto(base);
      await newGame(page);
      for (let i = 0; i <= trial; i++) await page.keyboard.press('Space');
      const moment = moments[trial % moments.length]!;
      if (moment === 'put') await page.evaluate(() => void ((window as unknown as { closingAtPut: boolean }).closingAtPut = true));
      await page.keyboard.press('q');
      if (moment === 'put') await page.waitForFunction(() => (window as unknown as { quickPut?: boolean }).quickPut === true);
      if (moment === 'committed') {
        await page.locator('#notice').filter({ hasText: 'Quick saved' }).waitFor();
        committed += 1;
      }
      await page.close(); // mid-write, perhaps
      // Old or new, never torn: no save yet, or a whole save.
      const quick = await quickOf(inspector);
      if (quick) expect(quick, `the quick slot after a page closed at "${moment}"`).toMatchObject({ format: 'awry-mission-save', version: 1 });
    }
    await inspector.close();
    const page = await watch(await context.newPage(), errors);
    await page.goto(base);
    const records = await idb<Record<string, unknown>[]>(page, 'all');
    for (const record of records) expect(record).toMatchObject({ format: 'awry-mission-save', version: 1 });
    // Every write is one revision: at least the saves that said so committed, and none was counted twice.
    const quick = (await quickOf(page))!;
    expect(committed).toBe(2);
    expect(quick.revision).toBeGreaterThanOrEqual(committed);
    expect(quick.revision).toBeLessThanOrEqual(6);
    await page.getByRole('button', { name: 'Load' }).click();
    const dialog = slotsDialog(page);
    await dialog.getByRole('button', { name: 'Page Quick' }).click();
    expect(await dialog.locator('.slot').first().innerText()).not.toContain('Damaged');
    await dialog.getByRole('button', { name: /^Load: / }).first().click();
    await waitForView(page, `v.beat && v.beat.id === '${quick.beatId}'`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('export writes a file that import takes back; a foreign file is refused with a notice and nothing written', async () => {
    const game = await openGame();
    await newGame(game.page);
    await game.page.keyboard.press('q');
    await game.page.locator('#notice').filter({ hasText: 'Quick saved' }).waitFor();
    await game.page.getByRole('button', { name: 'Menu' }).click();
    await game.page.getByRole('dialog', { name: 'Menu' }).getByRole('button', { name: 'Load' }).click();
    const dialog = slotsDialog(game.page);
    await dialog.getByRole('button', { name: 'Page Quick' }).click();
    const download = game.page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export Quick save as a file' }).click();
    const path = join(mkdtempSync(join(tmpdir(), 'awry-export-')), 'save.json');
    await (await download).saveAs(path);
    const file = readFileSync(path);
    expect(JSON.parse(file.toString('utf8'))).toMatchObject({ format: 'awry-mission-save', slot: 'quick' });
    const before = JSON.stringify(await idb(game.page, 'all'));
    await dialog.locator('input[type=file]').setInputFiles({ name: 'foreign.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"other-game","version":1}') });
    await game.page.locator('#notice').filter({ hasText: 'Not imported' }).waitFor();
    expect(JSON.stringify(await idb(game.page, 'all'))).toBe(before);
    await dialog.locator('input[type=file]').setInputFiles({ name: 'save.json', mimeType: 'application/json', buffer: file });
    await game.page.locator('#notice').filter({ hasText: 'Imported into Slot 1, page 1' }).waitFor();
    expect(game.errors).toEqual([]);
    await game.close();
  });

  it('two tabs: a save over a slot another tab wrote since asks before overwriting', async () => {
    const { context, baseURL: base } = await openContext();
    const errors: string[] = [];
    const [a, b] = [await watch(await context.newPage(), errors), await watch(await context.newPage(), errors)];
    for (const page of [a, b]) {
      await page.goto(base);
      await newGame(page);
    }
    // Tab B opens its save screen first: slot 1 is empty there.
    await b.getByRole('button', { name: 'Save', exact: true }).click();
    await a.getByRole('button', { name: 'Save', exact: true }).click();
    await slotsDialog(a).getByRole('button', { name: /^Save in: Empty slot Slot 1, page 1/ }).click();
    await a.locator('#notice').filter({ hasText: 'Saved in' }).waitFor();
    await slotsDialog(b).locator('.slot').first().getByRole('button').first().click();
    // Either B's list refreshed (then it asks to save over) or B hits the conflict: both ask first.
    const question = b.getByRole('alertdialog');
    await question.waitFor({ state: 'visible' });
    expect(await question.innerText()).toMatch(/Save over|Another window saved/);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('scene select and replay', () => {
  it('shows read progress, locks scenes not yet reached, and replays a scene without touching any save', async () => {
    const corridor = story.scenes.find((s) => s.id === 'corridor')!;
    const game = await openGame({ before: (p) => seedSeen(p, allIds.slice(0, corridor.firstBeat + 2)) });
    await game.page.getByRole('button', { name: 'Scenes' }).click();
    const list = game.page.getByRole('dialog', { name: 'Scenes' });
    await list.locator('li').nth(2).waitFor();
    const items = await list.locator('li').allInnerTexts();
    expect(items[1]).toContain(`2 of ${corridor.beatCount} lines read`);
    expect(items[2]).toContain('Locked');
    await list.getByRole('button', { name: new RegExp(corridor.title) }).click();
    await waitForView(game.page, `v.beat && v.beat.scene === 'corridor'`);
    // The replay opens on the scene's first line, read out whole.
    expect(await beatId(game.page)).toBe(story.beats[corridor.firstBeat]!.id);
    expect(await mirror(game.page)).toBe(expectedLine(story, story.beats[corridor.firstBeat]!));
    const last = story.beats[corridor.firstBeat + corridor.beatCount - 1]!;
    await jumpTo(game.page, last.id);
    expect(await mirror(game.page)).toBe(expectedLine(story, last));
    await game.page.keyboard.press('Space');
    await list.waitFor({ state: 'visible' }); // the replay ends on the scene list, not in the next scene
    expect((await view(game.page)).screen).toBe('title');
    expect(await idb<unknown[]>(game.page, 'all')).toEqual([]);
    expect(game.errors).toEqual([]);
    await game.close();
  });
});
