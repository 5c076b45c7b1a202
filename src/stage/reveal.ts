/**
 * The first `count` characters of a line of `length` characters, laid out as in `wrapped` (the full
 * line with the breaks word wrap chose). A break stands where a space was, so positions match; the
 * whole wrapped text shows once the count reaches the line's length. Pure.
 */
export function revealWrapped(wrapped: string, count: number, length: number): string {
  return count >= length ? wrapped : wrapped.slice(0, Math.max(0, count));
}

/**
 * `shown` (a prefix of the wrapped line) with the writer's emphasis as `<em>` tags, each range cut
 * at the prefix's end so tags always close. Angle brackets in the words are replaced by look-alikes,
 * since tagged text reads them as tags. Pure.
 */
export function tagEmphasis(shown: string, emphasis: readonly (readonly [number, number])[]): string {
  const safe = (s: string) => s.replace(/</g, '‹').replace(/>/g, '›');
  let out = '';
  let at = 0;
  for (const [start, end] of [...emphasis].sort((a, b) => a[0] - b[0])) {
    const from = Math.max(at, Math.min(start, shown.length));
    const to = Math.min(end, shown.length);
    if (to <= from) continue;
    out += safe(shown.slice(at, from)) + '<em>' + safe(shown.slice(from, to)) + '</em>';
    at = to;
  }
  return out + safe(shown.slice(at));
}
