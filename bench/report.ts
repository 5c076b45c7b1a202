/** The bench's table and bench/results.json, stamped with the commit measured (and whether the tree was dirty). */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { BUDGETS, budgetText, verdict } from './budgets';

export interface Measured {
  figures: Record<string, number>;
  /** Context that is not a number: Lighthouse's failing audits, the stage mode, steps that failed. */
  notes: Record<string, string>;
  runs: number;
}

export interface Stamp {
  date: string;
  commit: string;
  dirty: boolean;
  dirtyFiles: number;
}

export function stamp(root: string): Stamp {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
  const changed = git('status', '--porcelain').split('\n').filter(Boolean);
  return { date: new Date().toISOString(), commit: git('rev-parse', 'HEAD'), dirty: changed.length > 0, dirtyFiles: changed.length };
}

const format = (v: number): string => (Math.abs(v) < 10 ? v.toFixed(2) : v.toFixed(1));

/** Writes `out` stamped with `at` (the run's commit; a merged file keeps the stamp of its full run). */
export function report(at: Stamp, out: string, { figures, notes, runs }: Measured): string[] {
  const rows = BUDGETS.map((b) => {
    const v = figures[b.key] ?? null;
    return { figure: b.label, value: v === null ? '-' : `${format(v)} ${b.unit}`.trim(), budget: budgetText(b), verdict: verdict(b, v) };
  });
  const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => Object.values(r)[i]!.length), ['figure', 'value', 'budget'][i]!.length));
  const line = (cells: string[]) => cells.map((c, i) => (i < 3 ? c.padEnd(w[i]!) : c)).join(' | ').trimEnd();
  const table = [line(['figure', 'value', 'budget', 'verdict']), w.map((n) => '-'.repeat(n)).join('-|-') + '-|--------', ...rows.map((r) => line(Object.values(r)))];
  writeFileSync(out, JSON.stringify({ ...at, runs, figures, notes, budgets: rows }, null, 2) + '\n');
  return [`measured at ${at.commit}${at.dirty ? ` with ${at.dirtyFiles} uncommitted changes in the tree` : ''}`, '', ...table];
}
