import type { Name, SceneStatement } from './ast';
import type { TokenCursor } from './cursor';
import type { DiagnosticSink } from './diagnostics';
import type { Token } from './lexer';
import { EFFECTS, PLACES, TRANSITIONS } from './story';
import type { Effect, Place, Span, Transition, TransitionKind } from './story';

/**
 * The statement table: one parse function per scene command. A new command is one entry here,
 * one case in `lower.ts` and one fixture.
 */
type ParseCommand = (cursor: TokenCursor, span: Span, sink: DiagnosticSink) => SceneStatement | null;

export const DEFAULT_DURATION: Record<TransitionKind, number> = { cut: 0, fade: 1000, dissolve: 800 };
const MIN_SECONDS = 0.2;
const MAX_SECONDS = 10;

export const sceneStatements: Record<string, ParseCommand> = {
  bg(cursor, span, sink) {
    const asset = cursor.expectWord('a background id, e.g. `bg forest-dusk`');
    if (!asset) return null;
    const transition = parseWith(cursor, sink);
    if (transition === undefined || !cursor.expectEnd('the background')) return null;
    return { kind: 'bg', asset: toName(asset), transition, span };
  },

  show(cursor, span, sink) {
    const who = cursor.expectWord('who to show, e.g. `show iruka worried at left`');
    if (!who) return null;
    const expression = cursor.peek()?.kind === 'word' && !['at', 'with'].includes(cursor.peek()!.value) ? toName(cursor.next()!) : null;
    let place: Place | null = null;
    if (cursor.accept('at')) {
      const token = cursor.expectWord(`a place (${PLACES.join(', ')})`);
      if (!token) return null;
      if (!isOneOf(PLACES, token.value)) {
        sink.error(token.span, `unknown place '${token.value}'; places are ${PLACES.join(', ')}`);
        return null;
      }
      place = token.value;
    }
    const transition = parseWith(cursor, sink);
    if (transition === undefined || !cursor.expectEnd(`show ${who.value}`)) return null;
    return { kind: 'show', who: toName(who), expression, place, transition, span };
  },

  hide(cursor, span, sink) {
    const who = cursor.expectWord('who to hide, or `all`');
    if (!who) return null;
    const transition = parseWith(cursor, sink);
    if (transition === undefined || !cursor.expectEnd(`hide ${who.value}`)) return null;
    return { kind: 'hide', who: who.value === 'all' ? 'all' : toName(who), transition, span };
  },

  ambience(cursor, span) {
    const asset = cursor.expectWord('an ambience id, or `none`');
    if (!asset || !cursor.expectEnd('the ambience')) return null;
    return { kind: 'ambience', asset: asset.value === 'none' ? null : toName(asset), span };
  },

  sfx(cursor, span) {
    const asset = cursor.expectWord('a sound id, e.g. `sfx door-slide`');
    if (!asset || !cursor.expectEnd('the sound')) return null;
    return { kind: 'sfx', asset: toName(asset), span };
  },

  effect(cursor, span, sink) {
    const effects: Effect[] = [];
    if (cursor.accept('none')) return cursor.expectEnd('`effect none`') ? { kind: 'effect', effects, span } : null;
    let ok = true;
    for (let t = cursor.next(); t; t = cursor.next()) {
      if (t.kind === 'word' && isOneOf(EFFECTS, t.value)) {
        if (!effects.includes(t.value)) effects.push(t.value);
      } else {
        sink.error(t.span, `unknown effect '${t.value}'; effects are ${EFFECTS.join(', ')}, or none`);
        ok = false;
      }
    }
    if (ok && effects.length === 0) {
      sink.error(span, `\`effect\` needs one or more of ${EFFECTS.join(', ')}, or none`);
      ok = false;
    }
    return ok ? { kind: 'effect', effects, span } : null;
  },
};

/** `with <transition> [seconds]`; null when absent, undefined after an error. */
function parseWith(cursor: TokenCursor, sink: DiagnosticSink): Transition | null | undefined {
  if (!cursor.accept('with')) return null;
  const kind = cursor.expectWord(`a transition (${TRANSITIONS.join(', ')})`);
  if (!kind) return undefined;
  if (!isOneOf(TRANSITIONS, kind.value)) {
    sink.error(kind.span, `unknown transition '${kind.value}'; transitions are ${TRANSITIONS.join(', ')}`);
    return undefined;
  }
  const time = cursor.peek();
  if (time?.kind !== 'duration') return { kind: kind.value, duration: DEFAULT_DURATION[kind.value] };
  cursor.next();
  const seconds = Number(time.value.slice(0, -1));
  if (kind.value === 'cut' || seconds < MIN_SECONDS || seconds > MAX_SECONDS) {
    sink.error(time.span, kind.value === 'cut' ? 'a cut takes no time' : `a transition lasts ${MIN_SECONDS}s to ${MAX_SECONDS}s`);
    return undefined;
  }
  return { kind: kind.value, duration: Math.round(seconds * 1000) };
}

function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

function toName(token: Token): Name {
  return { value: token.value, span: token.span };
}
