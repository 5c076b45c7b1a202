import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storyPlugin } from '../../src/build/storyPlugin';
import { compileScript, formatReport } from '../../src/compiler';
import { readAssetIndex, readScriptFiles } from '../../src/build/scriptFiles';

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
    error: (e: string | Error) => {
      throw typeof e === 'string' ? new Error(e) : e;
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
  }, 60_000); // spawns the check command: slow on a loaded machine

  it('the check report reaches a slow pipe whole (past 64 KiB), capped, ending with the count; the build stops with the same report', () => {
    // Long speaker names make each message long, so the capped report still overfills a pipe's buffer.
    const lines = Array.from({ length: 300 }, (_, i) => `  m${'i'.repeat(600)}${i}: "Hello."`);
    const dir = project({ 'story.vn': `title "T"\nscene s "S"\n${lines.join('\n')}\n` });
    const slow = spawnSync('bash', ['-c', 'set -o pipefail; "$0" "$1" "$2" | (sleep 1; cat)', join(root, 'node_modules/.bin/tsx'), join(root, 'tools/check-script.ts'), dir], { encoding: 'utf8', maxBuffer: 1 << 24 });
    expect(slow.status).toBe(1);
    expect(slow.stdout.length).toBeGreaterThan(128 * 1024);
    expect(slow.stdout.split('\n').slice(-4)).toEqual(['... and 100 more', '', '300 errors and 0 warnings in the scene script.', '']);
    const files = readScriptFiles(join(dir, 'script'));
    const report = formatReport(compileScript(files, { assets: readAssetIndex(join(dir, 'assets')) }).diagnostics, files);
    expect(slow.stdout).toBe(`${report}\n`);
    expect(load(dir).error).toBe(`The scene script has errors:\n${report}`);
  }, 60_000); // spawns the check command: slow on a loaded machine

  it('warnings print and pass; --strict fails on them', () => {
    const dir = project({ 'story.vn': 'title "T"\nscene s "S"\n  Line.\n', 'extra.vn': 'scene e "E"\n  Lost.\n' });
    const warning = 'script/extra.vn:1:1 warning: this file is not part of the story: nothing includes it (add `include "extra.vn"` to script/story.vn)';
    const lax = check(dir);
    expect(lax.status).toBe(0);
    expect(lax.stdout).toContain(warning);
    expect(lax.stdout).toMatch(/0 errors and 1 warning in the scene script\.\nok: "T", 1 scenes, 1 beats, 2 file\(s\)\.\n$/);
    const strict = check(dir, '--strict');
    expect(strict.status).toBe(1);
    expect(strict.stdout).toContain(warning);
    expect(strict.stdout).not.toContain('ok:');
  }, 60_000); // spawns the check command: slow on a loaded machine

  it('the story starts at script/story.vn and follows its includes, whatever the file names', () => {
    const dir = project({
      'story.vn': 'title "T"\ninclude "chapter-2.vn"\ninclude "chapter-10.vn"\n',
      'chapter-10.vn': 'scene ten "Ten"\n  Ten.\n',
      'chapter-2.vn': 'scene two "Two"\n  Two.\n',
    });
    const code = load(dir).code!;
    const story = JSON.parse(JSON.parse(code.slice('export default JSON.parse('.length, -2)) as string) as { scenes: { id: string }[] };
    expect(story.scenes.map((s) => s.id)).toEqual(['two', 'ten']);
  });

  it('vite build on a broken script prints the report and exits 1, with no stack trace', () => {
    const dir = project({ 'story.vn': BROKEN });
    writeFileSync(join(dir, 'index.html'), '<script type="module">import story from "virtual:awry-story"; console.log(story);</script>\n');
    writeFileSync(join(dir, 'vite.config.mjs'), `import { storyPlugin } from ${JSON.stringify(join(root, 'src/build/storyPlugin.ts'))};\nexport default { plugins: [storyPlugin(import.meta.dirname)], logLevel: 'silent' };\n`);
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'node_modules/vite/bin/vite.js'), 'build', dir, '--config', join(dir, 'vite.config.mjs')], {
      cwd: root, encoding: 'utf8', env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("script/story.vn:5:6 error: unknown background 'no-such-place'");
    expect(run.stderr).toContain('2 errors and 0 warnings in the scene script.');
    expect(run.stderr).not.toMatch(/^\s+at /m);
  }, 60_000);
});

/** Runs `npm run check` on a project, its output through a pipe. */
function check(dir: string, ...flags: string[]) {
  return spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'tools/check-script.ts'), ...flags, dir], { encoding: 'utf8' });
}
