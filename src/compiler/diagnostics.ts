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

/** Orders diagnostics by file, then position, so reports read top to bottom (the same on every machine). */
export function sortDiagnostics(items: readonly Diagnostic[]): Diagnostic[] {
  return [...items].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column,
  );
}
