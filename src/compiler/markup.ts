import type { RichText } from './story';

/**
 * Text markup and escapes inside a line the reader sees. Pure; problems go to `report`.
 *
 *   *words*        emphasis
 *   {pause}        the typewriter and auto wait there (0.5s); {pause 1.2s} for another length
 *   \n             a line break
 *   \" \\ \* \{ \} \#   the character itself
 *
 * The plain text (markup removed, escapes resolved, a break as "\n") is what the mirror, the
 * backlog and saves carry, and what the beat id hashes.
 */

export interface Marked {
  text: string;
  /** Absent when the line has no emphasis and no pause. */
  rich?: RichText;
}

/** Reports a problem at UTF-16 index `index` of the raw text, covering `length` units. */
export type Report = (index: number, length: number, message: string) => void;

const ESCAPES: Record<string, string> = { n: '\n', '"': '"', '\\': '\\', '*': '*', '{': '{', '}': '}', '#': '#' };
export const ESCAPE_LIST = '\\n (a line break), \\" \\\\ \\* \\{ \\} \\#';
const PAUSE = /^pause(?:\s+(\d+(?:\.\d+)?)s)?$/;
export const DEFAULT_PAUSE_MS = 500;
const MAX_PAUSE_S = 10;

/** Resolves escapes and markup in `raw`. */
export function parseMarkup(raw: string, report: Report): Marked {
  if (!/[\\*{]/.test(raw)) return { text: raw }; // most lines: nothing to resolve
  let text = '';
  const emphasis: [number, number][] = [];
  const pauses: { at: number; ms: number }[] = [];
  let open = -1; // index in `raw` of an unclosed `*`
  let openAt = 0; // where that emphasis starts in `text`
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (c === '\\') {
      const next = raw[i + 1];
      const resolved = next === undefined ? undefined : ESCAPES[next];
      if (resolved === undefined) {
        report(i, next === undefined ? 1 : 2, next === undefined
          ? `a lone \\ ends the line; write \\\\ for a backslash`
          : `unknown escape '\\${next}'; escapes are ${ESCAPE_LIST}`);
        if (next !== undefined) text += next;
      } else {
        text += resolved;
      }
      i++;
    } else if (c === '*') {
      if (open < 0) {
        open = i;
        openAt = text.length;
      } else {
        if (text.length === openAt) report(open, i - open + 1, 'empty emphasis `**`; write \\* for an asterisk');
        else emphasis.push([openAt, text.length]);
        open = -1;
      }
    } else if (c === '{') {
      const close = raw.indexOf('}', i);
      if (close < 0) {
        report(i, 1, 'this `{` is not closed; markup is {pause} or {pause 1s}; write \\{ for a brace');
        text += raw.slice(i + 1);
        break;
      }
      const pause = parsePause(raw.slice(i + 1, close), i, close - i + 1, report);
      if (pause !== null) pauses.push({ at: text.length, ms: pause });
      i = close;
    } else {
      text += c;
    }
  }
  if (open >= 0) report(open, 1, 'emphasis is not closed: add a * where it ends, or write \\* for an asterisk');
  if (emphasis.length === 0 && pauses.length === 0) return { text };
  return { text, rich: { emphasis, pauses } };
}

function parsePause(inner: string, at: number, length: number, report: Report): number | null {
  const m = PAUSE.exec(inner.trim());
  if (!m) {
    report(at, length, `unknown markup '{${inner}}'; markup is {pause} or {pause 1s}; write \\{ for a brace`);
    return null;
  }
  if (m[1] === undefined) return DEFAULT_PAUSE_MS;
  const seconds = Number(m[1]);
  if (seconds <= 0 || seconds > MAX_PAUSE_S) {
    report(at, length, `a pause lasts more than 0s and at most ${MAX_PAUSE_S}s`);
    return null;
  }
  return Math.round(seconds * 1000);
}

/** Titles and names: only \" and \\ are escapes there, and markup is plain text. */
export function parsePlain(raw: string, report: Report): string {
  let text = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (c !== '\\') {
      text += c;
      continue;
    }
    const next = raw[++i];
    if (next === '"' || next === '\\') text += next;
    else report(i - 1, next === undefined ? 1 : 2, `unknown escape '\\${next ?? ''}' in a title or name; only \\" and \\\\ are escapes there`);
  }
  return text;
}
