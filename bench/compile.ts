/** Compile times: the real chapter, and generated scripts of 10,000 and 20,000 beats. */
import { resolve } from 'node:path';
import { compileScript } from '../src/compiler';
import type { SourceFile } from '../src/compiler';
import type { AssetIndex } from '../src/compiler/story';
import { readAssetIndex, readScriptFiles } from '../src/build/scriptFiles';

const CAST = ['iruka', 'sakura', 'tsunade', 'asuma'];

/** A script of `beats` beats in scenes of 100: narration, dialogue, shows and background changes. */
export function generatedScript(beats: number): SourceFile {
  const lines = ['title "Generated"', 'cast', ...CAST.map((c, i) => `  ${c} "${c}" color #${(0x808080 + i * 0x101010).toString(16)}`)];
  for (let n = 0, scene = 0; n < beats; scene++) {
    lines.push(`scene s${scene} "Scene ${scene}"`, '  bg ward-day with fade', '  ambience hospital-hum');
    for (let i = 0; i < 100 && n < beats; i++, n++) {
      const who = CAST[(n + scene) % CAST.length]!;
      if (i % 10 === 0) lines.push(`  show ${who} neutral at ${['left', 'center', 'right'][i % 3]}`);
      lines.push(i % 3 === 0 ? `  Line ${n} of the story goes on, quietly.` : `  ${who}: "Line ${n}, said aloud with feeling."`);
    }
  }
  return { name: 'generated.vn', text: lines.join('\n') + '\n' };
}

const generatedAssets: AssetIndex = {
  bg: new Set(['ward-day']),
  portraits: new Set(CAST.map((c) => `${c}-neutral`)),
  audio: new Set(['hospital-hum']),
};

/** Median of `runs` timings of `fn`, in ms. */
function time(fn: () => void, runs: number): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

export function measureCompile(root: string) {
  const files = readScriptFiles(resolve(root, 'script'));
  const assets = readAssetIndex(resolve(root, 'assets'));
  const chapter = compileScript(files, { assets });
  if (!chapter.story) throw new Error('the chapter does not compile: run npm run check');
  const g10 = [generatedScript(10_000)];
  const g20 = [generatedScript(20_000)];
  const check = compileScript(g10, { assets: generatedAssets });
  if (check.story?.beats.length !== 10_000) throw new Error('the generated script did not compile to 10,000 beats');
  time(() => compileScript(g20, { assets: generatedAssets }), 2); // warm the JIT
  const compile10kMs = time(() => compileScript(g10, { assets: generatedAssets }), 5);
  const compile20kMs = time(() => compileScript(g20, { assets: generatedAssets }), 5);
  return {
    chapterBeats: chapter.story.beats.length,
    compileChapterMs: time(() => compileScript(files, { assets }), 21),
    compile10kMs,
    compile20kMs,
    compileGrowth: compile20kMs / compile10kMs,
  };
}
