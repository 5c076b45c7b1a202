import type { Beat, CastMember, SceneInfo, Story } from '../compiler/story';

export type Screen = 'title' | 'reading' | 'menu' | 'ended';

/** Everything the stage, audio and ui layers need to draw one moment. Plain data. */
export interface View {
  screen: Screen;
  /** The beat on stage, or null on the title and after the end. */
  beat: Beat | null;
  scene: SceneInfo | null;
  speaker: CastMember | null;
  /** True while the typewriter runs; false once the line shows in full. */
  typing: boolean;
  /** `performance.now()` when the line began typing. */
  lineStartedAt: number;
  charsPerSecond: number;
  auto: boolean;
  /** While skipping, lines show at once, transitions cut and sound waits for the landing. */
  skipping: boolean;
}

export interface PlayerFacts {
  screen: Screen;
  typing: boolean;
  lineStartedAt: number;
  charsPerSecond: number;
  auto: boolean;
  skipping: boolean;
}

/** Combines the story's position with what the player is doing. Pure. */
export function selectView(story: Story, beat: Beat | null, player: PlayerFacts): View {
  const onStage = player.screen === 'reading' || player.screen === 'menu';
  const shown = onStage ? beat : null;
  return {
    ...player,
    beat: shown,
    scene: shown ? story.scenes.find((s) => s.id === shown.scene) ?? null : null,
    speaker: shown?.speaker ? story.cast[shown.speaker] ?? null : null,
  };
}

/** The line as the text mirror reads it: `Sakura: Iruka-sensei, this way.`; narration bare. Pure. */
export function mirrorText(view: Pick<View, 'beat' | 'speaker'>): string {
  if (!view.beat) return '';
  return view.speaker ? `${view.speaker.name}: ${view.beat.text}` : view.beat.text;
}
