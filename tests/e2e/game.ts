import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';

/** One connection to the shared browser per test file. */
let browser: Browser | null = null;

export async function connect(): Promise<Browser> {
  browser ??= await chromium.connect(inject('wsEndpoint'));
  return browser;
}

export async function disconnect(): Promise<void> {
  await browser?.close();
  browser = null;
}

export interface GamePage {
  page: Page;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
  warnings: string[];
  close(): Promise<void>;
}

export interface OpenOptions {
  viewport?: { width: number; height: number };
  hash?: string;
  /** Runs before navigation: routes, init scripts. */
  before?: (page: Page) => Promise<unknown>;
}

/** A fresh context (storage shared by its pages, as tabs of one browser profile) and the game's URL. */
export async function openContext(viewport = { width: 1280, height: 720 }) {
  // These tests add styles and evaluate strings in the page, which the game's CSP <meta> forbids;
  // csp.test.ts plays under the policy without this bypass.
  const context = await (await connect()).newContext({ viewport, deviceScaleFactor: 1, bypassCSP: true });
  return { context, baseURL: inject('baseURL') };
}

/** A fresh page in its own context (storage starts empty), on the built game. */
export async function openGame({ viewport = { width: 1280, height: 720 }, hash = '', before }: OpenOptions = {}): Promise<GamePage> {
  const { context, baseURL } = await openContext(viewport);
  const page = await context.newPage();
  const errors: string[] = [];
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
    if (m.type() === 'warning') warnings.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await recordRejections(page, errors);
  await before?.(page);
  await page.goto(baseURL + hash);
  return { page, errors, warnings, close: () => context.close() };
}

/**
 * Unhandled promise rejections count as errors. Playwright reports only uncaught exceptions
 * (`pageerror`), so an init script listens in the page and hands each rejection's reason back.
 */
export async function recordRejections(page: Page, errors: string[]): Promise<void> {
  await page.exposeFunction('__awryRejected', (reason: string) => errors.push(`unhandled rejection: ${reason}`));
  await page.addInitScript(() => {
    window.addEventListener('unhandledrejection', (event) => {
      const reason = event.reason as unknown;
      (window as unknown as { __awryRejected: (r: string) => void }).__awryRejected(reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason));
    });
  });
}

/**
 * Records every change of the text mirror from before the page loads, read from the mutation records
 * themselves (each change puts a new text node in), so two changes in one task are both kept and a
 * line shown twice in a row shows up twice. An emptied mirror is recorded as ''.
 */
export async function recordMirror(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const changes: string[] = [];
    (window as unknown as { __mirrorChanges: string[] }).__mirrorChanges = changes;
    document.addEventListener('DOMContentLoaded', () => {
      new MutationObserver((records) => {
        for (const record of records) {
          if (record.type === 'characterData') changes.push(record.target.textContent ?? '');
          else if (record.addedNodes.length === 0 && record.removedNodes.length > 0) changes.push('');
          else for (const node of record.addedNodes) changes.push(node.textContent ?? '');
        }
      }).observe(document.getElementById('mirror')!, { subtree: true, childList: true, characterData: true });
    });
  });
}

/** Every change of the mirror since the page loaded (needs `recordMirror` before navigation). */
export const mirrorChanges = (page: Page): Promise<string[]> =>
  page.evaluate(() => [...(window as unknown as { __mirrorChanges: string[] }).__mirrorChanges]);

/** The text mirror's current content. */
export const mirror = (page: Page): Promise<string> => page.locator('#mirror').innerText();

/** Id of the beat on stage, read from the session the page exposes for tests. */
export const beatId = (page: Page): Promise<string | null> =>
  page.evaluate(() => (window as unknown as { __awry?: { session: { view(): { beat: { id: string } | null } } } }).__awry?.session.view().beat?.id ?? null);

/** Presses New Game and waits for the first line. */
export async function newGame(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New Game' }).click();
  await page.waitForFunction(() => document.getElementById('mirror')!.textContent !== '');
}

