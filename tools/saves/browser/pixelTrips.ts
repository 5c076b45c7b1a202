/**
 * Pixel round trips in the real game: at a beat, take a screenshot of the scene and the stage the page
 * shows, quick-save, reload the page (a new page load: nothing survives but IndexedDB), load the quick
 * save from the title's Load screen, and take the same screenshot again. The figures compare the two
 * pictures pixel by pixel and the two stages, so a save is judged by what the reader sees after a reload.
 */
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import type { Beat, Story } from '../../../src/compiler/story';

export interface PixelTrip {
  beat: string;
  /** The session's stage and the stage's last frame match before and after. */
  /** The line on screen and the line the stage reports drawn are the saved one. */
  sameLine: boolean;
  /** Share of pixels where some channel differs by more than PIXEL_TOLERANCE. */
  differing: number;
  /** The largest difference of any channel at any pixel. */
  maxDelta: number;
}

/** Allowed per-channel difference: resampling and dithering on a software renderer, not a changed picture. */
export const PIXEL_TOLERANCE = 16;

type Hook = { __awry: { session: { jump(id: string): void; send(e: { type: string }): void; view(): { typing: boolean; beat: { id: string; stage: unknown } | null } }; stage: { lastFrame: { staged: string | null; text: string | null; complete: boolean; settled: boolean } | null } } };

/** Notices and the quick menu come and go on their own timers; the picture compared is the stage's. */
const HIDE_UI = '#notice, #hud { visibility: hidden !important; }';

/** Waits for the beat's art and words, drawn in full and at rest, as the stage reports them. */
async function drawn(page: Page, id: string, when: string): Promise<void> {
  try {
    await page.waitForFunction((want) => {
      const hook = (window as unknown as Partial<Hook>).__awry;
      if (!hook) return false; // the engine loads once a save is opened, not with the title
      const { session, stage } = hook;
      for (let i = 0; i < 3 && session.view().typing; i++) session.send({ type: 'player.advance' });
      const frame = stage.lastFrame;
      return session.view().beat?.id === want && frame?.staged === want && frame.text === want && frame.complete && frame.settled;
    }, id, { timeout: 60_000 });
  } catch (error) {
    const state = await page.evaluate(() => {
      const hook = (window as unknown as Partial<Hook>).__awry;
      return JSON.stringify({ beat: hook?.session.view().beat?.id ?? null, frame: hook?.stage.lastFrame ?? null, notice: document.getElementById('notice')?.textContent });
    });
    throw new Error(`${id} was not drawn ${when}: ${state} (${String(error).split('\n')[0]})`);
  }
}

/** The screenshot as raw RGBA, and which line the page is on and the stage last drew. */
async function capture(page: Page) {
  const png = await page.screenshot({ style: HIDE_UI });
  const raw = await sharp(png).ensureAlpha().raw().toBuffer();
  const line = await page.evaluate(() => {
    const { session, stage } = (window as unknown as Hook).__awry;
    return JSON.stringify({ line: session.view().beat?.id, drawn: stage.lastFrame?.staged });
  });
  return { raw, line };
}

function compare(a: Buffer, b: Buffer): { differing: number; maxDelta: number } {
  let off = 0;
  let maxDelta = 0;
  for (let i = 0; i < a.length; i += 4) {
    const d = Math.max(Math.abs(a[i]! - b[i]!), Math.abs(a[i + 1]! - b[i + 1]!), Math.abs(a[i + 2]! - b[i + 2]!));
    if (d > PIXEL_TOLERANCE) off += 1;
    if (d > maxDelta) maxDelta = d;
  }
  return { differing: a.length === b.length ? off / (a.length / 4) : 1, maxDelta };
}

/** The first and the middle beat of every scene: every background, most casts. */
export function sampleBeats(story: Story): Beat[] {
  return story.scenes.flatMap((s) => [story.beats[s.firstBeat]!, story.beats[s.firstBeat + Math.floor(s.beatCount / 2)]!]);
}

/** One trial: `page` is the game's page on `url`, with the test build's hook. */
export async function pixelTrip(page: Page, url: string, beat: Beat): Promise<PixelTrip> {
  await page.goto(url);
  await page.getByRole('button', { name: 'New Game' }).click();
  await page.waitForFunction(() => !!(window as unknown as Partial<Hook>).__awry?.session.view().beat);
  await page.evaluate((id) => (window as unknown as Hook).__awry.session.jump(id), beat.id);
  await drawn(page, beat.id, 'before saving');
  const before = await capture(page);
  await page.keyboard.press('q');
  await page.locator('#notice').filter({ hasText: 'Quick saved' }).waitFor();
  await page.reload();
  await page.getByRole('button', { name: 'Load' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Load' });
  await dialog.getByRole('button', { name: 'Page Quick' }).click();
  await dialog.getByRole('button', { name: /^Load: / }).first().click();
  await drawn(page, beat.id, 'after loading');
  const after = await capture(page);
  return { beat: beat.id, sameLine: before.line === after.line, ...compare(before.raw, after.raw) };
}
