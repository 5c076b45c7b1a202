import type { CastEntryNode, IncludeNode, Name, ParsedFile, SceneNode, SceneStatement, TopLevel } from './ast';
import { TokenCursor } from './cursor';
import type { DiagnosticSink } from './diagnostics';
import type { SourceLine, Token } from './lexer';
import { warnMissingScene } from './lint';
import { parsePlain } from './markup';
import { lineSpan, parseSceneLine, reportOddSpace } from './sceneLine';
import { sceneStatements } from './statements';
import { didYouMean } from './suggest';

/**
 * The parser: source lines to a syntax tree. Top level holds `title`, `include`, `cast` blocks and
 * `scene` blocks; a scene's body is parsed one line at a time (see `sceneLine.ts`). Pure; resumes at
 * the next line after an error, and skips the rest of a block it cannot read rather than report
 * every line of it.
 */
export function parse(lines: readonly SourceLine[], sink: DiagnosticSink): ParsedFile {
  const items: (TopLevel | IncludeNode)[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.indent > 0) {
      if (!line.badIndent) sink.error(lineSpan(line), 'this line is indented but belongs to no `cast` or `scene` block');
      i++;
      continue;
    }
    const body = takeBlock(lines, i + 1);
    const item = parseTopLevel(line, body, sink);
    if (item) items.push(item);
    i += 1 + body.length;
  }
  return { items };
}

const TOP_LEVEL = ['title', 'cast', 'scene', 'include'];

function parseTopLevel(line: SourceLine, body: readonly SourceLine[], sink: DiagnosticSink): TopLevel | IncludeNode | null {
  const cursor = new TokenCursor(line.tokens, lineSpan(line), sink);
  const head = line.tokens[0];
  const word = head?.kind === 'word' ? head.value : '';
  if (TOP_LEVEL.includes(word)) {
    reportOddSpace(line, sink);
    cursor.next();
  }
  switch (word) {
    case 'title': {
      const text = cursor.expectString('the title');
      rejectBody(body, 'title', sink);
      if (!text) return null;
      cursor.expectEnd('the title'); // words after it are reported; the title itself stands (one message, not two)
      return { kind: 'title', text: plain(line, text, sink), span: head!.span };
    }
    case 'include': {
      const path = cursor.expectString('the file to include, e.g. `include "chapter-2.vn"`');
      rejectBody(body, 'include', sink);
      if (!path) return null;
      cursor.expectEnd('the include');
      return { kind: 'include', path: plain(line, path, sink), span: path.span };
    }
    case 'cast':
      cursor.expectEnd('`cast`');
      return { kind: 'cast', entries: parseCast(body, sink), span: head!.span };
    case 'scene': {
      const scene = parseSceneHead(cursor, line, sink);
      // With its id read, the body is still checked; without one there is nothing to hang it on.
      return scene ? { ...scene, span: head!.span, ...parseSceneBody(body, sink) } : null;
    }
    default:
      reportTopLevel(line, head, sink);
      return null;
  }
}

/** The lines indented under line `start - 1`. */
function takeBlock(lines: readonly SourceLine[], start: number): SourceLine[] {
  let end = start;
  while (end < lines.length && lines[end]!.indent > 0) end++;
  return lines.slice(start, end);
}

/** A cast block: one entry per line. An entry with a bad colour still names its character. */
function parseCast(body: readonly SourceLine[], sink: DiagnosticSink): CastEntryNode[] {
  const entries: CastEntryNode[] = [];
  for (const line of body) {
    if (line.indent !== 1) {
      if (!line.badIndent) sink.error(lineSpan(line), 'cast entries are indented one level (two spaces)');
      continue;
    }
    if (readsAsSceneLine(line)) {
      sink.error(lineSpan(line), 'this reads as a scene line but stands in the `cast` block: is a `scene` line missing above it?');
      break; // the rest of the block is that scene's too; one message says it all
    }
    reportOddSpace(line, sink);
    const cursor = new TokenCursor(line.tokens, lineSpan(line), sink);
    const id = cursor.expectWord('a cast id, e.g. `iruka "Iruka" color #c98b4a`');
    if (!id) continue;
    const entry = (name: string, color: string): void => {
      entries.push({ kind: 'cast-entry', id: toName(id), name, color, span: lineSpan(line) });
    };
    const name = cursor.expectString(`the name players see for '${id.value}'`);
    if (!name) { entry(id.value, '#ffffff'); continue; }
    const shown = plain(line, name, sink);
    if (!cursor.accept('color')) {
      sink.error(cursor.peek()?.span ?? name.span, `expected \`color #rrggbb\` after the name of '${id.value}'`);
      entry(shown, '#ffffff');
      continue;
    }
    const color = cursor.peek();
    if (color?.kind !== 'color') {
      sink.error(color?.span ?? name.span, `expected a colour such as #c98b4a for '${id.value}'`);
      entry(shown, '#ffffff');
      continue;
    }
    cursor.next();
    cursor.expectEnd('the cast entry');
    entry(shown, color.value);
  }
  return entries;
}

