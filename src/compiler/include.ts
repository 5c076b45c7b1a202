import type { ParsedFile, Script, TopLevel } from './ast';
import { assertNever } from './ast';
import type { DiagnosticSink } from './diagnostics';
import type { Span } from './story';
import { didYouMean } from './suggest';

/**
 * Story order: the first file is where the story starts, and each `include "file.vn"` puts that
 * file's statements where the include stands. The order is written down, never taken from file
 * names. A file nothing includes is not part of the story, and a warning says so. Pure: files are
 * given by name, and `parseFile` reads one (each at most once).
 */
export function resolveIncludes(
  files: readonly { name: string }[],
  parseFile: (name: string) => ParsedFile,
  sink: DiagnosticSink,
): Script {
  const known = new Set(files.map((f) => f.name));
  const entry = files[0]?.name;
  const included = new Set<string>();
  const items: TopLevel[] = [];
  const reading: string[] = [];

  const read = (name: string): void => {
    included.add(name);
    reading.push(name);
    for (const item of parseFile(name).items) {
      switch (item.kind) {
        case 'include': {
          const target = joinPath(directory(name), item.path);
          if (!known.has(target)) {
            const hint = didYouMean(item.path, [...known].filter((f) => f.startsWith(directory(name))).map((f) => f.slice(directory(name).length)), '"');
            sink.error(item.span, `no file '${target}' to include${hint}`);
          } else if (reading.includes(target)) {
            sink.error(item.span, `'${target}' includes itself (${[...reading.slice(reading.indexOf(target)), target].join(' -> ')})`);
          } else if (included.has(target)) {
            sink.error(item.span, `'${target}' is already included; a file is part of the story once`);
          } else {
            read(target);
          }
          break;
        }
        case 'title':
        case 'cast':
        case 'scene':
          items.push(item);
          break;
        default:
          assertNever(item);
      }
    }
    reading.pop();
  };

  if (entry !== undefined) read(entry);
  for (const { name } of files) {
    if (included.has(name)) continue;
    const span: Span = { file: name, line: 1, column: 1, length: 1 };
    const dir = directory(entry!);
    // Includes resolve inside the including file's folder (no `../`): a file outside it must move first.
    const advice = name.startsWith(dir) ? `add \`include "${name.slice(dir.length)}"\` to ${entry}` : `move it into ${dir || 'the folder of ' + entry} and include it from ${entry}`;
    sink.warning(span, `this file is not part of the story: nothing includes it (${advice})`);
  }
  return { items };
}

/** `script/story.vn` -> `script/`. */
function directory(name: string): string {
  return name.slice(0, name.lastIndexOf('/') + 1);
}

function joinPath(dir: string, path: string): string {
  return dir + path.replace(/^\.\//, '');
}

