/**
 * Raw source text: line splitting, columns and the names of invisible characters.
 * Pure. Columns count characters (code points), so an emoji is one column, as writers see it.
 */

const BOM = '\uFEFF';

/** The file's lines: a leading byte order mark is dropped; CRLF, LF and a lone CR all end a line. */
export function splitLines(text: string): string[] {
  return (text.startsWith(BOM) ? text.slice(1) : text).split(/\r\n|\r|\n/);
}

const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * Maps UTF-16 indices of one line to 1-based columns in code points. Linear to build; a line with
 * no characters outside the Basic Multilingual Plane needs no table at all.
 */
export class Columns {
  private readonly table: Uint32Array | null;

  constructor(text: string) {
    if (!SURROGATE.test(text)) {
      this.table = null;
      return;
    }
    this.table = new Uint32Array(text.length + 1);
    let col = 0;
    for (let i = 0; i < text.length; i++) {
      // A low surrogate after a high one is the second half of the same character.
      const second = isLow(text.charCodeAt(i)) && i > 0 && isHigh(text.charCodeAt(i - 1));
      this.table[i] = second ? col - 1 : col++;
    }
    this.table[text.length] = col;
  }

  /** 1-based column of UTF-16 index `i`. */
  at(i: number): number {
    return (this.table ? this.table[Math.min(i, this.table.length - 1)]! : i) + 1;
  }

  /** Characters between UTF-16 indices `start` and `end`, at least 1. */
  length(start: number, end: number): number {
    return Math.max(1, this.at(end) - this.at(start));
  }
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Spaces that look like a space, or like nothing, but are not the plain one. */
const ODD_SPACES: Record<string, string> = {
  '\t': 'a tab',
  '\u00A0': 'a non-breaking space',
  '\u1680': 'an ogham space',
  '\u2000': 'an en quad',
  '\u2001': 'an em quad',
  '\u2002': 'an en space',
  '\u2003': 'an em space',
  '\u2004': 'a three-per-em space',
  '\u2005': 'a four-per-em space',
  '\u2006': 'a six-per-em space',
  '\u2007': 'a figure space',
  '\u2008': 'a punctuation space',
  '\u2009': 'a thin space',
  '\u200A': 'a hair space',
  '\u200B': 'a zero-width space',
  '\u200C': 'a zero-width non-joiner',
  '\u200D': 'a zero-width joiner',
  '\u2028': 'a line separator',
  '\u2029': 'a paragraph separator',
  '\u202F': 'a narrow non-breaking space',
  '\u205F': 'a medium mathematical space',
  '\u2060': 'a word joiner',
  '\u3000': 'a full-width space',
  '\uFEFF': 'a zero-width no-break space (byte order mark)',
  '\u000B': 'a vertical tab',
  '\u000C': 'a form feed',
};

/** True for any character in the table above. */
export function isOddSpace(c: string): boolean {
  return c in ODD_SPACES;
}

/** "a non-breaking space (U+00A0)". */
export function describeChar(c: string): string {
  const code = `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return `${ODD_SPACES[c] ?? `'${c}'`} (${code})`;
}
