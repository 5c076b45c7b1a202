/**
 * Picks the outfit recipe for a character. The recipes are split by setting
 * (field gear in outfits-ninja.ts, hospital and civilian in outfits-civil.ts).
 */
import type { Doc } from '../doc.ts';
import type { Character, Outfit } from '../types.ts';
import type { OutfitLayers, OutfitRecipe } from './body.ts';
import { CIVIL } from './outfits-civil.ts';
import { NINJA } from './outfits-ninja.ts';

const RECIPES: Partial<Record<Outfit, OutfitRecipe>> = { ...NINJA, ...CIVIL };

export function outfit(doc: Doc, c: Character): OutfitLayers {
  const recipe = RECIPES[c.body.outfit];
  if (!recipe) throw new Error(`no recipe for outfit ${c.body.outfit}`);
  return recipe(doc, c);
}
