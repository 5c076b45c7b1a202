import type { Name, Script, SceneNode, SceneStatement, ShowNode } from './ast';
import { assertNever } from './ast';
import type { DiagnosticSink } from './diagnostics';
import { shortHash } from './hash';
import { didYouMean } from './suggest';
import { PLACES } from './story';
import type { AssetIndex, CastMember, Effect, SceneInfo, Span, Stage, StageActor, Story, Transition } from './story';

/**
 * Lowering: folds each scene's commands into the complete stage of every line, so that render,
 * rollback, skip and load all reduce to "show beat N". Beats that share a stage share the object.
 * Pure; the only module that reads the AST to build the Story.
 */

const CUT: Transition = { kind: 'cut', duration: 0 };
const EMPTY_STAGE: Stage = Object.freeze({ bg: null, cast: Object.freeze([]), ambience: null, effects: Object.freeze([]) });

/** What lowering reads and reports to, besides the node at hand. */
interface Context {
  story: Story;
  sink: DiagnosticSink;
  assets: AssetIndex | undefined;
  usedIds: Set<string>;
  /** The next suffix to try for each base id, so repeated lines cost O(1) each. */
  nextSuffix: Map<string, number>;
}

/** Mutable state while walking one scene. */
interface Walk {
  stage: Stage;
  sfx: string[];
  bgTransition: Transition;
  castTransition: Transition;
  /** A line of this scene could not be read, so who is on stage is uncertain: no stage warnings. */
  quiet: boolean;
}

export function lower(script: Script, sink: DiagnosticSink, assets?: AssetIndex): Story {
  const ctx: Context = { story: { title: '', cast: {}, scenes: [], beats: [] }, sink, assets, usedIds: new Set(), nextSuffix: new Map() };
  // The cast first, wherever it stands, so scenes in any file can use it.
  for (const item of script.items) {
    if (item.kind !== 'cast') continue;
    for (const e of item.entries) ctx.story.cast[e.id.value] ??= { name: e.name, color: e.color } satisfies CastMember;
  }
  // A scene id seen again was reported by check.ts; a set, not a search per scene, keeps this linear.
  const lowered = new Set<string>();
  for (const item of script.items) {
    switch (item.kind) {
      case 'title': ctx.story.title ||= item.text; break;
      case 'cast': break;
      case 'scene':
        if (lowered.has(item.id.value)) break;
        lowered.add(item.id.value);
        ctx.story.scenes.push(lowerScene(item, ctx));
        break;
      default: assertNever(item);
    }
  }
  return ctx.story;
}

function lowerScene(scene: SceneNode, ctx: Context): SceneInfo {
  const { story } = ctx;
  const info: SceneInfo = { id: scene.id.value, title: scene.title, firstBeat: story.beats.length, beatCount: 0 };
  const walk: Walk = { stage: EMPTY_STAGE, sfx: [], bgTransition: CUT, castTransition: CUT, quiet: scene.unread };
  let pendingSfx: Span | null = null;
  for (const statement of scene.body) {
    if (statement.kind !== 'say' && statement.kind !== 'narrate') {
      apply(walk, statement, ctx);
      if (statement.kind === 'sfx') pendingSfx = statement.span;
      continue;
    }
    const speaker = statement.kind === 'say' ? statement.speaker.value : null;
    if (statement.kind === 'say' && statement.expression) restyleSpeaker(walk, statement.speaker.value, statement.expression, ctx);
    story.beats.push({
      // The id hashes the plain text (markup and escapes resolved), so markup never moves an id.
      id: uniqueId(`${info.id}-${shortHash(`${speaker ?? ''}\u0000${statement.text}`)}`, ctx),
      index: story.beats.length,
      scene: info.id,
      speaker,
      text: statement.text,
      ...(statement.rich ? { rich: statement.rich } : {}),
      stage: walk.stage,
      sfx: walk.sfx,
      bgTransition: walk.bgTransition,
      castTransition: walk.castTransition,
      span: statement.span,
    });
    info.beatCount++;
    Object.assign(walk, { sfx: [], bgTransition: CUT, castTransition: CUT });
    pendingSfx = null;
  }
  if (pendingSfx && !walk.quiet) ctx.sink.warning(pendingSfx, 'this sound comes after the last line of the scene, so it never plays');
  return info;
}

