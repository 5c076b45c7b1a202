/**
 * Resolves once the page's first contentful paint is on screen, or after `timeoutMs` where the browser
 * does not report paints (no paint timing) or does not paint (a tab opened in the background). The
 * engine's warm-up waits for it: its fetches (the first scene's art, the story) and its work would
 * otherwise share the network and the processor with the title's own first frame.
 */
export function afterFirstPaint(timeoutMs = 2000): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, timeoutMs);
    if (typeof PerformanceObserver !== 'function' || !PerformanceObserver.supportedEntryTypes?.includes('paint')) return;
    const observer = new PerformanceObserver((list) => {
      if (!list.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    });
    observer.observe({ type: 'paint', buffered: true });
  });
}
