import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The source chapter, split into what is said and what is told. Straight (") and curly (“ ”) double
 * quotes mark speech; apostrophes (' and ’, as in "don't" or "Iruka's") never do, so single quotes are
 * left alone. A quote left open at the end of a paragraph closes there (some prose carries a speech
 * across paragraphs that way).
 */

/** The chapter as the author wrote it, kept in the repo (credit and disclaimer in docs/source/README.md). */
export const SOURCE_PATH = resolve(import.meta.dirname, '../../docs/source/awry-mission-chapter-1.txt');

export interface Utterance {
  /** The words inside the quotes, exactly as written. */
  text: string;
  /** 1-based line of the source where the quote opens. */
  line: number;
}

export interface SourceChapter {
  /** Every quoted utterance, in reading order. */
  utterances: Utterance[];
  /** The source with every quoted utterance removed; each removed quote leaves a line break. */
  narration: string;
}

const OPEN = new Set(['"', '\u201C']);
const CLOSE = new Set(['"', '\u201D']);

export function splitSource(text: string): SourceChapter {
  const utterances: Utterance[] = [];
  let narration = '';
  let line = 1;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (!OPEN.has(c)) {
      narration += c;
      if (c === '\n') line++;
      i++;
      continue;
    }
    // Inside a quote: up to the closing mark, or the end of the paragraph if it never closes.
    let j = i + 1;
    while (j < text.length && !CLOSE.has(text[j]!) && text[j] !== '\n') j++;
    const said = text.slice(i + 1, j).trim();
    if (said) utterances.push({ text: said, line });
    narration += '\n';
    i = j < text.length && CLOSE.has(text[j]!) ? j + 1 : j;
  }
  return { utterances, narration };
}

export function readSource(path: string = SOURCE_PATH): SourceChapter {
  return splitSource(readFileSync(path, 'utf8'));
}

/** Lower-case words with punctuation stripped: `don't` is `dont`, `pink-haired` is `pink haired`. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['\u2019]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Every run of `n` consecutive words within each line of `text`, joined by single spaces. */
export function ngrams(text: string, n: number): Set<string> {
  const out = new Set<string>();
  for (const part of text.split('\n')) {
    const w = words(part);
    for (let k = 0; k + n <= w.length; k++) out.add(w.slice(k, k + n).join(' '));
  }
  return out;
}
