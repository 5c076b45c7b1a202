import { afterAll, describe, expect, it } from 'vitest';
import { computeLayout } from '../../src/stage/layout';
import { disconnect, drawn, newGame, openGame } from './game';
import { screenshotStats } from './pixels';

afterAll(disconnect);

describe('a page that cannot start, or an asset that is missing', () => {
  it('a missing background shows a visible placeholder and warns in the console', async () => {
    const game = await openGame({
      before: (page) => page.route(/\/assets\/hospital-corridor[^/]*\.(svg|webp)$/, (route) => route.fulfill({ status: 404, body: 'gone' })),
    });
    await newGame(game.page);
    // The corridor has no blur or dimming over it, so the placeholder shows in its own colours.
    await game.page.evaluate(() => (window as unknown as { __awry: { session: { jump(id: string): void } } }).__awry.session.jump('corridor'));
    await drawn(game.page);
    expect(game.warnings.some((w) => w.includes('missing asset bg/hospital-corridor'))).toBe(true);
    const layout = computeLayout(1280, 720);
    // The placeholder's pink stripes are on screen, not a blank.
    const stats = await screenshotStats(game.page, { x: 0, y: 0, width: 1280, height: layout.textBox.y }, [255, 79, 163]);
    expect(stats.matchShare).toBeGreaterThan(0.01);
    // The browser reports the 404 itself; nothing else may go wrong.
    expect(game.errors.filter((e) => !/Failed to load resource.*404/.test(e))).toEqual([]);
    await game.close();
  });

  it('without WebGL (in the page; a worker would have none either) the page says so in words', async () => {
    const game = await openGame({
      hash: '?stage=page',
      before: (page) =>
        page.addInitScript(() => {
          const original = HTMLCanvasElement.prototype.getContext;
          HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
            if (/webgl|webgpu/.test(type)) return null;
            return (original as (...a: unknown[]) => unknown).call(this, type, ...rest);
          } as typeof original;
          Object.defineProperty(navigator, 'gpu', { value: undefined });
        }),
    });
    // The engine warms up behind the title, so the message comes without pressing anything.
    const fatal = game.page.locator('#fatal');
    await fatal.waitFor({ state: 'visible' });
    expect(await fatal.innerText()).toMatch(/could not start.*WebGL/i);
    await game.close();
  });
});
