import type { NarrateNode, SceneStatement } from './ast';
import { TokenCursor } from './cursor';
import type { DiagnosticSink } from './diagnostics';
import type { SourceLine, Token } from './lexer';
import { parseMarkup } from './markup';
import type { Marked } from './markup';
import { sceneStatements } from './statements';
import { describeChar } from './source';
import type { Span } from './story';
import { didYouMean } from './suggest';

/**
 * One line of a scene: a command from the statement table, dialogue, or narration. Pure.
 * Where a line is probably a mistake that would still read as narration (a capitalised command,
 * a comment in the prose), it is an error that says what was meant, never a silent line.
 */
export function parseSceneLine(line: SourceLine, sink: DiagnosticSink): SceneStatement | null {
  const span = lineSpan(line);
  const cursor = new TokenCursor(line.tokens, span, sink);
  const [first, second, third] = line.tokens;
  if (first?.kind === 'string') {
    cursor.next();
    if (first.unterminated) return sink.error(first.span, 'unterminated quote: this narration needs a closing "'), null;
    if (!cursor.expectEnd('quoted narration')) return null;
    return { kind: 'narrate', ...markup(line, first, sink), span };
  }
  const word = first?.kind === 'word' ? first.value : undefined;
  const colonAt = second?.kind === 'colon' ? 1 : second?.kind === 'word' && third?.kind === 'colon' ? 2 : -1;
  const parseCommand = word === undefined ? undefined : sceneStatements[word];
  if (parseCommand) {
    if (colonAt === 1) {
      sink.error(second!.span, `\`${word}\` is a command, not a speaker: write it without the colon, e.g. \`${word} ${line.tokens[2]?.value ?? '...'}\``);
      return null;
    }
    reportOddSpace(line, sink);
    cursor.next();
    return parseCommand(cursor, span, sink);
  }
  const lowerWord = word !== undefined && /^[a-z]/.test(word);
  if (colonAt > 0 && (lowerWord || line.tokens[colonAt + 1]?.kind === 'string')) return parseSay(line, cursor, colonAt, sink);
  if (lowerWord) return reportLowerWord(line, word, sink), null;
  const node = parseNarration(line, word, sink);
  // Only the cast can tell `Sakura: Hello.` (a line meant as dialogue) from `Note: the door is locked.`.
  const label = word !== undefined && (colonAt > 0 || (second?.kind === 'string' && line.tokens.length === 2));
  return node && label ? { ...node, label: toName(first!) } : node;
}

/** A bare line of prose. */
function parseNarration(line: SourceLine, word: string | undefined, sink: DiagnosticSink): NarrateNode | null {
  const command = word?.toLowerCase();
  if (command !== undefined && command in sceneStatements && looksLikeCommand(line)) {
    sink.error(line.tokens[0]!.span, `'${word}' would be read as narration; did you mean \`${command}\`? Commands are lower case (to keep this line as narration, put it in double quotes)`);
    return null; // a command, not a line: the scene's stage is uncertain from here
  }
  if (line.comment) {
    sink.error(line.comment, 'a ` # ` inside narration: is it a comment or part of the line? Put a comment on its own line, or write \\# for a hash sign');
  }
  // After a comment error the line is still narration (the story fails anyway).
  const marked = parseMarkup(line.content, (i, n, message) => sink.error(line.spanOf(i, i + n), message));
  return { kind: 'narrate', ...marked, span: lineSpan(line) };
}

/** `Show iruka worried at left`: a command word, an id after it, no sentence punctuation at the end. */
function looksLikeCommand(line: SourceLine): boolean {
  const next = line.tokens[1];
  return next?.kind === 'word' && /^[a-z]/.test(next.value)
    && !line.tokens.some((t) => t.kind === 'string')
    && !/[.!?…,;:"'”’)\]]$/u.test(line.content);
}

/** A lower-case first word that is no command and starts no dialogue. */
function reportLowerWord(line: SourceLine, word: string, sink: DiagnosticSink): void {
  const [first, second, third] = line.tokens;
  const quoteAt = second?.kind === 'string' ? 1 : second?.kind === 'word' && third?.kind === 'string' ? 2 : -1;
  if (quoteAt > 0) {
    const before = line.tokens[quoteAt - 1]!;
    const who = line.tokens.slice(0, quoteAt).map((t) => t.value).join(' ');
    sink.error({ ...before.span, column: before.span.column + before.span.length, length: 1 },
      `expected ':' after '${who}': dialogue is \`${who}: "..."\``);
    return;
  }
  const hint = didYouMean(word, Object.keys(sceneStatements), '`');
  sink.error(first!.span, `unknown statement '${word}'${hint} (narration that starts with a lower-case word must be in double quotes)`);
}

function parseSay(line: SourceLine, cursor: TokenCursor, colonAt: number, sink: DiagnosticSink): SceneStatement | null {
  reportOddSpace(line, sink);
  const speaker = toName(cursor.next()!);
  const expression = colonAt === 2 ? toName(cursor.next()!) : null;
  const colon = cursor.next()!;
  if (colon.value !== ':') sink.error(colon.span, "a full-width colon '\uFF1A' (U+FF1A); dialogue takes a plain ':'");
  const text = cursor.expectString(`the words ${speaker.value} says`);
  if (!text || !cursor.expectEnd('the dialogue')) return null;
  return { kind: 'say', speaker, expression, ...markup(line, text, sink), span: lineSpan(line) };
}

/** Markup inside a quoted string, with problems placed where they stand in the line. */
function markup(line: SourceLine, token: Token, sink: DiagnosticSink): Marked {
  const at = token.start + 1;
  return parseMarkup(token.raw ?? token.value, (i, n, message) => sink.error(line.spanOf(at + i, at + i + n), message));
}

/** Names an odd space between the words of a statement (prose may keep its own). */
export function reportOddSpace(line: SourceLine, sink: DiagnosticSink): void {
  if (line.oddSpace) sink.error(line.oddSpace.span, `${describeChar(line.oddSpace.char)} between words; use a plain space`);
}

function toName(token: Token) {
  return { value: token.value, span: token.span };
}

export function lineSpan(line: SourceLine): Span {
  return line.spanOf(0, line.content.length);
}
