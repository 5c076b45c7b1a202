/**
 * The save file format restated on its own, to judge what a mutated file must do: refused, or accepted
 * and landing on a named line. It shares no code with src/saves (only the platform's UTF-8 decoder and
 * JSON.parse), so a hostile case's expectation cannot drift with the code it checks. Pure.
 */
/**
 * Where an accepted save must resume: the saved beat; the first line of the saved scene (the beat id was
 * changed); the chapter's first line (beat and scene ids both changed, to ids the story does not have).
 */
export type Landing = 'beat' | 'scene' | 'chapter';
export type Outcome = { expect: 'refuse'; reason?: RegExp } | { expect: 'accept'; lands: Landing };

export const FIELDS = ['format', 'version', 'slot', 'kind', 'savedAt', 'revision', 'beatId', 'sceneId', 'sceneTitle', 'preview', 'thumbnail'] as const;
const MAX_BYTES = 400 * 1024;

const string = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const id = (v: unknown) => string(v, 200) && /^[A-Za-z0-9_][A-Za-z0-9_-]*$/.test(v);
const plain = (max: number) => (v: unknown) => string(v, max) && !/[\u0000-\u001f\u007f]/.test(v);
const SLOTS = /^(?:manual-[1-9]-[1-6]|quick|auto-[1-3])$/;
const kindOf = (slot: string) => (slot === 'quick' ? 'quick' : slot.startsWith('auto-') ? 'auto' : 'manual');

/** ISO 8601 date and time with a zone, on a day the calendar has. */
function datetime(v: unknown): boolean {
  if (!string(v, 40)) return false;
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):(\d{2}))$/.exec(v);
  if (!m) return false;
  const [y, mo, d, h, mi, s = '0', oh = '0', om = '0'] = m.slice(1) as string[];
  const day = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  const realDay = day.getUTCFullYear() === Number(y) && day.getUTCMonth() === Number(mo) - 1 && day.getUTCDate() === Number(d);
  return realDay && Number(h) < 24 && Number(mi) < 60 && Number(s) < 60 && Number(oh) < 24 && Number(om) < 60;
}

const RULES: Record<(typeof FIELDS)[number], (v: unknown) => boolean> = {
  format: (v) => v === 'awry-mission-save',
  version: (v) => v === 1,
  slot: (v) => string(v, 20) && SLOTS.test(v),
  kind: (v) => v === 'manual' || v === 'quick' || v === 'auto',
  savedAt: datetime,
  revision: (v) => Number.isSafeInteger(v) && (v as number) >= 1,
  beatId: id,
  sceneId: id,
  sceneTitle: plain(120),
  preview: plain(160),
  thumbnail: (v) => v === null || (string(v, 250_000) && /^data:image\/(?:webp|jpeg);base64,[A-Za-z0-9+/]*={0,2}$/.test(v)),
};

/** What a correct reader must do with `bytes`, a file grown from the valid save `base`. */
export function expectedOutcome(bytes: Uint8Array, base: Record<string, unknown>): Outcome {
  if (bytes.byteLength > MAX_BYTES) return { expect: 'refuse', reason: /too large/ };
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    return error instanceof SyntaxError ? { expect: 'refuse' } : { expect: 'refuse', reason: /not text/ };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { expect: 'refuse' };
  const save = data as Record<string, unknown>;
  const keys = Object.keys(save);
  if (keys.length !== FIELDS.length || !FIELDS.every((f) => Object.hasOwn(save, f))) return { expect: 'refuse' };
  if (!FIELDS.every((f) => RULES[f](save[f]))) return { expect: 'refuse' };
  if (kindOf(save.slot as string) !== save.kind) return { expect: 'refuse' };
  const lands: Landing = save.beatId === base.beatId ? 'beat' : save.sceneId === base.sceneId ? 'scene' : 'chapter';
  return { expect: 'accept', lands };
}
