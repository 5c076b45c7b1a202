import type { Name, Script, SceneNode } from './ast';
import { assertNever } from './ast';
import type { DiagnosticSink } from './diagnostics';
import { sceneStatements } from './statements';
import type { AssetIndex, Span } from './story';
import { didYouMean } from './suggest';

/**
 * Static checks over the whole script: names resolve, ids are unique, assets exist.
 * Pure; reports every problem and never throws. Portrait files depend on who is on stage with
 * which expression, so `lower.ts` checks those.
 */
export function check(script: Script, sink: DiagnosticSink, start: Span, assets?: AssetIndex): void {
  const titles = script.items.filter((item) => item.kind === 'title');
  if (titles.length === 0) sink.error(start, 'the script has no `title "..."` line');
  for (const extra of titles.slice(1)) sink.error(extra.span, 'the title is already set; keep one `title` line');

  const cast = new Set<string>();
  for (const item of script.items) {
    if (item.kind !== 'cast') continue;
    for (const entry of item.entries) {
      if (cast.has(entry.id.value)) sink.error(entry.id.span, `'${entry.id.value}' is already in the cast`);
      else if (entry.id.value in sceneStatements) sink.error(entry.id.span, `'${entry.id.value}' is a command; a cast id needs another name`);
      cast.add(entry.id.value);
    }
  }

  const scenes = script.items.filter((item): item is SceneNode => item.kind === 'scene');
  if (scenes.length === 0 && titles.length > 0) sink.error(titles[0]!.span, 'the script has no scene');
  const seen = new Set<string>();
  for (const scene of scenes) {
    if (seen.has(scene.id.value)) sink.error(scene.id.span, `scene '${scene.id.value}' is defined twice; scene ids must be unique`);
    seen.add(scene.id.value);
    checkScene(scene, cast, sink, assets);
  }
}

function checkScene(scene: SceneNode, cast: ReadonlySet<string>, sink: DiagnosticSink, assets?: AssetIndex): void {
  const member = (name: Name, role: string): void => {
    if (!cast.has(name.value)) {
      sink.error(name.span, `unknown ${role} '${name.value}'${didYouMean(name.value, cast) || '; add them to the cast first'}`);
    }
  };
  const asset = (name: Name, kind: string, set: ReadonlySet<string> | undefined, file: string): void => {
    if (set && !set.has(name.value)) {
      sink.error(name.span, `unknown ${kind} '${name.value}': no ${file.replace('*', name.value)}${didYouMean(name.value, set)}`);
    }
  };
  if (!scene.unread && !scene.body.some((s) => s.kind === 'say' || s.kind === 'narrate')) {
    sink.error(scene.id.span, `scene '${scene.id.value}' has no lines to read`);
  }
  for (const s of scene.body) {
    switch (s.kind) {
      case 'say': member(s.speaker, 'speaker'); break;
      case 'show': member(s.who, 'character'); break;
      case 'hide': if (s.who !== 'all') member(s.who, 'character'); break;
      case 'bg': asset(s.asset, 'background', assets?.bg, 'assets/bg/*.svg'); break;
      case 'ambience': if (s.asset) asset(s.asset, 'ambience', assets?.audio, 'assets/audio/*.ogg'); break;
      case 'sfx': asset(s.asset, 'sound', assets?.audio, 'assets/audio/*.ogg'); break;
      case 'narrate': {
        const id = s.label?.value.toLowerCase();
        if (id !== undefined && cast.has(id)) {
          sink.warning(s.label!.span, `this line reads as narration, though it starts like dialogue by '${id}'; did you mean \`${id}: "..."\`? (to keep it as narration, put the whole line in double quotes)`);
        }
        break;
      }
      case 'effect':
        break;
      default:
        assertNever(s);
    }
  }
}