/** Narration, dialogue or a command: not what a cast entry (`id "Name" color #...`) looks like. */
function readsAsSceneLine(line: SourceLine): boolean {
  const [first, second, third] = line.tokens;
  if (first?.kind !== 'word') return first?.kind === 'string';
  if (second?.kind === 'string') return false;
  return first.value in sceneStatements || /^[A-Z]/.test(first.value) || second?.kind === 'colon' || third?.kind === 'colon';
}

function parseSceneHead(cursor: TokenCursor, line: SourceLine, sink: DiagnosticSink): Omit<SceneNode, 'span' | 'body' | 'unread'> | null {
  const id = cursor.expectWord('a scene id, e.g. `scene corridor "The Hospital Corridor"`');
  if (!id) return null;
  const title = cursor.expectString(`the title of scene '${id.value}'`);
  if (title) cursor.expectEnd('the scene title');
  return { kind: 'scene', id: toName(id), title: title ? plain(line, title, sink) : '' };
}

/** The scene's statements, and whether any line could not be read (already reported). */
function parseSceneBody(body: readonly SourceLine[], sink: DiagnosticSink): Pick<SceneNode, 'body' | 'unread'> {
  const out: SceneStatement[] = [];
  const read: { line: SourceLine; node: SceneStatement }[] = [];
  let unread = false;
  for (const line of body) {
    if (line.indent !== 1) {
      if (!line.badIndent) sink.error(lineSpan(line), 'scene statements are indented one level (two spaces); this line is indented deeper');
      unread = true;
      continue;
    }
    const node = parseSceneLine(line, sink);
    if (!node) {
      unread = true;
      continue;
    }
    out.push(node);
    read.push({ line, node });
  }
  warnMissingScene(read, sink);
  return { body: out, unread };
}

function reportTopLevel(line: SourceLine, head: Token | undefined, sink: DiagnosticSink): void {
  const word = head?.kind === 'word' ? head.value : undefined;
  if (word && word in sceneStatements) {
    sink.error(head!.span, `'${word}' must be inside a scene: indent it under a \`scene\` line`);
  } else if (word && TOP_LEVEL.includes(word.toLowerCase()) && line.tokens[1]?.kind !== 'word') {
    sink.error(head!.span, `unknown statement '${word}'; did you mean \`${word.toLowerCase()}\`? Statements are lower case`);
  } else if (word && /^[a-z]/.test(word)) {
    const hint = didYouMean(word, TOP_LEVEL, '`');
    sink.error(head!.span, `unknown statement '${word}' at the top level${hint || ' (expected title, cast, scene or include)'}`);
  } else {
    sink.error(lineSpan(line), 'story lines must be inside a scene: indent them under a `scene` line');
  }
}

/** One message for the whole unexpected block. */
function rejectBody(body: readonly SourceLine[], owner: string, sink: DiagnosticSink): void {
  if (body[0]) sink.error(lineSpan(body[0]), `unexpected indented line under \`${owner}\``);
}

/** A title or name: escapes resolved, problems reported at their place in the line. */
function plain(line: SourceLine, token: Token, sink: DiagnosticSink): string {
  const at = token.start + 1;
  return parsePlain(token.raw ?? token.value, (i, n, message) => sink.error(line.spanOf(at + i, at + i + n), message));
}

function toName(token: Token): Name {
  return { value: token.value, span: token.span };
}
