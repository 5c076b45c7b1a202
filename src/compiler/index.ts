import type { Script } from './ast';
import { check } from './check';
import { DiagnosticSink, sortDiagnostics } from './diagnostics';
import type { Diagnostic } from './diagnostics';
import { lex } from './lexer';
import { lower } from './lower';
import { parse } from './parser';
import type { AssetIndex, Story } from './story';

export type { Diagnostic } from './diagnostics';
export { formatDiagnostic, formatDiagnostics } from './diagnostics';
export type * from './story';
export { PLACES, EFFECTS, TRANSITIONS } from './story';

export interface SourceFile {
  /** Shown in diagnostics, e.g. `chapter-1.vn`. */
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
 * Compiles scene scripts into a Story: lex, parse, check, lower. Files are read in the order given
 * and joined into one script. Pure; never throws on bad input, reports it instead.
 */
export function compileScript(files: readonly SourceFile[], options: CompileOptions = {}): CompileResult {
  const sink = new DiagnosticSink();
  const script: Script = { items: files.flatMap((f) => parse(lex(f.name, f.text, sink), sink).items) };
  const start = { file: files[0]?.name ?? 'script', line: 1, column: 1, length: 1 };
  check(script, sink, start, options.assets);
  const story = lower(script, sink, options.assets);
  return { story: sink.hasErrors ? null : story, diagnostics: sortDiagnostics(sink.items) };
}
