import type { Diagnostic } from './diagnostics';
import { sortDiagnostics } from './diagnostics';
import { splitLines } from './source';

/**
 * Diagnostics as text for a terminal, an editor or a log. Pure.
 *
 *   chapter.vn:14:3 error: unknown speaker 'mra'
 *    14 |   mra: "hi"
 *       |   ^^^
 *
 * The caret lines up under wide characters (CJK, emoji take two cells); a very long line shows a
 * window around the spot; control characters print as '�' so a binary file cannot garble a terminal.
 */

/** Messages shown before "and N more". */
export const REPORT_LIMIT = 200;
const WINDOW = 120;
const BEFORE = 50;

export function formatDiagnostic(d: Diagnostic, sourceLine?: string): string {
  const head = `${d.file}:${d.line}:${d.column} ${d.severity}: ${d.message}`;
  if (sourceLine === undefined) return head;
  const chars = [...sourceLine].map(printable);
  const start = chars.length > WINDOW && d.column - 1 > BEFORE ? Math.min(d.column - 1 - BEFORE, chars.length - WINDOW) : 0;
  const end = Math.min(chars.length, start + WINDOW);
  const shown = (start > 0 ? '…' : '') + chars.slice(start, end).join('') + (end < chars.length ? '…' : '');
  const pad = (start > 0 ? 1 : 0) + width(chars.slice(start, Math.max(start, d.column - 1)));
  const marks = Math.max(1, width(chars.slice(d.column - 1, Math.min(end, d.column - 1 + d.length))));
  const gutter = String(d.line);
  return `${head}\n ${gutter} | ${shown}\n ${' '.repeat(gutter.length)} | ${' '.repeat(pad)}${'^'.repeat(marks)}`;
}

/** Every diagnostic with its source line, given the files that were compiled. */
export function formatDiagnostics(items: readonly Diagnostic[], files: readonly { name: string; text: string }[]): string {
  return formatList(sortDiagnostics(items), files);
}

/**
 * The report `npm run check` and the build print: at most `limit` messages, then "and N more",
 * and always a closing count, e.g. "2 errors and 1 warning in the scene script."
 */
export function formatReport(
  items: readonly Diagnostic[],
  files: readonly { name: string; text: string }[],
  limit = REPORT_LIMIT,
): string {
  const sorted = sortDiagnostics(items);
  const parts = sorted.length ? [formatList(sorted.slice(0, limit), files)] : [];
  if (sorted.length > limit) parts.push(`... and ${sorted.length - limit} more`);
  parts.push(countLine(items));
  return parts.join('\n\n');
}

/** "2 errors and 1 warning in the scene script." */
export function countLine(items: readonly Diagnostic[]): string {
  const errors = items.filter((d) => d.severity === 'error').length;
  const warnings = items.length - errors;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')} and ${plural(warnings, 'warning')} in the scene script.`;
}

function formatList(sorted: readonly Diagnostic[], files: readonly { name: string; text: string }[]): string {
  const lines = new Map<string, string[]>();
  const lineOf = (d: Diagnostic): string | undefined => {
    const text = files.find((f) => f.name === d.file)?.text;
    if (text === undefined) return undefined;
    if (!lines.has(d.file)) lines.set(d.file, splitLines(text));
    return lines.get(d.file)![d.line - 1];
  };
  return sorted.map((d) => formatDiagnostic(d, lineOf(d))).join('\n');
}

function printable(c: string): string {
  if (c === '\t') return ' ';
  return /[\u0000-\u001f\u007f-\u009f]/.test(c) ? '\uFFFD' : c;
}

function width(chars: readonly string[]): number {
  let w = 0;
  for (const c of chars) w += cellWidth(c.codePointAt(0)!);
  return w;
}

/** Terminal cells a character takes: 0 for combining marks and zero-width ones, 2 for wide ones. */
function cellWidth(cp: number): number {
  if (inRanges(cp, ZERO)) return 0;
  if (inRanges(cp, WIDE)) return 2;
  // Emoji drawn as pictures (✅ ⭐ 🫠) are wide wherever they sit; a flag's two letters share two cells.
  return !inRanges(cp, FLAG_LETTERS) && EMOJI.test(String.fromCodePoint(cp)) ? 2 : 1;
}

const EMOJI = /\p{Emoji_Presentation}/u;
const FLAG_LETTERS: readonly [number, number][] = [[0x1f1e6, 0x1f1ff]];

const ZERO: readonly [number, number][] = [[0x0300, 0x036f], [0x200b, 0x200f], [0x20d0, 0x20ff], [0xfe00, 0xfe0f], [0xfeff, 0xfeff]];
const WIDE: readonly [number, number][] = [
  [0x1100, 0x115f], [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xa000, 0xa4cf],
  [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe30, 0xfe4f], [0xff00, 0xff60], [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f], [0x1f680, 0x1f6ff], [0x1f900, 0x1f9ff], [0x20000, 0x3fffd],
];

function inRanges(cp: number, ranges: readonly [number, number][]): boolean {
  return ranges.some(([a, b]) => cp >= a && cp <= b);
}
