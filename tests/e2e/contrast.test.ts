import sharp from 'sharp';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { Beat } from '../../src/compiler/story';
import { disconnect, drawn, jumpTo, newGame, openGame, seedSettings, view } from './game';
import { chapter } from './story';

afterAll(disconnect);

/**
 * Every label drawn over the art (the quick bar's buttons, the auto/skip indicator, notices) is
 * legible on every beat: WCAG contrast of at least 4.5:1 between the label's colour and the pixels
 * really behind it. axe cannot see canvas pixels, so this measures screenshots: one with the labels,
 * one with only their glyphs made transparent (every backing stays: the bar's strip, the indicator's
 * pill, a pressed button's fill), and compares the label colour with each pixel of the second inside
 * the glyphs' box. The figure is the worst pixel, not a percentile: the backings are flat, so no
 * noise needs discounting, and a glyph can land on any pixel of its box.
 */
const story = chapter();
const MIN = 4.5;

/**
 * What lies behind a label is its backing over the art, and the backings are translucent dark
 * panels: so the art can only lower the contrast through the backing, by at most what a white pixel
 * would (checked below from the computed styles, for every label: even over white, at least 4.5:1).
 * The pixels then confirm it on the beats whose background or effects differ (what covers the most
 * screen and changes its brightness), plus each scene's most crowded beat (portraits reach behind the
 * bar); rendering is absolute per beat, so a beat with the same stage shows the same pixels.
 */
const bgKey = (b: Beat) => `${b.stage.bg}|${b.stage.effects.join('+')}`;
const crowded = story.scenes.map((sc) => story.beats.slice(sc.firstBeat, sc.firstBeat + sc.beatCount).reduce((a, b) => (b.stage.cast.length > a.stage.cast.length ? b : a)));
const firsts = [...new Map(story.beats.toReversed().map((b) => [bgKey(b), b])).values()];
const beats = [...new Set([...firsts, ...crowded])].sort((a, b) => a.index - b.index);
/** Notices have an opaque backing; measured once per background and effects to show the art never shows through. */
const noticeBeats = new Set(firsts.map((b) => b.id));

interface Label { name: string; color: [number, number, number]; backing: number[]; box: { x: number; y: number; width: number; height: number } }

/** The visible labels over the stage, their colours and the boxes of their glyphs (CSS px = device px here). */
const visibleLabels = (page: Page): Promise<Label[]> =>
  page.evaluate(() => {
    const els = [...document.querySelectorAll<HTMLElement>('#quick-menu button, #mode, #notice')]
      .filter((el) => el.checkVisibility({ visibilityProperty: true }) && el.textContent!.trim() !== '');
    (window as unknown as { __labels: HTMLElement[] }).__labels = els;
    return els.map((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const r = range.getBoundingClientRect();
      const [red, green, blue, alpha] = getComputedStyle(el).color.match(/[\d.]+/g)!.map(Number);
      if (alpha !== undefined && alpha < 1) throw new Error(`${el.textContent} has a translucent colour`);
      // A button's backing is the bar's strip (its own fill shows only while pressed or hovered).
      const backing = getComputedStyle(el.closest<HTMLElement>('.quick-menu') ?? el).backgroundColor.match(/[\d.]+/g)!.map(Number);
      return { name: el.id ? `#${el.id}` : el.textContent!.trim(), color: [red!, green!, blue!] as [number, number, number], backing, box: { x: r.x, y: r.y, width: r.width, height: r.height } };
    });
  });

const setGlyphs = (page: Page, shown: boolean) =>
  page.evaluate((on) => {
    for (const el of (window as unknown as { __labels: HTMLElement[] }).__labels) el.style.color = on ? '' : 'transparent';
  }, shown);

