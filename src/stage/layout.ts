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

export function computeLayout(width: number, height: number): Layout {
  return width >= height ? landscape(width, height) : portrait(width, height);
}

function landscape(width: number, height: number): Layout {
  const sceneW = Math.min(width, height * ASPECT);
  const sceneH = sceneW / ASPECT;
  const scene = { x: (width - sceneW) / 2, y: (height - sceneH) / 2, width: sceneW, height: sceneH };
  const boxH = sceneH * 0.27;
  const margin = sceneW * 0.035;
  const fontSize = Math.max(15, Math.round(sceneH * 0.034));
  return {
    orientation: 'landscape', width, height, scene,
    textBox: { x: scene.x + margin, y: scene.y + sceneH - boxH - sceneH * 0.03, width: sceneW - 2 * margin, height: boxH },
    padding: Math.round(sceneH * 0.03),
    fontSize,
    nameSize: Math.round(fontSize * 1.05),
    portraitHeight: sceneH * 0.9,
    portraitBottom: scene.y + sceneH,
  };
}

function portrait(width: number, height: number): Layout {
  const margin = Math.round(width * 0.03);
  const fontSize = Math.round(Math.min(22, Math.max(16, width * 0.047)));
  const boxH = Math.max(height * 0.3, fontSize * 9);
  const textBox = { x: margin, y: height - boxH - margin, width: width - 2 * margin, height: boxH };
  const portraitHeight = Math.min(height * 0.6, width * 1.45);
  return {
    orientation: 'portrait', width, height,
    scene: { x: 0, y: 0, width, height },
    textBox,
    padding: Math.round(fontSize * 0.9),
    fontSize,
    nameSize: Math.round(fontSize * 1.05),
    portraitHeight,
    portraitBottom: textBox.y + portraitHeight * 0.3,
  };
}

/** The x of a place's centre. Crowds on a phone draw closer together around the middle. */
export function placeX(layout: Layout, place: Place): number {
  const f = PLACE_X[place];
  const spread = layout.orientation === 'portrait' ? 1.1 : 1;
  return layout.scene.x + layout.scene.width * (0.5 + (f - 0.5) * spread);
}

/** Portrait scale so `count` characters fit: crowds stand a little smaller. */
export function crowdScale(layout: Layout, count: number): number {
  if (count <= 3) return 1;
  return layout.orientation === 'portrait' ? 0.8 : 0.88;
}

/** Scale and offset that make a `w`x`h` image cover `rect` (centred crop). */
export function cover(rect: Rect, w: number, h: number): { scale: number; x: number; y: number } {
  const scale = Math.max(rect.width / w, rect.height / h);
  return { scale, x: rect.x + (rect.width - w * scale) / 2, y: rect.y + (rect.height - h * scale) / 2 };
}
