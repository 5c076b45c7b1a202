/**
 * `npm run reliability`: the saves layer's reliability figures on the real chapter, in Node on
 * fake-indexeddb (tools/saves/trials.ts says what each trial does). `npm run reliability:browser`
 * runs the same trials against Chromium's IndexedDB and adds the pixel round trips.
 * Exits 1 when any trial misbehaves.
 */
import 'fake-indexeddb/auto';
import { compileChapter } from './manifest';
import { describeFigures, runTrials } from './trials';

const story = compileChapter(process.cwd());
if (!story) process.exit(1);
const figures = await runTrials(story, indexedDB);

console.log(`saves reliability on "${story.title}" (${story.scenes.length} scenes, ${story.beats.length} beats), fake-indexeddb in Node`);
for (const line of describeFigures(figures)) console.log(line);
if (figures.problems.length > 0) {
  console.error(`\n${figures.problems.length} trial(s) misbehaved:\n${figures.problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
console.log('all trials behaved');
