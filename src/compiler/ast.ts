import type { Effect, Place, RichText, Span, Transition } from './story';

/**
 * The syntax tree: what the writer typed, with spans. Only `lower.ts` turns it into beats.
 */

export interface Name {
  value: string;
  span: Span;
}

export interface TitleNode { kind: 'title'; text: string; span: Span }
export interface CastEntryNode { kind: 'cast-entry'; id: Name; name: string; color: string; span: Span }
export interface SceneNode {
  kind: 'scene';
  id: Name;
  title: string;
  body: SceneStatement[];
  /** Some line of the body could not be read (and was reported): say nothing more about the body. */
  unread: boolean;
  span: Span;
}

export type TopLevel = TitleNode | SceneNode | { kind: 'cast'; entries: CastEntryNode[]; span: Span };
/** `include "chapter-2.vn"`: that file's statements stand here. Only `include.ts` sees these. */
export interface IncludeNode { kind: 'include'; path: string; span: Span }

export interface BgNode { kind: 'bg'; asset: Name; transition: Transition | null; span: Span }
export interface ShowNode {
  kind: 'show';
  who: Name;
  expression: Name | null;
  place: Place | null;
  transition: Transition | null;
  span: Span;
}
export interface HideNode { kind: 'hide'; who: Name | 'all'; transition: Transition | null; span: Span }
export interface AmbienceNode { kind: 'ambience'; asset: Name | null; span: Span }
export interface SfxNode { kind: 'sfx'; asset: Name; span: Span }
export interface EffectNode { kind: 'effect'; effects: Effect[]; span: Span }
/** `text` is plain (markup removed); `rich` holds the markup, when there is any. */
export interface NarrateNode {
  kind: 'narrate';
  text: string;
  rich?: RichText;
  /** Set when the line opens like dialogue by a capitalised name (`Sakura: Hi.`, `Iruka "Yes."`); check.ts warns if the name is in the cast. */
  label?: Name;
  span: Span;
}
export interface SayNode { kind: 'say'; speaker: Name; expression: Name | null; text: string; rich?: RichText; span: Span }

export type SceneStatement = BgNode | ShowNode | HideNode | AmbienceNode | SfxNode | EffectNode | NarrateNode | SayNode;

/** One file as parsed: includes still in place. */
export interface ParsedFile {
  items: (TopLevel | IncludeNode)[];
}

/** The whole story, includes resolved, in the order it plays. */
export interface Script {
  items: TopLevel[];
}

/** Exhaustiveness guard for switches over node kinds. */
export function assertNever(value: never): never {
  throw new Error(`unexpected node: ${JSON.stringify(value)}`);
}
