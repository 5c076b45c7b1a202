import type { DiagnosticSink } from './diagnostics';
import { Columns, describeChar, isOddSpace, splitLines } from './source';
import type { Span } from './story';

/**
 * The lexer: splits a file into logical lines (indent level, comment set apart) and each line into
 * tokens. Pure; reports problems to the sink and keeps going. Linear in the file's length.
 */

export type TokenKind = 'word' | 'string' | 'color' | 'colon' | 'duration' | 'punct';

export interface Token {
  kind: TokenKind;
  /** The token's text; for a string, its contents without quotes and with `\x` read as `x`. */
  value: string;
  /** A string's contents exactly as typed, escapes and markup included. */
  raw?: string;
  /** UTF-16 index of the token in its line's `content`. */
  start: number;
  span: Span;
  /** Set on a string token whose closing quote is missing. */
  unterminated?: boolean;
}

export interface SourceLine {
  file: string;
  line: number;
  /** Indent level (two spaces each). */
  indent: number;
  /** The statement text: indentation and comment removed, trailing space trimmed. */
  content: string;
  /** 1-based column where `content` starts. */
  column: number;
  tokens: Token[];
  /** Where a `# ` comment after the statement starts, if there is one. */
  comment: Span | null;
  /** The first space between tokens that is not a plain space (a non-breaking space, say). */
  oddSpace: { char: string; span: Span } | null;
  /** A comment at the left margin stands between this line and the previous statement. */
  afterMarginComment: boolean;
  /** The indentation was already reported as wrong; later stages stay quiet about it. */
  badIndent: boolean;
  /** Span of `content` from UTF-16 index `start` to `end`, in characters. */
  spanOf(start: number, end: number): Span;
}

const INDENT = 2;
const WORD = /[A-Za-z0-9_][A-Za-z0-9_-]*/y;
const COLOR = /#[0-9a-fA-F]{3,8}\b/y;
const DURATION = /\d+(?:\.\d+)?s\b/y;
const FULL_WIDTH_COLON = '\uFF1A';

/** Splits `text` into non-blank source lines with tokens. */
export function lex(file: string, text: string, sink: DiagnosticSink): SourceLine[] {
  const out: SourceLine[] = [];
  let marginComment = false;
  splitLines(text).forEach((raw, i) => {
    const line = i + 1;
    const hash = findComment(raw);
    const body = (hash < 0 ? raw : raw.slice(0, hash)).trimEnd();
    let leadEnd = 0;
    while (leadEnd < body.length && (body[leadEnd] === ' ' || isOddSpace(body[leadEnd]!))) leadEnd++;
    if (leadEnd === body.length) {
      if (hash === 0) marginComment = true;
      return;
    }
    const at = new LineSpans(file, line, new Columns(raw), 0);
    const lead = body.slice(0, leadEnd);
    const odd = [...lead].find((c) => c !== ' ');
    const badIndent = odd !== undefined || lead.length % INDENT !== 0;
    if (odd !== undefined) {
      const k = lead.indexOf(odd);
      sink.error(at.span(k, k + 1), `${describeChar(odd)} in the indentation; indent with two plain spaces per level`);
    } else if (badIndent) {
      sink.error(at.span(0, leadEnd), `indentation of ${lead.length} spaces; use two spaces per level`);
    }
    const content = body.slice(leadEnd);
    const spans = new LineSpans(file, line, at.columns, leadEnd);
    const { tokens, oddSpace } = tokenize(content, spans);
    out.push({
      file,
      line,
      indent: lead.length === 0 ? 0 : Math.max(1, Math.floor(lead.length / INDENT)),
      content,
      column: at.columns.at(leadEnd),
      tokens,
      comment: hash < 0 ? null : at.span(hash, hash + 1),
      oddSpace,
      afterMarginComment: marginComment,
      badIndent,
      spanOf: spans.span,
    });
    marginComment = false;
  });
  return out;
}

/** Spans on one line, for indices counted from `offset` (no closure per line: this runs for every line). */
class LineSpans {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly columns: Columns,
    readonly offset: number,
  ) {}

  readonly span = (start: number, end: number): Span => ({
    file: this.file,
    line: this.line,
    column: this.columns.at(this.offset + start),
    length: this.columns.length(this.offset + start, this.offset + end),
  });
}

/**
 * Index of a comment's `#`: a `#` outside quotes with a space or the line's edge on both sides.
 * A backslash escapes the next character, so `\#` is never a comment. -1 when there is none.
 */
export function findComment(raw: string): number {
  let quoted = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '\\') i++;
    else if (c === '"') quoted = !quoted;
    else if (c === '#' && !quoted && (i === 0 || isSpace(raw[i - 1]!)) && (i + 1 >= raw.length || isSpace(raw[i + 1]!))) return i;
  }
  return -1;
}

/** Removes a `# ` comment that is not inside a quoted string. */
export function stripComment(raw: string): string {
  const hash = findComment(raw);
  return hash < 0 ? raw : raw.slice(0, hash);
}

function isSpace(c: string): boolean {
  return c === ' ' || isOddSpace(c);
}

function tokenize(content: string, spans: LineSpans): Pick<SourceLine, 'tokens' | 'oddSpace'> {
  const tokens: Token[] = [];
  let oddSpace: SourceLine['oddSpace'] = null;
  let i = 0;
  while (i < content.length) {
    const c = content[i]!;
    let end = i + 1;
    if (c === ' ') { i++; continue; }
    if (isOddSpace(c)) {
      oddSpace ??= { char: c, span: spans.span(i, i + 1) };
      i++;
      continue;
    }
    if (c === '"') {
      const { value, raw, closed, end: close } = readString(content, i);
      tokens.push({ kind: 'string', value, raw, start: i, span: spans.span(i, close), ...(closed ? {} : { unterminated: true }) });
      i = close;
      continue;
    }
    let kind: TokenKind = 'colon';
    let value: string = c;
    if (c !== ':' && c !== FULL_WIDTH_COLON) {
      const m = sticky(COLOR, content, i) ?? sticky(DURATION, content, i) ?? sticky(WORD, content, i);
      if (m) {
        [kind, value, end] = [m.kind, m.value, i + m.value.length];
      } else {
        const code = content.codePointAt(i)!;
        [kind, value, end] = ['punct', String.fromCodePoint(code), i + (code > 0xffff ? 2 : 1)];
      }
    }
    tokens.push({ kind, value, start: i, span: spans.span(i, end) });
    i = end;
  }
  return { tokens, oddSpace };
}

const KINDS = new Map<RegExp, TokenKind>([[COLOR, 'color'], [DURATION, 'duration'], [WORD, 'word']]);

/** A match of sticky `re` exactly at `i`. */
function sticky(re: RegExp, text: string, i: number): { kind: TokenKind; value: string } | undefined {
  re.lastIndex = i;
  const m = re.exec(text);
  return m ? { kind: KINDS.get(re)!, value: m[0] } : undefined;
}

function readString(s: string, start: number): { value: string; raw: string; end: number; closed: boolean } {
  let value = '';
  for (let i = start + 1; i < s.length; i++) {
    const c = s[i]!;
    if (c === '\\' && i + 1 < s.length) { value += s[++i]; continue; }
    if (c === '"') return { value, raw: s.slice(start + 1, i), end: i + 1, closed: true };
    value += c;
  }
  return { value, raw: s.slice(start + 1), end: s.length, closed: false };
}
