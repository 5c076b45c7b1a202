/**
 * Lighthouse 12 (mobile preset, simulated throttling) on the title page, in Debian's Chromium headless
 * with the no-network flags of the browser tests. The CLI prints the figures and the main-thread cost:
 *   npx tsx bench/lighthouse.ts http://127.0.0.1:4390/ [runs]
 */
import { pathToFileURL } from 'node:url';
// chrome-launcher comes with lighthouse (its own dependency), so the pinned lighthouse pins it too.
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Result } from 'lighthouse';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/chromium';

export interface LighthouseFigures {
  performance: number;
  tbtMs: number;
  ttiMs: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Ids of audits that cost points in accessibility, best practices or SEO, in any run. */
  failing: string[];
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const NON_PERFORMANCE = ['accessibility', 'best-practices', 'seo'];

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** Category score out of 100; a category Lighthouse could not score counts as 0. */
const score = (lhr: Result, id: string): number => Math.round((lhr.categories[id]?.score ?? 0) * 100);
const metric = (lhr: Result, id: string): number => lhr.audits[id]?.numericValue ?? Number.NaN;

/** Weighted audits scoring below 1 in the non-performance categories. */
function failingAudits(lhr: Result): string[] {
  return NON_PERFORMANCE.flatMap((c) => lhr.categories[c]?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0)
    .filter((ref) => {
      const s = lhr.audits[ref.id]?.score;
      return s !== null && s !== undefined && s < 1;
    })
    .map((ref) => ref.id);
}

/** Main-thread time by kind of work and the costliest scripts, from one report. */
export function mainThreadCost(lhr: Result): string[] {
  type Row = { groupLabel?: string; url?: string; duration?: number; total?: number; scripting?: number };
  const rows = (id: string): Row[] => {
    const details = lhr.audits[id]?.details;
    return details && details.type === 'table' ? (details.items as Row[]) : [];
  };
  const ms = (x: number | undefined) => `${Math.round(x ?? 0)} ms`;
  return [
    ...rows('mainthread-work-breakdown').slice(0, 5).map((r) => `work  ${r.groupLabel}: ${ms(r.duration)}`),
    ...rows('bootup-time').slice(0, 5).map((r) => `script ${r.url}: ${ms(r.total)} (scripting ${ms(r.scripting)})`),
  ];
}

/** Audits `url` `runs` times in one fresh headless Chromium; Lighthouse resets storage before each run. */
export async function lighthouseReports(url: string, runs = 3): Promise<Result[]> {
  const chrome = await launch({
    chromePath: chromiumPath(),
    chromeFlags: ['--headless', ...CHROMIUM_ARGS],
    logLevel: 'silent',
  });
  try {
    const reports: Result[] = [];
    for (let i = 0; i < runs; i++) {
      const result = await lighthouse(url, { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: CATEGORIES });
      if (!result) throw new Error(`lighthouse returned nothing for ${url}`);
      if (result.lhr.runtimeError) throw new Error(`lighthouse: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
      reports.push(result.lhr);
    }
    return reports;
  } finally {
    chrome.kill();
  }
}

/** Median of each figure over the reports. */
export function summarise(reports: Result[]): LighthouseFigures {
  const med = (f: (lhr: Result) => number) => median(reports.map(f));
  return {
    performance: med((r) => score(r, 'performance')),
    tbtMs: Math.round(med((r) => metric(r, 'total-blocking-time'))),
    ttiMs: Math.round(med((r) => metric(r, 'interactive'))),
    accessibility: med((r) => score(r, 'accessibility')),
    bestPractices: med((r) => score(r, 'best-practices')),
    seo: med((r) => score(r, 'seo')),
    failing: [...new Set(reports.flatMap(failingAudits))].sort(),
  };
}

/** Lighthouse mobile on the title page: the median of `runs` runs. */
export async function lighthouseTitle(url: string, runs = 3): Promise<LighthouseFigures> {
  return summarise(await lighthouseReports(url, runs));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [url, runs] = process.argv.slice(2);
  if (!url) {
    console.error('usage: npx tsx bench/lighthouse.ts <url> [runs]');
    process.exit(2);
  }
  const reports = await lighthouseReports(url, runs ? Number(runs) : 3);
  const f = summarise(reports);
  console.log(`lighthouse ${reports[0]!.lighthouseVersion}, mobile, ${reports.length} runs (median), ${url}`);
  console.log(`performance ${f.performance}  TBT ${f.tbtMs} ms  TTI ${f.ttiMs} ms`);
  console.log(`accessibility ${f.accessibility}  best practices ${f.bestPractices}  SEO ${f.seo}`);
  console.log(`failing: ${f.failing.length ? f.failing.join(', ') : 'none'}`);
  console.log('main thread (first run):');
  for (const line of mainThreadCost(reports[0]!)) console.log(`  ${line}`);
}