function apply(walk: Walk, s: Exclude<SceneStatement, { kind: 'say' | 'narrate' }>, ctx: Context): void {
  switch (s.kind) {
    case 'bg':
      walk.stage = { ...walk.stage, bg: s.asset.value };
      walk.bgTransition = s.transition ?? CUT;
      break;
    case 'show':
      walk.stage = { ...walk.stage, cast: showActor(walk.stage.cast, s, ctx) };
      walk.castTransition = s.transition ?? walk.castTransition;
      break;
    case 'hide': {
      const who = s.who === 'all' ? null : s.who;
      const cast = who ? walk.stage.cast.filter((a) => a.id !== who.value) : [];
      if (who && cast.length === walk.stage.cast.length && who.value in ctx.story.cast && !walk.quiet) {
        ctx.sink.warning(who.span, `'${who.value}' is not on stage`);
      }
      walk.stage = { ...walk.stage, cast };
      walk.castTransition = s.transition ?? walk.castTransition;
      break;
    }
    case 'ambience':
      walk.stage = { ...walk.stage, ambience: s.asset?.value ?? null };
      break;
    case 'sfx':
      walk.sfx = [...walk.sfx, s.asset.value];
      break;
    case 'effect':
      walk.stage = { ...walk.stage, effects: [...s.effects] as Effect[] };
      break;
    default:
      assertNever(s);
  }
}

function showActor(cast: readonly StageActor[], s: ShowNode, ctx: Context): StageActor[] {
  const current = cast.find((a) => a.id === s.who.value);
  const expression = s.expression?.value ?? current?.expression ?? 'neutral';
  const place = s.place ?? current?.place ?? 'center';
  checkPortrait(s.who.value, expression, s.expression?.span ?? s.who.span, ctx);
  const others = cast.filter((a) => a.id !== s.who.value && a.place !== place);
  return sortByPlace([...others, { id: s.who.value, expression, place }]);
}

/**
 * `sakura worried: "..."` changes Sakura's portrait when she is on stage. Off stage the expression
 * shows nowhere, which a writer would not expect: a warning (and an error if there is no such portrait).
 */
function restyleSpeaker(walk: Walk, who: string, expression: Name, ctx: Context): void {
  const current = walk.stage.cast.find((a) => a.id === who);
  if (!current) {
    if (!checkPortrait(who, expression.value, expression.span, ctx) || !(who in ctx.story.cast) || walk.quiet) return;
    ctx.sink.warning(expression.span, `'${who}' is not on stage, so the expression '${expression.value}' shows nowhere; \`show ${who} ${expression.value}\` first, or drop it`);
    return;
  }
  if (current.expression === expression.value) return;
  checkPortrait(who, expression.value, expression.span, ctx);
  walk.stage = { ...walk.stage, cast: walk.stage.cast.map((a) => (a.id === who ? { ...a, expression: expression.value } : a)) };
}

/** False when the portrait is known to be missing (and reported). */
function checkPortrait(who: string, expression: string, span: Span, ctx: Context): boolean {
  // An unknown character is reported once, by check.ts; a missing portrait would only repeat it.
  if (!ctx.assets || !(who in ctx.story.cast)) return true;
  const id = `${who}-${expression}`;
  if (ctx.assets.portraits.has(id)) return true;
  const known = [...ctx.assets.portraits].filter((p) => p.startsWith(`${who}-`)).map((p) => p.slice(who.length + 1));
  ctx.sink.error(span, `unknown expression '${expression}' for '${who}': no assets/portraits/${id}.svg${didYouMean(expression, known)}`);
  return false;
}

function sortByPlace(cast: StageActor[]): StageActor[] {
  return cast.sort((a, b) => PLACES.indexOf(a.place) - PLACES.indexOf(b.place));
}

/**
 * Identical lines in one scene get -2, -3... in order, so ids stay stable and unique. The count per
 * base picks up where it stopped: linear in the number of lines, however many repeat.
 */
function uniqueId(base: string, ctx: Context): string {
  const used = ctx.usedIds;
  let id = base;
  let n = ctx.nextSuffix.get(base) ?? 2;
  if (used.has(id)) for (id = `${base}-${n}`; used.has(id); ) id = `${base}-${++n}`;
  if (id !== base) ctx.nextSuffix.set(base, n + 1);
  used.add(id);
  return id;
}
