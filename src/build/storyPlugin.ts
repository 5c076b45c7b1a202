import { resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { compileScript, formatReport } from '../compiler';
import type { Story } from '../compiler/story';
import { readAssetIndex, readScriptFiles } from './scriptFiles';

export const STORY_MODULE = 'virtual:awry-story';
const RESOLVED = `\0${STORY_MODULE}`;
/** The custom HMR event that carries a recompiled story to the page. */
export const STORY_EVENT = 'awry:story';

interface Compiled {
  story: Story | null;
  /** The same report `npm run check` prints; empty when there is nothing to say. */
  report: string;
}

/**
 * Compiles the scene script (from `script/story.vn`) into the virtual module `virtual:awry-story`
 * (the Story as JSON). Errors fail `vite build` and show in the dev overlay with file:line:column;
 * saving a script while `npm start` runs sends the new story to the page, which keeps the reader's place.
 */
export function storyPlugin(root = process.cwd()): Plugin {
  const scriptDir = resolve(root, 'script');
  const assetsDir = resolve(root, 'assets');
  let building = false;
  const compile = (): Compiled => {
    const files = readScriptFiles(scriptDir);
    const { story, diagnostics } = compileScript(files, { assets: readAssetIndex(assetsDir) });
    return { story, report: diagnostics.length ? formatReport(diagnostics, files) : '' };
  };

  return {
    name: 'awry-story',
    configResolved(config) {
      building = config.command === 'build';
    },
    resolveId: (id) => (id === STORY_MODULE ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      const { story, report } = compile();
      for (const file of readScriptFiles(scriptDir)) this.addWatchFile(resolve(root, file.name));
      if (!story) {
        const message = `The scene script has errors:\n${report}`;
        if (building && isViteCli()) return stopBuild(message);
        // An own `kind` makes rolldown print the message alone, with no plugin frames under it.
        this.error(Object.assign(new Error(message), { kind: 'SCRIPT_ERROR', stack: '' }));
      }
      if (report) this.warn(report);
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(story))});`;
    },
    configureServer(server) {
      server.watcher.add(scriptDir);
      const onChange = (file: string) => {
        if (file.startsWith(scriptDir) && file.endsWith('.vn')) pushStory(server, compile());
      };
      server.watcher.on('change', onChange);
      server.watcher.on('add', onChange);
      server.watcher.on('unlink', onChange);
    },
    handleHotUpdate({ file }) {
      // The story is pushed by the watcher above; stop vite from reloading the whole page for it.
      if (file.startsWith(scriptDir) && file.endsWith('.vn')) return [];
      return undefined;
    },
  };
}

/** True when the `vite` command runs this process (not a program or test that builds through the API). */
function isViteCli(): boolean {
  return /[\\/](vite[\\/]bin[\\/]vite\.js|\.bin[\\/]vite)$/.test(process.argv[1] ?? '');
}

/**
 * `vite build` on a broken script ends with the same report as `npm run check` and exit code 1,
 * not with the bundler's wrapper error and its internal stack trace. The process ends once the
 * report has been written; the build waits for that and never resumes.
 */
function stopBuild(message: string): Promise<never> {
  return new Promise(() => {
    process.stderr.write(`${message}\n`, () => process.exit(1));
  });
}

function pushStory(server: ViteDevServer, { story, report }: Compiled): void {
  const mod = server.moduleGraph.getModuleById(RESOLVED);
  if (mod) server.moduleGraph.invalidateModule(mod);
  if (story) {
    server.ws.send({ type: 'custom', event: STORY_EVENT, data: story });
    if (report) server.config.logger.warn(report);
  } else {
    server.config.logger.error(`The scene script has errors:\n${report}`);
    server.ws.send({ type: 'error', err: { message: `The scene script has errors:\n${report}`, stack: '', plugin: 'awry-story' } });
  }
}
