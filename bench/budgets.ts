/**
 * The budgets of docs/budgets.md, as the bench checks them. `max` is the ceiling, `min` the floor, `aim`
 * the figure we aim past. Rows without a budget are context (medians, counts, fallback-mode figures
 * reported beside the worker-mode ones the budgets apply to).
 */
export interface Budget {
  key: string;
  label: string;
  unit: string;
  max?: number;
  min?: number;
  aim?: number;
}

export const BUDGETS: Budget[] = [
  { key: 'firstScreenJsKiB', label: 'first-screen JS (brotli, production build)', unit: 'KiB', max: 230, aim: 80 },
  { key: 'floorJsKiB', label: 'floor page JS (brotli)', unit: 'KiB' },
  { key: 'titleVsFloor', label: 'title interactive / floor ready', unit: 'x', max: 1.15, aim: 0.6 },
  { key: 'titleVsBlank', label: 'title interactive / blank page', unit: 'x' },
  { key: 'firstLineVsFloor', label: 'first line drawn after New Game / floor ready', unit: 'x', max: 1.2 },
  { key: 'firstLinePageVsFloor', label: '  same, fallback (in-page stage)', unit: 'x' },
  { key: 'titleMs', label: 'title interactive (median)', unit: 'ms' },
  { key: 'floorMs', label: 'floor ready (median)', unit: 'ms' },
  { key: 'blankMs', label: 'blank page ready (median)', unit: 'ms' },
  { key: 'firstLineMs', label: 'first line drawn (median)', unit: 'ms' },
  { key: 'readLongestTaskMs', label: 'whole read at a reader\'s pace: longest main-thread task', unit: 'ms', max: 50 },
  { key: 'readTbtMs', label: '  total blocking time over the read', unit: 'ms' },
  { key: 'readLongTasks', label: '  main-thread tasks >= 50 ms', unit: '' },
  { key: 'readPageLongestTaskMs', label: '  fallback: longest main-thread task over the read', unit: 'ms' },
  { key: 'readPageTbtMs', label: '  fallback: total blocking time', unit: 'ms' },
  { key: 'sceneChangeMainMs', label: 'scene change: longest main-thread task (trace)', unit: 'ms', max: 50, aim: 16 },
  { key: 'sceneChangeWorkerMs', label: '  longest task on the stage worker', unit: 'ms' },
  { key: 'sceneChangePageMainMs', label: '  fallback: longest main-thread task on a scene change', unit: 'ms' },
  { key: 'inputToMirrorP95Ms', label: 'key to next line in the mirror (p95)', unit: 'ms', max: 16.7 },
  { key: 'inputToFrameP95Ms', label: 'key to next line drawn by the stage (p95)', unit: 'ms', max: 50 },
  { key: 'inputToMirrorPageP95Ms', label: '  fallback: key to mirror (p95)', unit: 'ms' },
  { key: 'inputToFramePageP95Ms', label: '  fallback: key to frame drawn (p95)', unit: 'ms' },
  { key: 'jumpColdMaxMs', label: 'jump to a beat, final frame drawn: cold, worst', unit: 'ms', max: 100 },
  { key: 'jumpEarlyMaxMs', label: '  jump the moment the first line is drawn (art still decoding), worst', unit: 'ms' },
  { key: 'artSettledMs', label: '  first line drawn to the stage\'s art all decoded (median)', unit: 'ms' },
  { key: 'jumpWarmMaxMs', label: 'jump to a beat: warm, worst', unit: 'ms', max: 100 },
  { key: 'quickLoadColdMaxMs', label: 'quick-load (Shift+Q) after a reload: cold, worst', unit: 'ms', max: 100 },
  { key: 'quickLoadWarmMaxMs', label: 'quick-load: warm, worst', unit: 'ms', max: 100 },
  { key: 'rollbackColdMaxMs', label: 'rollback (PageUp): cold, worst', unit: 'ms', max: 100 },
  { key: 'rollbackWarmMaxMs', label: 'rollback: warm, worst', unit: 'ms', max: 100 },
  { key: 'skipChapterMs', label: 'skip the whole chapter to its last frame (median)', unit: 'ms', max: 2000 },
  { key: 'idleFps', label: 'idle on a line: fps', unit: 'fps', min: 58 },
  { key: 'idleBusyPct', label: 'idle on a line: main-thread busy', unit: '%', max: 5 },
  { key: 'idleBusyWithFramesPct', label: '  same, while the bench asks the page for 180 frames', unit: '%' },
  { key: 'idleStageFrames', label: 'idle on a line: stage frames drawn in 180 page frames', unit: '' },
  { key: 'lhPerformance', label: 'Lighthouse mobile, title: performance', unit: '', min: 95 },
  { key: 'lhTbtMs', label: 'Lighthouse mobile, title: total blocking time', unit: 'ms', max: 150 },
  { key: 'lhAccessibility', label: 'Lighthouse: accessibility', unit: '', min: 100 },
  { key: 'lhBestPractices', label: 'Lighthouse: best practices', unit: '', min: 100 },
  { key: 'lhSeo', label: 'Lighthouse: SEO', unit: '', min: 100 },
  { key: 'memReadsWithoutSound', label: 'ten read-throughs: reads missing an ambience or silent', unit: '', max: 0 },
  { key: 'texturesGrowth', label: 'art textures, 10th read-through vs 1st', unit: '', max: 0 },
  { key: 'howlsGrowth', label: 'Howls (Howler._howls), 10th vs 1st', unit: '', max: 0 },
  { key: 'pageHeapGrowthPct', label: 'page heap after GC, 10th vs 1st', unit: '%', max: 5 },
  { key: 'workerHeapGrowthPct', label: 'stage worker heap after GC, 10th vs 1st', unit: '%', max: 5 },
  { key: 'compileChapterMs', label: 'compile the chapter', unit: 'ms', max: 20 },
  { key: 'compile10kMs', label: 'compile 10,000 beats', unit: 'ms', max: 300 },
  { key: 'compile20kMs', label: 'compile 20,000 beats', unit: 'ms' },
  { key: 'compileGrowth', label: 'growth 20k / 10k (linear is 2)', unit: 'x', max: 2.5 },
  { key: 'wireKiB', label: 'whole game on the wire (Chromium)', unit: 'KiB', max: 5120, aim: 3072 },
];

/** 'met', 'MISSED' or '' (a figure with no budget), and whether the aim is met too. */
export function verdict(b: Budget, value: number | null): string {
  if (value === null || Number.isNaN(value)) return 'not measured';
  const ok = (b.max === undefined || value <= b.max) && (b.min === undefined || value >= b.min);
  if (b.max === undefined && b.min === undefined) return '';
  const aim = b.aim !== undefined ? (value <= b.aim ? ', aim met' : ', aim not met') : '';
  return (ok ? 'met' : 'MISSED') + aim;
}

export function budgetText(b: Budget): string {
  const parts = [];
  if (b.max !== undefined) parts.push(`<= ${b.max}`);
  if (b.min !== undefined) parts.push(`>= ${b.min}`);
  if (b.aim !== undefined) parts.push(`aim ${b.aim}`);
  return parts.join(', ');
}
