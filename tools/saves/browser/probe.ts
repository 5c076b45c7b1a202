/**
 * The reliability trials as a page script: tools/saves/reliability-browser.ts builds this into a bundle,
 * serves it beside the game (same origin, so the same IndexedDB) and calls `window.reliability(story)`.
 */
import type { Story } from '../../../src/compiler/story';
import { runTrials, type Figures } from '../trials';

(window as unknown as { reliability: (story: Story) => Promise<Figures> }).reliability = (story) => runTrials(story, indexedDB);