/** A screenshot as raw RGBA, straight from the compositor (CDP, fast PNG encoding: still lossless). */
async function pixels(cdp: CDPSession) {
  const { data: png } = await cdp.send('Page.captureScreenshot', { format: 'png', optimizeForSpeed: true });
  const { data, info } = await sharp(Buffer.from(png, 'base64')).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

const channel = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const luminance = (r: number, g: number, b: number) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

/** Contrast of the label over its backing laid on a white pixel (the worst art could do). */
function overWhite(label: Label): number {
  const [r, g, b, a = 1] = label.backing as [number, number, number, number?];
  const mix = (c: number) => c * a + 255 * (1 - a);
  return contrast(luminance(...label.color), luminance(mix(r), mix(g), mix(b)));
}

/** Worst contrast of the label against the bare pixels, and how many pixels the glyphs changed. */
function measure(label: Label, bare: Awaited<ReturnType<typeof pixels>>, drawn: Awaited<ReturnType<typeof pixels>>) {
  const fg = luminance(...label.color);
  const x0 = Math.max(0, Math.floor(label.box.x)), y0 = Math.max(0, Math.floor(label.box.y));
  const x1 = Math.min(bare.width, Math.ceil(label.box.x + label.box.width)), y1 = Math.min(bare.height, Math.ceil(label.box.y + label.box.height));
  let worst = Infinity;
  let glyphs = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * bare.width + x) * 4;
      worst = Math.min(worst, contrast(fg, luminance(bare.data[i]!, bare.data[i + 1]!, bare.data[i + 2]!)));
      if (Math.abs(bare.data[i]! - drawn.data[i]!) + Math.abs(bare.data[i + 1]! - drawn.data[i + 1]!) + Math.abs(bare.data[i + 2]! - drawn.data[i + 2]!) > 60) glyphs++;
    }
  }
  return { worst, glyphs };
}

describe('every label over the art is legible on every beat', () => {
  for (const viewport of [{ width: 1280, height: 720 }, { width: 390, height: 844 }]) {
    it(`at ${viewport.width}x${viewport.height}: contrast of at least ${MIN}:1 against the pixels behind each label`, { timeout: 400_000 }, async () => {
      // Auto at its slowest: it is on only while a beat is measured, so its indicator shows without reading on meanwhile.
      const game = await openGame({ viewport, before: (p) => seedSettings(p, { autoBaseMs: 6000, autoPerCharMs: 120 }) });
      const { page } = game;
      const mode = page.locator('#mode');
      const cdp = await page.context().newCDPSession(page);
      await newGame(page);
      await drawn(page, 60_000); // the first beat's art is in before any jump (a jump to the same stage would not wait for it)
      const worst = new Map<string, { ratio: number; beat: string }>();
      const failures: string[] = [];
      /** Both screenshots of one beat; null when auto read on meanwhile (then the beat is measured again). */
      const shoot = async (beat: Beat) => {
        await jumpTo(page, beat.id);
        if (noticeBeats.has(beat.id)) {
          await page.keyboard.press('q'); // "Quick saved."
          await page.locator('#notice').filter({ hasText: /./ }).waitFor({ state: 'visible' });
        }
        await page.keyboard.press('a');
        await mode.filter({ hasText: 'Auto' }).waitFor();
        const labels = await visibleLabels(page);
        const drawn = await pixels(cdp);
        await setGlyphs(page, false);
        const bare = await pixels(cdp);
        await setGlyphs(page, true);
        await page.keyboard.press('a');
        await mode.filter({ hasText: /^$/ }).waitFor({ state: 'attached' });
        await page.evaluate(() => (document.getElementById('notice')!.hidden = true)); // it would cover the indicator on a phone
        return (await view(page)).beat!.id === beat.id ? { labels, drawn, bare } : null;
      };
      for (const beat of beats) {
        let shot = await shoot(beat);
        for (let retry = 0; retry < 2 && !shot; retry++) shot = await shoot(beat);
        if (!shot) throw new Error(`auto kept reading on from ${beat.id}`);
        const { labels, drawn, bare } = shot;
        expect(labels.filter((l) => l.name === '#mode')).toHaveLength(1);
        if (noticeBeats.has(beat.id)) expect(labels.filter((l) => l.name === '#notice')).toHaveLength(1);
        for (const label of labels) {
          const { worst: ratio, glyphs } = measure(label, bare, drawn);
          // The glyphs really are in the box measured (else the box would be measuring something else).
          if (glyphs < 5) failures.push(`${beat.id} ${label.name}: no glyphs drawn in its box`);
          if (ratio < MIN) failures.push(`${beat.id} ${label.name}: ${ratio.toFixed(2)}:1`);
          if (overWhite(label) < MIN) failures.push(`${label.name}: its backing over white leaves ${overWhite(label).toFixed(2)}:1`);
          if (ratio < (worst.get(label.name)?.ratio ?? Infinity)) worst.set(label.name, { ratio, beat: beat.id });
        }
      }
      console.info(`contrast at ${viewport.width}x${viewport.height}, worst per control over ${beats.length} beats:`,
        Object.fromEntries([...worst].map(([k, v]) => [k, `${v.ratio.toFixed(2)}:1 at ${v.beat}`])));
      expect(failures).toEqual([]);
      expect([...worst.keys()].sort()).toEqual(['#mode', '#notice', 'Auto', 'Back', 'Log', 'Menu', 'Q.Load', 'Q.Save', 'Save', 'Settings', 'Skip']);
      expect(game.errors).toEqual([]);
      await game.close();
    });
  }
});
