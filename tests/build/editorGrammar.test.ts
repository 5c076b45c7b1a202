import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../fixtures/chapter';

/**
 * The editor grammar (tools/editor/awry-vn.tmLanguage.json) reads the real script the way the
 * compiler does: each line of the chapter is picked up by the rule for its kind of statement.
 */

interface Rule { begin?: string; match?: string; patterns?: Rule[]; include?: string }
const grammar = JSON.parse(readFileSync(join(ROOT, 'tools/editor/awry-vn.tmLanguage.json'), 'utf8')) as {
  scopeName: string; patterns: { include: string }[]; repository: Record<string, Rule>;
};

/** The first top-level rule whose opening expression matches the line. */
function ruleFor(line: string): string | undefined {
  for (const { include } of grammar.patterns) {
    const rule = grammar.repository[include.slice(1)]!;
    if (new RegExp(rule.begin ?? rule.match!).test(line)) return include.slice(1);
  }
  return undefined;
}

describe('the editor grammar', () => {
  it('has valid expressions throughout', () => {
    const found: string[] = [];
    const walk = (value: unknown, key = ''): void => {
      if (typeof value === 'string' && ['begin', 'end', 'match'].includes(key)) found.push(value);
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
    };
    walk(grammar);
    expect(found.length).toBeGreaterThan(20);
    for (const source of found) expect(() => new RegExp(source), source).not.toThrow();
  });

  it('classifies every line of the chapter as the compiler reads it', () => {
    const kinds = new Map<string, string>();
    for (const line of readFileSync(join(ROOT, 'script/chapter-1.vn'), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const rule = ruleFor(line);
      const expected = /^\s*# /.test(line) ? 'comment-line'
        : /^(title|cast|scene|include)\b/.test(line) ? 'top-level'
        : /^ {2}(bg|show|hide|ambience|sfx|effect) /.test(line) ? 'command'
        : /^ {2}[a-z]+( [a-z-]+)?: "/.test(line) ? 'dialogue'
        : /^ {2}[a-z]+ +"[^"]+" +color /.test(line) ? 'cast-entry'
        : /^ {2}"/.test(line) ? 'quoted-narration' : 'narration';
      expect(rule, line).toBe(expected);
      kinds.set(expected, line);
    }
    expect([...kinds.keys()].sort()).toEqual(['cast-entry', 'command', 'comment-line', 'dialogue', 'narration', 'top-level']);
  });

  it('marks markup, escapes and a bad escape in a line', () => {
    const narration = grammar.repository['narration']!.patterns!;
    const escape = grammar.repository['escape']!.patterns!;
    expect(new RegExp(narration[1]!.match!).exec('He did *not* go.')?.[0]).toBe('*not*');
    expect(new RegExp(narration[2]!.match!).exec('Wait.{pause 1.5s} Go.')?.[0]).toBe('{pause 1.5s}');
    expect(new RegExp(escape[0]!.match!).exec('a\\nb')?.[0]).toBe('\\n');
    expect(new RegExp(escape[1]!.match!).exec('a\\qb')?.[0]).toBe('\\q');
  });
});
