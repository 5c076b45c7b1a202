import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { autoDelay } from '../../src/story/playerMachine';
import { SETTINGS_KEY, defaultSettings, loadSettings, parseSettings, saveSettings, type Settings } from '../../src/saves/settings';

/** An in-memory Storage, enough for the settings module. */
class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
}

const withRecord = (raw: string): MemoryStorage => {
  const storage = new MemoryStorage();
  storage.setItem(SETTINGS_KEY, raw);
  return storage;
};

const refusing = (error: string) => () => {
  throw new DOMException('The operation is insecure.', error);
};

const settingsArb: fc.Arbitrary<Settings> = fc.record({
  version: fc.constant(1 as const),
  textSpeed: fc.oneof(fc.constant(0), fc.double({ min: 10, max: 150, noNaN: true })),
  autoBaseMs: fc.double({ min: 300, max: 6000, noNaN: true }),
  autoPerCharMs: fc.double({ min: 0, max: 120, noNaN: true }),
  skipUnseen: fc.boolean(),
  skipStopAtScene: fc.boolean(),
  masterVolume: fc.double({ min: 0, max: 1, noNaN: true }),
  ambienceVolume: fc.double({ min: 0, max: 1, noNaN: true }),
  soundVolume: fc.double({ min: 0, max: 1, noNaN: true }),
  muted: fc.boolean(),
  textScale: fc.double({ min: 0.85, max: 1.5, noNaN: true }),
  reducedMotion: fc.boolean(),
  captions: fc.boolean(),
});

describe('settings defaults', () => {
  it('reads at 45 characters per second with sound on, and follows the system for motion', () => {
    const defaults = defaultSettings(false);
    expect(defaults).toMatchObject({ version: 1, textSpeed: 45, autoBaseMs: 1200, autoPerCharMs: 35, muted: false, captions: true });
    expect(defaults.reducedMotion).toBe(false);
    expect(defaultSettings(true).reducedMotion).toBe(true);
    expect(parseSettings(defaults)).toEqual(defaults);
  });
});

describe('loading and saving settings', () => {
  it('gives the defaults without a notice when nothing was saved', () => {
    expect(loadSettings(new MemoryStorage(), true)).toEqual({ settings: defaultSettings(true), notice: null });
  });

  it('reads back what it saved', () => {
    const storage = new MemoryStorage();
    const mine: Settings = { ...defaultSettings(false), textSpeed: 0, masterVolume: 0.25, reducedMotion: true, textScale: 1.3 };
    expect(saveSettings(storage, mine)).toBe(true);
    expect(loadSettings(storage, false)).toEqual({ settings: mine, notice: null });
  });

  const valid = JSON.stringify(defaultSettings(false));
  const bad: [string, string][] = [
    ['corrupt JSON', '{"version":1,'],
    ['an empty string', ''],
    ['a wrong type', valid.replace('"muted":false', '"muted":"no"')],
    ['a missing key', JSON.stringify({ ...defaultSettings(false), captions: undefined })],
    ['a text speed between instant and the slowest', valid.replace('"textSpeed":45', '"textSpeed":5')],
    ['a volume above 1', valid.replace('"masterVolume":0.8', '"masterVolume":1.2')],
    ['a negative per-character time', valid.replace('"autoPerCharMs":35', '"autoPerCharMs":-1')],
    ['a text size too small', valid.replace('"textScale":1', '"textScale":0.5')],
    ['version 0', valid.replace('"version":1', '"version":0')],
    ['version 2', valid.replace('"version":1', '"version":2')],
    ['an array', '[1,2,3]'],
    ['null', 'null'],
    ['a number', '42'],
    ['a __proto__ payload', '{"__proto__": {"polluted": true}}'],
    ['a constructor payload', '{"constructor": {"prototype": {"polluted": true}}}'],
  ];
  it.each(bad)('resets %s to the defaults with a notice, and replaces the record', (_, raw) => {
    const storage = withRecord(raw);
    const { settings, notice } = loadSettings(storage, false);
    expect(settings).toEqual(defaultSettings(false));
    expect(notice).toMatch(/reset to the defaults/);
    expect(JSON.parse(storage.getItem(SETTINGS_KEY)!)).toEqual(defaultSettings(false));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps a valid record but drops extra keys, __proto__ and constructor included, without polluting Object.prototype', () => {
    const raw = valid.replace('{', '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"extra":1,');
    const { settings, notice } = loadSettings(withRecord(raw), false);
    expect(notice).toBeNull();
    expect(settings).toEqual(defaultSettings(false));
    expect(Object.keys(settings)).not.toContain('extra');
    expect(Object.getPrototypeOf(settings)).toBe(Object.prototype);
    expect(Object.hasOwn(settings, 'constructor')).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('gives the defaults with a notice, and never throws, when the storage refuses', () => {
    const blocked = { getItem: refusing('SecurityError'), setItem: refusing('SecurityError') };
    const { settings, notice } = loadSettings(blocked, true);
    expect(settings).toEqual(defaultSettings(true));
    expect(notice).toEqual(expect.any(String));
    expect(loadSettings(null, false)).toEqual({ settings: defaultSettings(false), notice: expect.any(String) });
  });

  it('still resets a bad record when the storage will not take the replacement', () => {
    const full = { getItem: () => 'nonsense', setItem: refusing('QuotaExceededError') };
    expect(loadSettings(full, false)).toEqual({ settings: defaultSettings(false), notice: expect.stringMatching(/reset/) });
  });

  it('reports false when the storage refuses a save', () => {
    expect(saveSettings({ setItem: refusing('QuotaExceededError') }, defaultSettings(false))).toBe(false);
    expect(saveSettings(null, defaultSettings(false))).toBe(false);
  });
});

describe('auto-advance delay', () => {
  it('is the base plus the time per character', () => {
    expect(autoDelay(0, { autoBaseMs: 1200, autoPerCharMs: 35 })).toBe(1200);
    expect(autoDelay(40, { autoBaseMs: 1200, autoPerCharMs: 35 })).toBe(2600);
    expect(autoDelay(-5, { autoBaseMs: 1200, autoPerCharMs: 35 })).toBe(1200);
    expect(autoDelay(Number.NaN, { autoBaseMs: 1200, autoPerCharMs: 35 })).toBe(1200);
  });

  it('never shortens as the line grows, for any valid settings', () => {
    fc.assert(
      fc.property(settingsArb, fc.integer({ min: -10, max: 5000 }), fc.integer({ min: 0, max: 5000 }), (settings, length, more) => {
        expect(autoDelay(length + more, settings)).toBeGreaterThanOrEqual(autoDelay(length, settings));
      }),
    );
  });
});

describe('parseSettings', () => {
  it('accepts exactly what a JSON round trip of valid settings gives back', () => {
    fc.assert(
      fc.property(settingsArb, (settings) => {
        expect(parseSettings(JSON.parse(JSON.stringify(settings)))).toEqual(settings);
      }),
    );
  });

  it('refuses NaN and infinite numbers, which JSON cannot carry but other callers might pass', () => {
    expect(parseSettings({ ...defaultSettings(false), textSpeed: Number.POSITIVE_INFINITY })).toBeNull();
    expect(parseSettings({ ...defaultSettings(false), masterVolume: Number.NaN })).toBeNull();
    expect(parseSettings(undefined)).toBeNull();
  });
});
