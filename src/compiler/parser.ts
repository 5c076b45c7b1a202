import type { CastEntryNode, Name, SceneNode, SceneStatement, Script, TopLevel } from './ast';
import { TokenCursor } from './cursor';
import type { DiagnosticSink } from './diagnostics';
import type { SourceLine, Token } from './lexer';
import { sceneStatements } from './statements';
import type { Span } from './story';

/**
 * The parser: source lines to a syntax tree. Top level holds `title`, `cast` blocks and `scene`
 * blocks; a scene's body is parsed one line at a time through the statement table. Pure; resumes
 * at the next line after any error.
 */
export function parse(lines: readonly SourceLine[], sink: DiagnosticSink): Script {
  const items: TopLevel[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.indent > 0) {
      sink.error(lineSpan(line), 'this line is indented but belongs to no `cast` or `scene` block');
      i++;
      continue;
    }
    const body = takeBlock(lines, i + 1);
    const cursor = new TokenCursor(line.tokens, lineSpan(line), sink);
    const head = line.tokens[0];
    switch (head?.kind === 'word' ? head.value : '') {
      case 'title': {
        cursor.next();
        const text = cursor.expectString('the title');
        if (text && cursor.expectEnd('the title')) items.push({ kind: 'title', text: text.value, span: head!.span });
        rejectBody(body, 'title', sink);
        break;
      }
      case 'cast':
        cursor.next();
        cursor.expectEnd('`cast`');
        items.push({ kind: 'cast', entries: parseCast(body, sink), span: head!.span });
        break;
      case 'scene': {
        cursor.next();
        const scene = parseSceneHead(cursor);
        if (scene) items.push({ ...scene, span: head!.span, body: parseSceneBody(body, sink) });
        break;
      }
      default:
        reportTopLevel(line, head, sink);
    }
    i += 1 + body.length;
  }
  return { items };
}

/** The lines indented under line `start - 1`. */
function takeBlock(lines: readonly SourceLine[], start: number): SourceLine[] {
  let end = start;
  while (end < lines.length && lines[end]!.indent > 0) end++;
  return lines.slice(start, end);
}

function parseCast(body: readonly SourceLine[], sink: DiagnosticSink): CastEntryNode[] {
  const entries: CastEntryNode[] = [];
  for (const line of body) {
    if (line.indent !== 1) {
      sink.error(lineSpan(line), 'cast entries are indented one level (two spaces)');
      continue;
    }
    const cursor = new TokenCursor(line.tokens, lineSpan(line), sink);
    const id = cursor.expectWord('a cast id, e.g. `iruka "Iruka" color #c98b4a`');
    const name = id && cursor.expectString(`the name players see for '${id.value}'`);
    if (!id || !name) continue;
    if (!cursor.accept('color')) {
      sink.error(cursor.peek()?.span ?? name.span, `expected \`color #rrggbb\` after the name of '${id.value}'`);
      continue;
    }
    const color = cursor.peek();
    if (color?.kind !== 'color') {
      sink.error(color?.span ?? name.span, `expected a colour such as #c98b4a for '${id.value}'`);
      continue;
    }
    cursor.next();
    if (cursor.expectEnd('the cast entry')) {
      entries.push({ kind: 'cast-entry', id: toName(id), name: name.value, color: color.value, span: lineSpan(line) });
    }
  }
  return entries;
}

function parseSceneHead(cursor: TokenCursor): Omit<SceneNode, 'span' | 'body'> | null {
  const id = cursor.expectWord('a scene id, e.g. `scene corridor "The Hospital Corridor"`');
  const title = id && cursor.expectString(`the title of scene '${id.value}'`);
  if (!id || !title || !cursor.expectEnd('the scene title')) return null;
  return { kind: 'scene', id: toName(id), title: title.value };
}

function parseSceneBody(body: readonly SourceLine[], sink: DiagnosticSink): SceneStatement[] {
  const out: SceneStatement[] = [];
  for (const line of body) {
    if (line.indent !== 1) {
      sink.error(lineSpan(line), 'scene statements are indented one level (two spaces); this line is indented deeper');
      continue;
    }
    const node = parseSceneLine(line, sink);
    if (node) out.push(node);
  }
  return out;
}

/** One scene line: a command from the table, dialogue, or narration. */
function parseSceneLine(line: SourceLine, sink: DiagnosticSink): SceneStatement | null {
  const span = lineSpan(line);
  const cursor = new TokenCursor(line.tokens, span, sink);
  const [first, second, third] = line.tokens;
  if (first?.kind === 'string') {
    cursor.next();
    if (first.unterminated) return sink.error(first.span, 'unterminated quote: this narration needs a closing "'), null;
    return cursor.expectEnd('quoted narration') ? { kind: 'narrate', text: first.value, span } : null;
  }
  const lowerWord = first?.kind === 'word' && /^[a-z]/.test(first.value);
  const colonAt = second?.kind === 'colon' ? 1 : second?.kind === 'word' && third?.kind === 'colon' ? 2 : -1;
  if (lowerWord && colonAt < 0) {
    const parseCommand = sceneStatements[first.value];
    if (parseCommand) {
      cursor.next();
      return parseCommand(cursor, span, sink);
    }
    sink.error(first.span, `unknown statement '${first.value}' (narration that starts with a lower-case word must be in double quotes)`);
    return null;
  }
  const isDialogue = colonAt > 0 && (lowerWord || line.tokens[colonAt + 1]?.kind === 'string');
  if (isDialogue) return parseSay(cursor, colonAt, span);
  return { kind: 'narrate', text: line.content, span };
}

function parseSay(cursor: TokenCursor, colonAt: number, span: Span): SceneStatement | null {
  const speaker = toName(cursor.next()!);
  const expression = colonAt === 2 ? toName(cursor.next()!) : null;
  cursor.next();
  const text = cursor.expectString(`the words ${speaker.value} says`);
  if (!text || !cursor.expectEnd('the dialogue')) return null;
  return { kind: 'say', speaker, expression, text: text.value, span };
}

function reportTopLevel(line: SourceLine, head: Token | undefined, sink: DiagnosticSink): void {
  const word = head?.kind === 'word' ? head.value : undefined;
  if (word && word in sceneStatements) {
    sink.error(head!.span, `'${word}' must be inside a scene: indent it under a \`scene\` line`);
  } else if (word && /^[a-z]/.test(word)) {
    sink.error(head!.span, `unknown statement '${word}' at the top level (expected title, cast or scene)`);
  } else {
    sink.error(lineSpan(line), 'story lines must be inside a scene: indent them under a `scene` line');
  }
}

function rejectBody(body: readonly SourceLine[], owner: string, sink: DiagnosticSink): void {
  for (const line of body) sink.error(lineSpan(line), `unexpected indented line under \`${owner}\``);
}

function toName(token: Token): Name {
  return { value: token.value, span: token.span };
}

function lineSpan(line: SourceLine): Span {
  return { file: line.file, line: line.line, column: line.column, length: Math.max(1, line.content.length) };
}
