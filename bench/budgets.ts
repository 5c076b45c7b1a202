/** The budgets of docs/budgets.md, as the bench checks them. `max` is the ceiling; `aim` the figure we aim past. */
export interface Budget {
  key: string;
  label: string;
  unit: string;
  max?: number;
  min?: number;
  aim?: number;
}

export const BUDGETS: Budget[] = [
  { key: 'firstScreenJsKiB', label: 'first-screen JS (brotli)', unit: 'KiB', max: 230, aim: 80 },
  { key: 'floorJsKiB', label: 'floor page JS (brotli)', unit: 'KiB' },
  { key: 'titleVsFloor', label: 'title interactive / floor ready', unit: 'x', max: 1.15, aim: 0.6 },
  { key: 'titleVsBlank', label: 'title interactive / blank page', unit: 'x' },
  { key: 'firstLineVsFloor', label: 'first line after New Game / floor ready', unit: 'x', max: 1.2 },
  { key: 'titleMs', label: 'title interactive (median)', unit: 'ms' },
  { key: 'floorMs', label: 'floor ready (median)', unit: 'ms' },
  { key: 'blankMs', label: 'blank page ready (median)', unit: 'ms' },
  { key: 'idleFps', label: 'idle on a line: fps', unit: 'fps', min: 58 },
  { key: 'idleBusyPct', label: 'idle on a line: main-thread busy', unit: '%', max: 5 },
  { key: 'idleStageFrames', label: 'idle on a line: stage frames drawn in 3 s', unit: 'frames' },
  { key: 'inputToLineMs', label: 'input to next line, script side (p95)', unit: 'ms', max: 16.7 },
  { key: 'sceneChangeLongTaskMs', label: 'longest task on a scene change', unit: 'ms', max: 50 },
  { key: 'skipChapterMs', label: 'skip the whole chapter (all seen)', unit: 'ms', max: 2000 },
  { key: 'jumpMedianMs', label: 'jump to a beat and show it (median)', unit: 'ms', max: 100 },
  { key: 'jumpMaxMs', label: 'jump to a beat and show it (worst)', unit: 'ms', max: 100 },
  { key: 'heapGrowthPct', label: 'JS heap (no JIT code), 10th playthrough vs 1st', unit: '%', max: 5 },
  { key: 'texturesAfterTenth', label: 'textures alive after 10 playthroughs', unit: '' },
  { key: 'howlsAfterTenth', label: 'Howls alive after 10 playthroughs', unit: '' },
  { key: 'compileChapterMs', label: 'compile the chapter', unit: 'ms', max: 20 },
  { key: 'compile10kMs', label: 'compile 10,000 beats', unit: 'ms', max: 300 },
  { key: 'compile20kMs', label: 'compile 20,000 beats', unit: 'ms' },
  { key: 'compileGrowth', label: 'growth 20k / 10k (linear is 2)', unit: 'x', max: 2.5 },
  { key: 'wireKiB', label: 'whole game on the wire (Chromium)', unit: 'KiB', max: 5120, aim: 3072 },
];

/** 'met', 'missed' or '' (a figure with no budget), and whether the aim is met too. */
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
