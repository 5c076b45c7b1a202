import type { Span } from './story';

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  length: number;
  severity: Severity;
  message: string;
}

/** Collects diagnostics; compiler stages report and carry on rather than throw. */
export class DiagnosticSink {
  readonly items: Diagnostic[] = [];

  error(span: Span, message: string): void {
    this.items.push({ ...span, severity: 'error', message });
  }

  warning(span: Span, message: string): void {
    this.items.push({ ...span, severity: 'warning', message });
  }

  get hasErrors(): boolean {
    return this.items.some((d) => d.severity === 'error');
  }
}

/** Orders diagnostics by file, then position, so reports read top to bottom. */
export function sortDiagnostics(items: readonly Diagnostic[]): Diagnostic[] {
  return [...items].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
}

/**
 * `chapter.vn:14:3 error: unknown speaker 'mra'` followed by the source line and a caret.
 * `sourceLine` is the raw text of that line, when the caller has it.
 */
export function formatDiagnostic(d: Diagnostic, sourceLine?: string): string {
  const head = `${d.file}:${d.line}:${d.column} ${d.severity}: ${d.message}`;
  if (sourceLine === undefined) return head;
  const gutter = String(d.line);
  const pad = ' '.repeat(gutter.length);
  const caret = ' '.repeat(Math.max(0, d.column - 1)) + '^'.repeat(Math.max(1, d.length));
  return `${head}\n ${gutter} | ${sourceLine}\n ${pad} | ${caret}`;
}

/** Formats every diagnostic with its source line, given the files that were compiled. */
export function formatDiagnostics(
  items: readonly Diagnostic[],
  files: readonly { name: string; text: string }[],
): string {
  const lines = new Map(files.map((f) => [f.name, f.text.split(/\r?\n/)]));
  return sortDiagnostics(items)
    .map((d) => formatDiagnostic(d, lines.get(d.file)?.[d.line - 1]))
    .join('\n');
}
