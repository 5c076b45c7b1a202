import type { ParsedFile } from './ast';
import { check } from './check';
import { DiagnosticSink, sortDiagnostics } from './diagnostics';
import type { Diagnostic } from './diagnostics';
import { resolveIncludes } from './include';
import { lex } from './lexer';
import { lower } from './lower';
import { parse } from './parser';
import type { AssetIndex, Story } from './story';

export type { Diagnostic, Severity } from './diagnostics';
export { formatDiagnostic, formatDiagnostics, formatReport } from './format';
export type * from './story';
export { PLACES, EFFECTS, TRANSITIONS } from './story';

export interface SourceFile {
  /** Shown in diagnostics, e.g. `script/chapter-1.vn`; includes resolve against its folder. */
  name: string;
  text: string;
}

export interface CompileOptions {
  /** When given, references to assets outside it are errors. */
  assets?: AssetIndex;
}

export interface CompileResult {
  /** Null when any error was found: nothing half-compiled reaches the page. */
  story: Story | null;
  diagnostics: Diagnostic[];
}

/**
 * Compiles scene scripts into a Story: lex, parse, resolve includes, check, lower. The first file
 * is where the story starts; the others are part of it when an `include` names them. Pure; never
 * throws on bad input, reports it instead.
 */
export function compileScript(files: readonly SourceFile[], options: CompileOptions = {}): CompileResult {
  const sink = new DiagnosticSink();
  const texts = new Map(files.map((f) => [f.name, f.text]));
  const parseFile = (name: string): ParsedFile => parse(lex(name, texts.get(name) ?? '', sink), sink);
  const script = resolveIncludes(files, parseFile, sink);
  const start = { file: files[0]?.name ?? 'script', line: 1, column: 1, length: 1 };
  check(script, sink, start, options.assets);
  const story = lower(script, sink, options.assets);
  return { story: sink.hasErrors ? null : story, diagnostics: sortDiagnostics(sink.items) };
}
