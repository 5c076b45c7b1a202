/**
 * Composes one portrait from a character and an expression. The layer order is
 * the whole trick: back hair, body, neck, collars, pigtails, then the head and
 * everything on the face, then the front hair and what is worn over it.
 */
import { Doc } from './doc.ts';
import type { Character, Expression, Outfit } from './types.ts';
import { CX, g, H } from './svg.ts';
import { cigarette, headBandage, nurseCap, protector, senbon } from './parts/accessories.ts';
import { brows } from './parts/brows.ts';
import { eyes } from './parts/eyes.ts';
import { ears, facePath, head, neck, nose } from './parts/head.ts';
import { hair } from './parts/hair.ts';
import { mouth } from './parts/mouth.ts';
import { overMarks, skinMarks, sweat } from './parts/marks.ts';
import type { OutfitLayers, OutfitRecipe } from './parts/body.ts';
import { CIVIL } from './parts/outfits-civil.ts';
import { NINJA } from './parts/outfits-ninja.ts';

// Outfit recipes are split by setting: field gear and hospital/civilian clothes.
const OUTFITS: Partial<Record<Outfit, OutfitRecipe>> = { ...NINJA, ...CIVIL };

function outfit(doc: Doc, c: Character): OutfitLayers {
  const recipe = OUTFITS[c.body.outfit];
  if (!recipe) throw new Error(`no recipe for outfit ${c.body.outfit}`);
  return recipe(doc, c);
}

export function renderPortrait(c: Character, e: Expression): string {
  const doc = new Doc();
  const has = (m: Character['marks'][number]): boolean => c.marks.includes(m);
  const face = facePath(c);
  const hairLayers = hair(doc, c, (inner) => doc.inside(face, inner));
  const clothes = outfit(doc, c);
  // A mask is knitted to the shirt, so the neck takes the shirt colour.
  const neckPaint = has('mask') ? c.body.under : c.skin;

  const headParts = [
    hairLayers.back,
    ears(c),
    head(doc, c),
    skinMarks(doc, c),
    eyes(doc, c, e),
    has('mask') ? '' : nose(c) + mouth(c, e.mouth),
    overMarks(doc, c, e),
    brows(c, e),
    hairLayers.front,
    protector(doc, c),
    has('head-bandage') ? headBandage(doc, c) : '',
    has('nurse-cap') ? nurseCap(doc) : '',
    has('cigarette') ? cigarette() : '',
    has('senbon') ? senbon() : '',
    sweat(e),
  ];
  // Back hair must sit behind the body, so it is split off from the tilted head group.
  const tilt = `rotate(${c.tilt} ${CX} 450)`;
  const [back, ...front] = headParts;
  const figure = [
    clothes.back ?? '',
    g(back ?? '', tilt),
    neck(doc, c, neckPaint),
    clothes.base,
    clothes.top ?? '',
    hairLayers.tails,
    g(front.join(''), tilt),
  ].join('');
  // One height scale for everyone: scale about the bottom centre so the crop line stays put.
  const scaled = c.scale === 1 ? figure : g(figure, `translate(${CX} ${H}) scale(${c.scale}) translate(${-CX} ${-H})`);
  return doc.render(scaled);
}
