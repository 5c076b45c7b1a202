import type { SceneStatement } from './ast';
import type { DiagnosticSink } from './diagnostics';
import type { SourceLine } from './lexer';

/**
 * Warnings for a scene that reads on as if a new one had begun: a deleted `scene` line leaves its
 * lines indented under the scene before, so they would silently join it. Pure.
 *
 * Two signs, after the scene has shown at least one line:
 * - a comment at the left margin above indented lines (comments inside a scene are indented);
 * - the background and the ambience both change before the next line, as at a scene's start.
 * One warning per suspected break.
 */
export function warnMissingScene(read: readonly { line: SourceLine; node: SceneStatement }[], sink: DiagnosticSink): void {
  let linesRead = false;
  let bg: SceneStatement | null = null;
  let ambience = false;
  for (const { line, node } of read) {
    if (linesRead && line.afterMarginComment) {
      sink.warning(line.spanOf(0, line.content.length), 'a comment at the left margin, then more of this scene: is a `scene` line missing here? (indent the comment if it belongs to the scene)');
      linesRead = false;
      continue;
    }
    switch (node.kind) {
      case 'say':
      case 'narrate':
        linesRead = true;
        bg = null;
        ambience = false;
        break;
      case 'bg':
        bg = node;
        break;
      case 'ambience':
        ambience = true;
        break;
      default:
        break;
    }
    if (linesRead && bg && ambience) {
      sink.warning(bg.span, 'the background and the ambience both change mid-scene, as at the start of a scene: is a `scene` line missing above? (if not, change the ambience after the next line)');
      linesRead = false;
      bg = null;
      ambience = false;
    }
  }
}
