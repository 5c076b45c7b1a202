import type { DiagnosticSink } from './diagnostics';
import type { Span } from './story';

/**
 * The lexer: splits a file into logical lines (indent level, comment stripped) and each line into
 * tokens. Pure; reports problems to the sink and keeps going.
 */

export type TokenKind = 'word' | 'string' | 'color' | 'colon' | 'duration' | 'punct';

export interface Token {
  kind: TokenKind;
  /** The token's value: a string token's contents without quotes and with escapes resolved. */
  value: string;
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
}

const INDENT = 2;
const WORD = /[A-Za-z0-9_][A-Za-z0-9_-]*/y;
const COLOR = /#[0-9a-fA-F]{3,8}\b/y;
const DURATION = /\d+(?:\.\d+)?s\b/y;

/** Splits `text` into non-blank source lines with tokens. */
export function lex(file: string, text: string, sink: DiagnosticSink): SourceLine[] {
  const out: SourceLine[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    const body = stripComment(raw).trimEnd();
    if (body.trim() === '') return;
    const lead = /^[ \t]*/.exec(body)![0];
    if (lead.includes('\t')) {
      sink.error({ file, line, column: lead.indexOf('\t') + 1, length: 1 }, 'tabs cannot indent a line; use two spaces per level');
    } else if (lead.length % INDENT !== 0) {
      sink.error({ file, line, column: 1, length: lead.length }, `indentation of ${lead.length} spaces; use two spaces per level`);
    }
    const column = lead.length + 1;
    const content = body.slice(lead.length);
    const indent = Math.round(lead.replace(/\t/g, '  ').length / INDENT);
    out.push({ file, line, indent, content, column, tokens: tokenize(file, line, column, content) });
  });
  return out;
}

/** Removes a `# ` comment that is not inside a quoted string. */
export function stripComment(raw: string): string {
  let quoted = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '\\' && quoted) i++;
    else if (c === '"') quoted = !quoted;
    else if (c === '#' && !quoted && (i === 0 || /\s/.test(raw[i - 1]!)) && (i + 1 >= raw.length || /\s/.test(raw[i + 1]!))) {
      return raw.slice(0, i);
    }
  }
  return raw;
}

function tokenize(file: string, line: number, column: number, content: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const span = (start: number, end: number): Span => ({ file, line, column: column + start, length: Math.max(1, end - start) });
  while (i < content.length) {
    const c = content[i]!;
    if (c === ' ' || c === '\t') { i++; continue; }
    if (c === '"') {
      const { value, end, closed } = readString(content, i);
      tokens.push({ kind: 'string', value, span: span(i, end), ...(closed ? {} : { unterminated: true }) });
      i = end;
      continue;
    }
    if (c === ':') { tokens.push({ kind: 'colon', value: ':', span: span(i, i + 1) }); i++; continue; }
    const matched = match(COLOR, 'color') ?? match(DURATION, 'duration') ?? match(WORD, 'word');
    if (matched) continue;
    tokens.push({ kind: 'punct', value: c, span: span(i, i + 1) });
    i++;
  }
  return tokens;

  function match(re: RegExp, kind: TokenKind): true | undefined {
    re.lastIndex = i;
    const m = re.exec(content);
    if (!m) return undefined;
    tokens.push({ kind, value: m[0], span: span(i, i + m[0].length) });
    i += m[0].length;
    return true;
  }
}

function readString(s: string, start: number): { value: string; end: number; closed: boolean } {
  let value = '';
  for (let i = start + 1; i < s.length; i++) {
    const c = s[i]!;
    if (c === '\\' && i + 1 < s.length) { value += s[++i]; continue; }
    if (c === '"') return { value, end: i + 1, closed: true };
    value += c;
  }
  return { value, end: s.length, closed: false };
}
