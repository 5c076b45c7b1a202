import type { DiagnosticSink } from './diagnostics';
import type { Token } from './lexer';
import type { Span } from './story';

/** Walks one line's tokens; each `expect*` reports a writer-readable error and returns null on mismatch. */
export class TokenCursor {
  private i = 0;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly lineSpan: Span,
    private readonly sink: DiagnosticSink,
  ) {}

  peek(offset = 0): Token | undefined {
    return this.tokens[this.i + offset];
  }

  next(): Token | undefined {
    return this.tokens[this.i++];
  }

  get done(): boolean {
    return this.i >= this.tokens.length;
  }

  /** Consumes the word `value` if it is next. */
  accept(value: string): Token | undefined {
    const t = this.peek();
    if (t?.kind === 'word' && t.value === value) return this.next();
    return undefined;
  }

  expectWord(what: string): Token | null {
    const t = this.peek();
    if (t?.kind === 'word') return this.next()!;
    this.sink.error(t?.span ?? this.endSpan(), `expected ${what}${t ? `, found '${t.value}'` : ''}`);
    return null;
  }

  expectString(what: string): Token | null {
    const t = this.peek();
    if (t?.kind === 'string') {
      this.next();
      if (t.unterminated) {
        this.sink.error(t.span, `unterminated quote: ${what} needs a closing "`);
        return null;
      }
      return t;
    }
    this.sink.error(t?.span ?? this.endSpan(), `expected ${what} in double quotes${t ? `, found '${t.value}'` : ''}`);
    return null;
  }

  /** Reports anything left on the line. */
  expectEnd(statement: string): boolean {
    const t = this.peek();
    if (!t) return true;
    this.sink.error(t.span, `unexpected '${t.value}' after ${statement}`);
    return false;
  }

  private endSpan(): Span {
    return { ...this.lineSpan, column: this.lineSpan.column + this.lineSpan.length, length: 1 };
  }
}
