import type { Place } from '../compiler/story';

/**
 * Screen layout: pure maths, unit-tested apart from Pixi. Landscape letterboxes a 16:9 scene;
 * portrait (phones) fills the screen and gives the text box the full width at a readable size.
 */

export interface Rect { x: number; y: number; width: number; height: number }

export interface Layout {
  orientation: 'landscape' | 'portrait';
  /** The canvas size in CSS pixels. */
  width: number;
  height: number;
  /** The area the background covers. */
  scene: Rect;
  textBox: Rect;
  /** The quick menu's strip (DOM buttons over the canvas): under the box on wide screens, inside its foot on phones. */
  quickBar: Rect;
  /** Where the text area ends (above the quick bar when it sits inside the box). */
  textBottom: number;
  /** Inner padding of the text box. */
  padding: number;
  fontSize: number;
  nameSize: number;
  /** Height at which a portrait is drawn, and the y of its bottom edge. */
  portraitHeight: number;
  portraitBottom: number;
}

const ASPECT = 16 / 9;
/** Where each place stands, as a fraction of the scene's width. */
const PLACE_X: Record<Place, number> = {
  'far-left': 0.1, left: 0.24, 'mid-left': 0.37, center: 0.5, 'mid-right': 0.63, right: 0.76, 'far-right': 0.9,
};

/** `textScale` is the reader's text size setting (1 = default). */
export function computeLayout(width: number, height: number, textScale = 1): Layout {
  return width >= height ? landscape(width, height, textScale) : portrait(width, height, textScale);
}

function landscape(width: number, height: number, textScale: number): Layout {
  const sceneW = Math.min(width, height * ASPECT);
  const sceneH = sceneW / ASPECT;
  const scene = { x: (width - sceneW) / 2, y: (height - sceneH) / 2, width: sceneW, height: sceneH };
  const boxH = sceneH * (0.25 + 0.12 * Math.max(0, textScale - 1));
  const margin = sceneW * 0.035;
  const fontSize = Math.max(15, Math.round(sceneH * 0.034 * textScale));
  const barH = Math.max(44, Math.round(sceneH * 0.048)); // thumb-sized on a landscape phone too
  const textBox = { x: scene.x + margin, y: scene.y + sceneH - boxH - barH - sceneH * 0.012, width: sceneW - 2 * margin, height: boxH };
  return {
    orientation: 'landscape', width, height, scene,
    textBox,
    quickBar: { x: textBox.x, y: textBox.y + boxH, width: textBox.width, height: barH },
    textBottom: textBox.y + boxH,
    padding: Math.round(sceneH * 0.03),
    fontSize,
    nameSize: Math.round(fontSize * 1.05),
    portraitHeight: sceneH * 0.9,
    portraitBottom: scene.y + sceneH,
  };
}

function portrait(width: number, height: number, textScale: number): Layout {
  const margin = Math.round(width * 0.03);
  const fontSize = Math.round(Math.min(22, Math.max(16, width * 0.047)) * textScale);
  const barH = 92; // two rows of thumb-sized buttons (44 px each)
  const boxH = Math.max(height * 0.3, fontSize * 8 + barH);
  const textBox = { x: margin, y: height - boxH - margin, width: width - 2 * margin, height: boxH };
  const portraitHeight = Math.min(height * 0.6, width * 1.45);
  const quickBar = { x: textBox.x + 4, y: textBox.y + boxH - barH - 4, width: textBox.width - 8, height: barH };
  return {
    orientation: 'portrait', width, height,
    scene: { x: 0, y: 0, width, height },
    textBox,
    quickBar,
    textBottom: quickBar.y,
    padding: Math.round(fontSize * 0.9),
    fontSize,
    nameSize: Math.round(fontSize * 1.05),
    portraitHeight,
    portraitBottom: textBox.y + portraitHeight * 0.3,
  };
}

/** The x of a place's centre (crowd.ts moves people from it when they would hide one another). */
export function placeX(layout: Layout, place: Place): number {
  const f = PLACE_X[place];
  const spread = layout.orientation === 'portrait' ? 1.1 : 1;
  return layout.scene.x + layout.scene.width * (0.5 + (f - 0.5) * spread);
}

/** Scale and offset that make a `w`x`h` image cover `rect` (centred crop). */
export function cover(rect: Rect, w: number, h: number): { scale: number; x: number; y: number } {
  const scale = Math.max(rect.width / w, rect.height / h);
  return { scale, x: rect.x + (rect.width - w * scale) / 2, y: rect.y + (rect.height - h * scale) / 2 };
}

/**
 * The text canvas covers the text box only (the typewriter then redraws a small canvas): its rect in
 * CSS pixels, on whole pixels with a 2 px margin. The page places the canvas there; the stage sizes it. Pure.
 */
export function textLayerRect(layout: Layout): Rect {
  const { x, y, width, height } = layout.textBox;
  const left = Math.floor(x) - 2;
  const top = Math.floor(y) - 2;
  return { x: left, y: top, width: Math.ceil(x + width) + 2 - left, height: Math.ceil(y + height) + 2 - top };
}
