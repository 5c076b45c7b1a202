/**
 * Reads Stryker's JSON report and prints the mutation score per folder and overall, the way Stryker
 * counts it: (killed + timeout) / (killed + timeout + survived + no coverage). Ignored mutants and
 * mutants that do not compile count for nothing. Pure apart from the file read.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

type Status = 'Killed' | 'Timeout' | 'Survived' | 'NoCoverage' | 'Ignored' | 'CompileError' | 'RuntimeError' | 'Pending';

export interface Report {
  files: Record<string, { mutants: Array<{ status: Status }> }>;
}

export interface Tally {
  detected: number;
  undetected: number;
  ignored: number;
}

/** The folder a report path counts under: src/stage's pure files share one row. */
export function folderOf(path: string): string {
  const parts = relative(process.cwd(), path).split(/[\\/]/);
  return parts.slice(0, Math.min(2, parts.length - 1)).join('/');
}

export function tally(report: Report): Map<string, Tally> {
  const rows = new Map<string, Tally>();
  for (const [path, file] of Object.entries(report.files)) {
    const row = rows.get(folderOf(path)) ?? { detected: 0, undetected: 0, ignored: 0 };
    for (const { status } of file.mutants) {
      if (status === 'Killed' || status === 'Timeout') row.detected += 1;
      else if (status === 'Survived' || status === 'NoCoverage') row.undetected += 1;
      else row.ignored += 1;
    }
    rows.set(folderOf(path), row);
  }
  return rows;
}

export const score = (t: Tally): number => (t.detected + t.undetected === 0 ? 100 : (100 * t.detected) / (t.detected + t.undetected));

export function formatScores(rows: Map<string, Tally>): string {
  const all: Tally = { detected: 0, undetected: 0, ignored: 0 };
  const lines = ['folder            score  killed  survived  ignored'];
  const line = (name: string, t: Tally) =>
    `${name.padEnd(16)} ${score(t).toFixed(1).padStart(6)}  ${String(t.detected).padStart(6)}  ${String(t.undetected).padStart(8)}  ${String(t.ignored).padStart(7)}`;
  for (const [name, t] of [...rows].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(line(name, t));
    all.detected += t.detected;
    all.undetected += t.undetected;
    all.ignored += t.ignored;
  }
  lines.push(line('overall', all));
  return lines.join('\n');
}

if (process.argv[1]?.endsWith('score.ts')) {
  const path = process.argv[2] ?? 'reports/mutation/mutation.json';
  console.log(formatScores(tally(JSON.parse(readFileSync(path, 'utf8')) as Report)));
}