/** Presses Space until the beat changes (the first press may only complete the typing). */
export async function advance(page: Page): Promise<void> {
  const before = await beatId(page);
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Space');
    if ((await beatId(page)) !== before) return;
  }
  throw new Error(`Space did not move on from beat ${before}`);
}

/** Jumps to a beat or scene through the session the page exposes, waits for its stage, and completes its typing. */
export async function jumpTo(page: Page, id: string): Promise<void> {
  const target = await page.evaluate((to) => {
    type S = { jump(id: string): void; view(): { beat: { id: string } | null } };
    const session = (window as unknown as { __awry: { session: S } }).__awry.session;
    session.jump(to);
    return session.view().beat!.id;
  }, id);
  await page.waitForFunction((to) => {
    const frame = (window as unknown as { __awry: { stage: StageHook } }).__awry.stage.lastFrame;
    return frame?.staged === to && frame.settled;
  }, target);
  await completeTyping(page);
}

type StageHook = { mode: string; lastFrame: { staged: string | null; text: string | null; complete: boolean; settled: boolean; frames: number } | null };

/** The stage's last drawn frame, as the stage reported it. */
export const lastFrame = (page: Page) =>
  page.evaluate(() => (window as unknown as { __awry: { stage: StageHook } }).__awry.stage.lastFrame);

/** Waits until the stage has no transition running (effects such as sway may still move). */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const frame = (window as unknown as { __awry: { stage: StageHook } }).__awry.stage.lastFrame;
    return frame?.settled === true;
  }, undefined, { timeout: 15_000 });
}

/** Waits until the stage has drawn the current beat, its art and its words in full, at rest. */
export async function drawn(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForFunction(() => {
    const { session, stage } = (window as unknown as { __awry: { stage: StageHook; session: SessionHandle } }).__awry;
    const id = session.view().beat?.id;
    const frame = stage.lastFrame;
    return !!id && frame?.staged === id && frame.text === id && frame.complete && frame.settled;
  }, undefined, { timeout });
}

type SessionHandle = {
  view(): { typing: boolean; skipping: boolean; auto: boolean; screen: string; beat: { id: string; index: number; scene: string } | null };
};

/** The session's view, read from the page. */
export const view = (page: Page) =>
  page.evaluate(() => (window as unknown as { __awry: { session: SessionHandle } }).__awry.session.view());

/** Stores `ids` as seen (as an earlier playthrough would) before the page loads. */
export async function seedSeen(page: Page, ids: readonly string[]): Promise<void> {
  await page.addInitScript((list) => {
    if (!sessionStorage.getItem('awry-test-seeded')) {
      localStorage.setItem('awry-mission:seen', JSON.stringify({ version: 1, ids: list }));
      sessionStorage.setItem('awry-test-seeded', '1');
    }
  }, [...ids]);
}

/** Waits until the page's view satisfies `test` (evaluated in the page on the session's view). */
export async function waitForView(page: Page, test: string, timeout = 10_000): Promise<void> {
  await page.waitForFunction(
    (source) => {
      const v = (window as unknown as { __awry?: { session: SessionHandle } }).__awry?.session.view();
      return v ? (new Function('v', `return (${source});`) as (v: unknown) => boolean)(v) : false;
    },
    test,
    { timeout },
  );
}

/**
 * Completes the typing line, if one is typing (in the page, so no race with the typewriter). A press
 * during a transition finishes the transition first, so it may take more than one.
 */
export async function completeTyping(page: Page): Promise<void> {
  await page.evaluate(() => {
    type S = { view(): { typing: boolean }; send(e: { type: string }): void };
    const session = (window as unknown as { __awry: { session: S } }).__awry.session;
    for (let i = 0; i < 3 && session.view().typing; i++) session.send({ type: 'player.advance' });
  });
}

/** Stores settings (the defaults with `overrides`) before the page loads, as a returning reader's. */
export async function seedSettings(page: Page, overrides: Record<string, unknown>): Promise<void> {
  const { defaultSettings } = await import('../../src/saves/settings');
  const settings = { ...defaultSettings(false), ...overrides };
  await page.addInitScript((json) => localStorage.setItem('awry-mission:settings', json), JSON.stringify(settings));
}
