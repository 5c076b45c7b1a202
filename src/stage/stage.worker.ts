/**
 * The stage worker's entry: Pixi on the OffscreenCanvases the page transferred, fed by the stage
 * protocol. `pixi.js/unsafe-eval` swaps Pixi's generated shader code for precompiled functions, so the
 * worker runs under a Content-Security-Policy without 'unsafe-eval'.
 */
import { restoreSegmenter } from './segmenterOnDemand'; // before Pixi: see there
import 'pixi.js/unsafe-eval';
import { DOMAdapter } from 'pixi.js';
import type { Port, StageCommand, StageEvent } from './protocol';
import { serveStage } from './runtime';
import { Stage } from './Stage';
import { workerAdapter } from './workerAdapter';

restoreSegmenter();
DOMAdapter.set(workerAdapter);
// Nothing reads the worker's resource timings, and every art fetch would leave one behind (up to 250).
performance.setResourceTimingBufferSize(0);
serveStage(self as unknown as Port<StageEvent, StageCommand>, { loadFonts: true, create: (parts) => Stage.create(parts) });
