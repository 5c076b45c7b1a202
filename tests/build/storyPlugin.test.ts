import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storyPlugin } from '../../src/build/storyPlugin';

const root = resolve(import.meta.dirname, '../..');

/** A project root with the real assets and the given script files. */
function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'awry-plugin-'));
  mkdirSync(join(dir, 'script'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'script', name), text);
  symlinkSync(join(root, 'assets'), join(dir, 'assets'));
  return dir;
}

const BROKEN = ['title "T"', 'cast', '  iruka "Iruka" color #c98b4a', 'scene one "One"', '  bg no-such-place', '  mira: "Hello."', ''].join('\n');

/** Runs the plugin's load hook as vite would, collecting what it reports. */
function load(dir: string): { code?: string; error?: string } {
  const plugin = storyPlugin(dir);
  const id = (plugin.resolveId as unknown as (id: string) => string)('virtual:awry-story');
  const context = {
    addWatchFile: () => undefined,
    warn: () => undefined,
    error: (message: string) => {
      throw new Error(message);
    },
  };
  try {
    return { code: (plugin.load as unknown as (this: typeof context, id: string) => string).call(context, id) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

describe('the story plugin and the check command', () => {
  it('compiles the real chapter into the virtual module', () => {
    const { code } = load(root);
    expect(code).toMatch(/^export default JSON\.parse\(/);
    expect(code).toContain('Awry Mission');
  });

  it('a script error fails the build with file:line:column, every error at once, nothing half-compiled', () => {
    const { code, error } = load(project({ 'chapter.vn': BROKEN }));
    expect(code).toBeUndefined();
    expect(error).toContain("script/chapter.vn:5:6 error: unknown background 'no-such-place'");
    expect(error).toContain("script/chapter.vn:6:3 error: unknown speaker 'mira'");
  });

  it('npm run check prints the same diagnostics and exits 1; a good script exits 0', () => {
    const dir = project({ 'chapter.vn': BROKEN });
    let output = '';
    let status = 0;
    try {
      execFileSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'tools/check-script.ts'), dir], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      const e = error as { status: number; stdout: string };
      status = e.status;
      output = e.stdout;
    }
    expect(status).toBe(1);
    expect(output).toContain("script/chapter.vn:5:6 error: unknown background 'no-such-place'");
    expect(output).toContain('^');
    const good = project({});
    cpSync(join(root, 'script/chapter-1.vn'), join(good, 'script/chapter-1.vn'));
    expect(execFileSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'tools/check-script.ts'), good], { encoding: 'utf8' })).toMatch(/^ok: "Awry Mission"/);
  });
});
