/** Seeded pseudo-random numbers (mulberry32) so every run writes byte-identical SVGs. */
export class Rng {
  private s: number;

  constructor(seed: number) {
    this.s = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  range(lo: number, hi: number): number {
    return lo + (hi - lo) * this.next();
  }

  int(lo: number, hi: number): number {
    return Math.floor(this.range(lo, hi + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Roughly even spread: n points across [lo, hi], each jittered inside its slot. */
  spread(count: number, lo: number, hi: number, jitter = 0.8): number[] {
    const step = (hi - lo) / count;
    const out: number[] = [];
    for (let i = 0; i < count; i++) out.push(lo + step * (i + 0.5) + (this.next() - 0.5) * step * jitter);
    return out;
  }
}

/** One fixed seed per scene; changing it reshuffles only that scene. */
export const SEEDS = {
  forest: 0x5eed_0001,
  corridor: 0x5eed_0002,
  ward: 0x5eed_0003,
  title: 0x5eed_0004,
} as const;
