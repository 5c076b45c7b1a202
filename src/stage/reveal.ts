/**
 * The first `count` characters of a line of `length` characters, laid out as in `wrapped` (the full
 * line with the breaks word wrap chose). A break stands where a space was, so positions match; the
 * whole wrapped text shows once the count reaches the line's length. Pure.
 */
export function revealWrapped(wrapped: string, count: number, length: number): string {
  return count >= length ? wrapped : wrapped.slice(0, Math.max(0, count));
}
