#!/usr/bin/env node
// Sound generator for Awry Mission.
//
// Synthesises every ambience loop and one-shot as float PCM in plain JS (no npm
// dependencies), with a seeded PRNG so every run produces the same samples, then
// pipes the samples to Debian's ffmpeg to encode assets/audio/<id>.ogg (Vorbis)
// and assets/audio/<id>.mp3 (LAME, the Safari fallback).
//
//   node tools/audio/generate.mjs            # all sounds
//   node tools/audio/generate.mjs forest-dusk door-slide   # some of them
//   node tools/audio/generate.mjs --wav /tmp/wav          # also write the raw WAVs
//
// Loops are built as truly cyclic signals: every noise source is a buffer of
// exactly one loop length, every stateful filter/reverb is run over the loop twice
// and only the second (steady-state) pass is kept, every modulation has a whole
// number of cycles per loop, and every event wraps around the end. The last sample
// therefore flows into the first exactly as any sample flows into the next.
//
// Loudness is normalised here with an ITU-R BS.1770 / EBU R128 meter (K-weighting,
// 400 ms blocks, -70 LUFS absolute and -10 LU relative gates) and a look-ahead
// peak limiter keeps sample peaks under the ceiling, so the files need no later
// processing. tools/audio/measure.sh re-measures the encoded files with ffmpeg.

import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SR = 48000;
const TAU = 2 * Math.PI;
const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = resolve(HERE, '../../assets/audio');

// Levels (see README): ambience sits quietly under reading, one-shots a little above.
const AMBIENCE_LUFS = -24;
const ONESHOT_LUFS = -18;
const CEILING_DB = -2.5; // sample-peak ceiling before encoding; lossy codecs overshoot a little

// ---------------------------------------------------------------- randomness

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** rng helpers bound to one seeded stream */
function rngKit(seed) {
  const u = mulberry32(seed);
  return {
    u,
    range: (a, b) => a + (b - a) * u(),
    white: () => 2 * u() - 1,
  };
}

function whiteBuf(n, rng) {
  const b = new Float64Array(n);
  for (let i = 0; i < n; i++) b[i] = rng.white();
  return b;
}

// ---------------------------------------------------------------- building blocks

/**
 * Cyclic processing: call fn(k) for k = 0..N-1 twice and keep the second pass,
 * so any stateful filter inside fn settles into its periodic steady state.
 */
let seamError = 0; // largest |third pass - second pass| seen at the start of any cyc() layer
function cyc(n, fn) {
  const out = new Float64Array(n);
  for (let k = 0; k < n; k++) fn(k);
  for (let k = 0; k < n; k++) out[k] = fn(k);
  // continue into a third pass for a few samples: it must repeat the second pass,
  // i.e. what follows out[n-1] is out[0]
  let scale = 0;
  for (let k = 0; k < n; k++) scale = Math.max(scale, Math.abs(out[k]));
  for (let k = 0; k < 64; k++) seamError = Math.max(seamError, Math.abs(fn(k) - out[k]) / (scale || 1));
  return out;
}

/** Linear (one-shot) processing over n samples. */
function lin(n, fn) {
  const out = new Float64Array(n);
  for (let k = 0; k < n; k++) out[k] = fn(k);
  return out;
}

/** RBJ cookbook biquad, transposed direct form II, coefficients settable per sample. */
class Biquad {
  constructor(type, f, q = Math.SQRT1_2, gainDb = 0) {
    this.z1 = 0;
    this.z2 = 0;
    this.type = type;
    this.set(f, q, gainDb);
  }
  set(f, q = this.q, gainDb = this.gainDb) {
    this.q = q;
    this.gainDb = gainDb;
    const w = (TAU * Math.min(f, SR * 0.45)) / SR;
    const cw = Math.cos(w);
    const sw = Math.sin(w);
    const alpha = sw / (2 * q);
    const A = Math.pow(10, gainDb / 40);
    let b0, b1, b2, a0, a1, a2;
    switch (this.type) {
      case 'lp':
        b0 = (1 - cw) / 2; b1 = 1 - cw; b2 = (1 - cw) / 2;
        a0 = 1 + alpha; a1 = -2 * cw; a2 = 1 - alpha;
        break;
      case 'hp':
        b0 = (1 + cw) / 2; b1 = -(1 + cw); b2 = (1 + cw) / 2;
        a0 = 1 + alpha; a1 = -2 * cw; a2 = 1 - alpha;
        break;
      case 'bp': // constant 0 dB peak gain
        b0 = alpha; b1 = 0; b2 = -alpha;
        a0 = 1 + alpha; a1 = -2 * cw; a2 = 1 - alpha;
        break;
      case 'peak':
        b0 = 1 + alpha * A; b1 = -2 * cw; b2 = 1 - alpha * A;
        a0 = 1 + alpha / A; a1 = -2 * cw; a2 = 1 - alpha / A;
        break;
      default:
        throw new Error(`unknown biquad ${this.type}`);
    }
    this.b0 = b0 / a0; this.b1 = b1 / a0; this.b2 = b2 / a0;
    this.a1 = a1 / a0; this.a2 = a2 / a0;
  }
  run(x) {
    const y = this.b0 * x + this.z1;
    this.z1 = this.b1 * x - this.a1 * y + this.z2;
    this.z2 = this.b2 * x - this.a2 * y;
    return y;
  }
}

/** Paul Kellet's pink-noise filter (-3 dB/oct), as a stateful function. */
function pinkFilter() {
  let b0 = 0, b1 = 0, b2 = 0, b3 = 0, b4 = 0, b5 = 0, b6 = 0;
  return (w) => {
    b0 = 0.99886 * b0 + w * 0.0555179;
    b1 = 0.99332 * b1 + w * 0.0750759;
    b2 = 0.969 * b2 + w * 0.153852;
    b3 = 0.8665 * b3 + w * 0.3104856;
    b4 = 0.55 * b4 + w * 0.5329522;
    b5 = -0.7616 * b5 - w * 0.016898;
    const y = b0 + b1 + b2 + b3 + b4 + b5 + b6 + w * 0.5362;
    b6 = w * 0.115926;
    return y * 0.11;
  };
}

/** Leaky integrator: brown-ish noise. */
function brownFilter(leak = 0.995) {
  let y = 0;
  return (w) => (y = leak * y + w * 0.1);
}

/** Small mono Freeverb-style reverb (4 damped combs + 2 allpasses). */
function reverb({ size = 0.8, damp = 0.3, scale = 1 } = {}) {
  const combLens = [1557, 1617, 1491, 1422].map((d) => Math.round((d * scale * SR) / 44100));
  const apLens = [556, 225].map((d) => Math.round((d * scale * SR) / 44100));
  const combs = combLens.map((len) => ({ buf: new Float64Array(len), i: 0, store: 0 }));
  const aps = apLens.map((len) => ({ buf: new Float64Array(len), i: 0 }));
  return (x) => {
    let out = 0;
    for (const c of combs) {
      const y = c.buf[c.i];
      c.store = y * (1 - damp) + c.store * damp;
      c.buf[c.i] = x * 0.015 + c.store * size;
      c.i = (c.i + 1) % c.buf.length;
      out += y;
    }
    for (const a of aps) {
      const b = a.buf[a.i];
      const y = -out + b;
      a.buf[a.i] = out + b * 0.5;
      a.i = (a.i + 1) % a.buf.length;
      out = y;
    }
    return out;
  };
}

/** sin with a whole number of cycles over the loop length n. */
const loopSin = (k, n, cycles, phase = 0) => Math.sin((TAU * cycles * k) / n + phase);

/** Slow swell in [0,1] built from whole-cycle sines, deterministic per seed. */
function swell(n, rng, cycles = [1, 2, 3, 5], weights = [0.5, 0.35, 0.25, 0.15]) {
  const ph = cycles.map(() => rng.range(0, TAU));
  const total = weights.reduce((a, b) => a + b, 0);
  return (k) => {
    let s = 0;
    for (let j = 0; j < cycles.length; j++) s += weights[j] * loopSin(k, n, cycles[j], ph[j]);
    return 0.5 + 0.5 * (s / total);
  };
}

/** Add event samples into buf at start; wraps around the end when cyclic. */
function place(buf, start, ev, gain = 1, cyclic = true) {
  const n = buf.length;
  const s0 = Math.round(start);
  for (let j = 0; j < ev.length; j++) {
    let idx = s0 + j;
    if (cyclic) idx = ((idx % n) + n) % n;
    else if (idx < 0 || idx >= n) continue;
    buf[idx] += ev[j] * gain;
  }
}

const mix = (...layers) => {
  const n = layers[0][0].length;
  const out = new Float64Array(n);
  for (const [buf, g] of layers) for (let i = 0; i < n; i++) out[i] += buf[i] * g;
  return out;
};

/**
 * Mix layers given as [buffer, loudness in LU relative to the mix's reference]:
 * each layer is scaled so its own gated integrated loudness is that many LU, so the
 * balance reads in loudness terms (sparse layers are measured while they sound).
 */
function mixLU(...layers) {
  return mix(...layers.map(([b, lu]) => [b, db(lu - lufs(b))]));
}
const db = (d) => Math.pow(10, d / 20);
const sec = (s) => Math.round(s * SR);

/** Raised-cosine attack / release envelope over len samples. */
function arEnv(len, atk, rel) {
  const e = new Float64Array(len);
  for (let i = 0; i < len; i++) {
    let g = 1;
    if (i < atk) g = 0.5 - 0.5 * Math.cos((Math.PI * i) / atk);
    if (i > len - rel) g *= 0.5 - 0.5 * Math.cos((Math.PI * (len - i)) / rel);
    e[i] = g;
  }
  return e;
}

// ---------------------------------------------------------------- event voices

/** One cricket chirp: a few sine pulses at carrier f (with a little 2nd harmonic). */
function cricketChirp(f, pulses, rng, { pulseLen = 0.016, pulseGap = 0.028, drop = 0.012 } = {}) {
  const plen = sec(pulseLen);
  const period = sec(pulseLen + pulseGap);
  const len = period * (pulses - 1) + plen;
  const ev = new Float64Array(len);
  for (let p = 0; p < pulses; p++) {
    const amp = (p === 0 ? 0.7 : 1) * rng.range(0.85, 1);
    const ff = f * rng.range(0.997, 1.003);
    let ph = 0;
    for (let i = 0; i < plen; i++) {
      const t = i / plen;
      const env = Math.sin(Math.PI * t) ** 2;
      ph += (TAU * ff * (1 - drop * t)) / SR;
      ev[p * period + i] += amp * env * (Math.sin(ph) + 0.12 * Math.sin(2 * ph));
    }
  }
  return ev;
}

/** A bird whistle: a list of [dur, f0, f1, amp] glides. */
function birdPhrase(notes, gap = 0.05) {
  const total = notes.reduce((a, [d]) => a + sec(d) + sec(gap), 0);
  const ev = new Float64Array(total);
  let pos = 0;
  let ph = 0;
  for (const [d, f0, f1, amp] of notes) {
    const len = sec(d);
    for (let i = 0; i < len; i++) {
      const t = i / len;
      const f = f0 * Math.pow(f1 / f0, t);
      ph += (TAU * f) / SR;
      const env = Math.sin(Math.PI * Math.min(1, t * 1.15)) ** 1.5 * (1 - 0.3 * t);
      const vib = 1 + 0.15 * Math.sin(TAU * 28 * (i / SR));
      ev[pos + i] = amp * env * vib * (Math.sin(ph) + 0.08 * Math.sin(2 * ph));
    }
    pos += len + sec(gap);
  }
  return ev;
}

/** Higurashi-like evening cicada: a falling train of pulsing "kana-kana" notes. */
function higurashi(rng, dur = 3.2) {
  const len = sec(dur);
  const ev = new Float64Array(len);
  let ph = 0;
  for (let i = 0; i < len; i++) {
    const t = i / SR;
    const u = t / dur;
    const f = 4600 - 900 * u + 120 * Math.sin(TAU * 9 * t); // each pulse slides a little
    ph += (TAU * f) / SR;
    const pulse = Math.max(0, Math.sin(TAU * 9 * t)) ** 2; // ~9 notes/s
    const env = Math.min(1, u * 6) * Math.pow(1 - u, 1.4) * (1 - 0.35 * u);
    ev[i] = env * pulse * (Math.sin(ph) + 0.25 * Math.sin(2 * ph + 0.3));
  }
  return ev;
}

/**
 * A footstep on a hard floor: heel strike (a short knock with a little low thump),
 * the sole slapping down a few ms later, and a brief scuff as the foot rolls off.
 */
function footstep(rng, { weight = 1, bright = 1, len = 0.16 } = {}) {
  const n = sec(len);
  const ev = new Float64Array(n);
  const thumpF = rng.range(95, 130);
  const knock = new Biquad('bp', rng.range(380, 520) * bright, 2.2);
  const lp = new Biquad('lp', 1400 * bright, 0.8);
  const slapBp = new Biquad('bp', rng.range(1700, 2600) * bright, 1.4);
  const scuffBp = new Biquad('bp', rng.range(2500, 4000) * bright, 0.9);
  const hp = new Biquad('hp', 5500, 0.7);
  const top = new Biquad('lp', 8000 * bright, 0.6);
  const slapAt = sec(rng.range(0.014, 0.024)); // heel, then the flat of the sole
  const scuffAt = sec(rng.range(0.035, 0.05));
  const scuffLen = sec(rng.range(0.06, 0.09));
  const scuffAmt = rng.range(0.4, 0.6);
  let ph = 0;
  for (let i = 0; i < n; i++) {
    const t = i / SR;
    const w = rng.white();
    ph += (TAU * thumpF * (1 - 0.2 * Math.min(1, t / 0.03))) / SR;
    const a = Math.min(1, i / 16);
    const thump = 0.35 * Math.sin(ph) * Math.exp(-t / 0.022) * a;
    const heel = (knock.run(w) * 3 + lp.run(w)) * Math.exp(-t / 0.022) * a;
    const ts = (i - slapAt) / SR;
    const slap = ts >= 0 ? slapBp.run(w) * Math.exp(-ts / 0.02) * Math.min(1, (i - slapAt) / 40) * 1.5 : 0;
    const tc = (i - scuffAt) / scuffLen;
    const scuff = tc >= 0 && tc <= 1 ? scuffBp.run(w) * Math.sin(Math.PI * tc) ** 2 * scuffAmt : 0;
    const grit = hp.run(w) * Math.exp(-t / 0.004) * 0.25;
    const tail = Math.min(1, (n - i) / sec(0.02)); // no hard stop at the end of the event
    ev[i] = weight * tail * top.run(thump + heel + slap + scuff + grit);
  }
  return ev;
}

// ---------------------------------------------------------------- loudness & limiting

/** EBU R128 integrated loudness (mono) of buf at 48 kHz. */
function lufs(buf) {
  // BS.1770-4 K-weighting coefficients for 48 kHz
  const s1 = { b: [1.53512485958697, -2.69169618940638, 1.19839281085285], a: [-1.69065929318241, 0.73248077421585] };
  const s2 = { b: [1, -2, 1], a: [-1.99004745483398, 0.99007225036621] };
  const biq = ({ b, a }) => {
    let x1 = 0, x2 = 0, y1 = 0, y2 = 0;
    return (x) => {
      const y = b[0] * x + b[1] * x1 + b[2] * x2 - a[0] * y1 - a[1] * y2;
      x2 = x1; x1 = x; y2 = y1; y1 = y;
      return y;
    };
  };
  const f1 = biq(s1);
  const f2 = biq(s2);
  const n = buf.length;
  const sq = new Float64Array(n + 1); // prefix sums of squares
  for (let i = 0; i < n; i++) {
    const y = f2(f1(buf[i]));
    sq[i + 1] = sq[i] + y * y;
  }
  const block = sec(0.4);
  const step = sec(0.1);
  const ms = [];
  for (let s = 0; s + block <= n; s += step) ms.push((sq[s + block] - sq[s]) / block);
  const L = (m) => -0.691 + 10 * Math.log10(m);
  const abs = ms.filter((m) => L(m) > -70);
  if (!abs.length) return -Infinity;
  const mean = (a) => a.reduce((x, y) => x + y, 0) / a.length;
  const rel = L(mean(abs)) - 10;
  const gated = abs.filter((m) => L(m) > rel);
  return L(mean(gated));
}

/**
 * Look-ahead peak limiter: gain = moving average (L+1 samples) of the minimum of
 * the required gain over +-L samples, so every sample ends at or under the ceiling
 * and the gain moves in smooth ramps of about 5 ms (L = 240 at 48 kHz) around each
 * peak, more like a fast compressor than a clipper. Wraps around for loops.
 */
function limit(buf, ceiling, cyclic, L = 240) {
  const n = buf.length;
  const req = new Float64Array(n);
  let any = false;
  for (let i = 0; i < n; i++) {
    const a = Math.abs(buf[i]);
    req[i] = a > ceiling ? ceiling / a : 1;
    if (req[i] < 1) any = true;
  }
  if (!any) return buf;
  const at = (arr, i) => (cyclic ? arr[((i % n) + n) % n] : i < 0 || i >= n ? 1 : arr[i]);
  const mn = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let m = 1;
    for (let j = -L; j <= L; j++) m = Math.min(m, at(req, i + j));
    mn[i] = m;
  }
  const h = L >> 1;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = -h; j <= h; j++) s += at(mn, i + j);
    out[i] = buf[i] * (s / (2 * h + 1));
  }
  return out;
}

function peak(buf) {
  let p = 0;
  for (const v of buf) p = Math.max(p, Math.abs(v));
  return p;
}

/** Scale to the target loudness, limiting peaks, iterating until both hold. */
function master(buf, target, cyclic) {
  const ceiling = db(CEILING_DB);
  let gain = db(target - lufs(buf));
  let out = buf;
  for (let it = 0; it < 10; it++) {
    const scaled = buf.map((v) => v * gain);
    out = limit(scaled, ceiling, cyclic);
    const err = target - lufs(out);
    if (Math.abs(err) < 0.05) break;
    gain *= db(err);
  }
  // deepest gain reduction the limiter applied, for the log
  const reduction = 20 * Math.log10(Math.max(ceiling, peak(buf) * gain) / ceiling);
  return { out, reduction };
}

// ---------------------------------------------------------------- the sounds

const LOOP = 24; // seconds, for the free-running ambiences

const sounds = {
  'forest-dusk': {
    kind: 'ambience',
    make() {
      const n = sec(LOOP);
      const r = rngKit(1101);
      // wind in the trees: pink noise through a lowpass whose cutoff and level swell
      const sw = swell(n, r, [1, 2, 3, 7], [0.5, 0.4, 0.25, 0.12]);
      const white = whiteBuf(n, r);
      const pinkF = pinkFilter();
      const pink = cyc(n, (k) => pinkF(white[k]));
      const windLp = new Biquad('lp', 500, 0.6);
      const windHp = new Biquad('hp', 70, 0.7);
      const wind = cyc(n, (k) => {
        const s = sw(k);
        if ((k & 31) === 0) windLp.set(260 + 700 * s * s, 0.6);
        return windHp.run(windLp.run(pink[k])) * (0.35 + 0.65 * s);
      });
      // leaves: bright noise fluttering with the gusts
      const white2 = whiteBuf(n, r);
      const flutterSrc = whiteBuf(n, r);
      const flLp = new Biquad('lp', 7, 0.7);
      const flutter = cyc(n, (k) => flLp.run(flutterSrc[k]));
      const fpk = peak(flutter);
      const leafBp = new Biquad('bp', 2600, 0.6);
      const leafLp = new Biquad('lp', 6000, 0.7);
      const leaves = cyc(n, (k) => {
        const s = sw(k);
        const f = 0.5 + 0.5 * (flutter[k] / fpk);
        return leafLp.run(leafBp.run(white2[k])) * s * s * (0.25 + 0.75 * f * f);
      });
      // insect chorus: a faint narrow band near 6.4 kHz, trembling at 40 Hz
      const white3 = whiteBuf(n, r);
      const chBp1 = new Biquad('bp', 6400, 9);
      const chBp2 = new Biquad('bp', 6400, 9);
      const chorus = cyc(n, (k) => {
        const am = 0.55 + 0.45 * loopSin(k, n, 40 * LOOP) * (0.7 + 0.3 * loopSin(k, n, 3, 1));
        return chBp2.run(chBp1.run(white3[k])) * am;
      });
      // two crickets, chirping with slight irregularity, wrapping round the loop
      const crickets = new Float64Array(n);
      const cricket = (f, pulses, period, gain, seedOffset, restEvery) => {
        const cr = rngKit(7000 + seedOffset);
        const count = Math.round(LOOP / period);
        const per = n / count; // whole number of chirps per loop
        for (let c = 0; c < count; c++) {
          if (restEvery && c % restEvery >= restEvery - 2) continue; // short pauses
          const start = c * per + cr.range(-0.04, 0.04) * SR;
          place(crickets, start, cricketChirp(f, pulses, cr), gain * cr.range(0.8, 1));
        }
      };
      cricket(4350, 3, 0.62, 1, 1, 13);
      cricket(5050, 4, 0.83, 0.45, 2, 9);
      const cLp = new Biquad('lp', 7000, 0.7);
      const cricketsF = cyc(n, (k) => cLp.run(crickets[k]));
      // distant birds and one evening cicada, softened and placed in a reverberant space
      const far = new Float64Array(n);
      place(far, sec(4.3), birdPhrase([[0.16, 2900, 2500, 1], [0.12, 3300, 3100, 0.8], [0.22, 2700, 2200, 0.9]], 0.07), 1);
      place(far, sec(15.6), birdPhrase([[0.26, 2100, 2600, 0.8], [0.3, 2600, 1900, 1]], 0.16), 0.8);
      place(far, sec(9.2), higurashi(r, 3.4), 0.35);
      const farLp = new Biquad('lp', 3800, 0.7);
      const rv = reverb({ size: 0.84, damp: 0.45 });
      const farWet = cyc(n, (k) => {
        const d = farLp.run(far[k]);
        return 0.55 * d + 2.2 * rv(d);
      });
      return mixLU([wind, 0], [leaves, -14], [chorus, -19], [cricketsF, -12], [farWet, -9]);
    },
  },

  'hospital-hum': {
    kind: 'ambience',
    make() {
      const n = sec(LOOP);
      const r = rngKit(2202);
      // mains hum and fluorescent buzz: 50 Hz family, energy kept in the audible harmonics
      const harm = [
        [50, 0.35], [100, 1], [150, 0.32], [200, 0.45], [250, 0.12], [300, 0.22],
        [400, 0.1], [500, 0.05], [600, 0.06], [800, 0.025], [1000, 0.012],
      ];
      const ph = harm.map(() => r.range(0, TAU));
      const hum = cyc(n, (k) => {
        const beat = 1 + 0.08 * loopSin(k, n, 5, 0.4) + 0.04 * loopSin(k, n, 11, 2);
        let s = 0;
        for (let j = 0; j < harm.length; j++) {
          const [f, a] = harm[j];
          s += a * Math.sin((TAU * f * k) / SR + ph[j]); // f * LOOP whole cycles
        }
        return s * beat;
      });
      // ventilation: low pink/brown air with a slow swell, and a faint hiss from a grille
      const sw = swell(n, r, [1, 2, 4], [0.5, 0.3, 0.2]);
      const w1 = whiteBuf(n, r);
      const pinkF = pinkFilter();
      const brownF = brownFilter(0.997);
      const vLp = new Biquad('lp', 520, 0.7);
      const vHp = new Biquad('hp', 40, 0.7);
      const vent = cyc(n, (k) => {
        const x = pinkF(w1[k]) + 0.6 * brownF(w1[k]);
        return vHp.run(vLp.run(x)) * (0.8 + 0.2 * sw(k));
      });
      const w2 = whiteBuf(n, r);
      const hissBp = new Biquad('bp', 3200, 0.5);
      const hiss = cyc(n, (k) => hissBp.run(w2[k]) * (0.85 + 0.15 * sw(k)));
      // very distant activity: slow steps down a corridor, a far-off door, a soft two-tone chime
      const dr = rngKit(2290);
      const far = new Float64Array(n);
      for (let s = 0; s < 7; s++) {
        place(far, sec(3.1 + s * 0.56 + dr.range(-0.02, 0.02)), footstep(dr, { weight: 0.6 + 0.05 * s, bright: 0.5 }), 1);
      }
      for (let s = 0; s < 5; s++) {
        place(far, sec(16.4 + s * 0.6 + dr.range(-0.02, 0.02)), footstep(dr, { weight: 0.55 - 0.07 * s, bright: 0.45 }), 1);
      }
      place(far, sec(11.8), footstep(dr, { weight: 1.4, bright: 0.3, len: 0.2 }), 1); // a door meeting its stop
      const chime = (f0, len) => {
        const m = sec(len);
        const e = new Float64Array(m);
        for (let i = 0; i < m; i++) {
          const t = i / SR;
          const env = Math.min(1, i / 200) * Math.exp(-t / 0.45);
          e[i] = env * (Math.sin(TAU * f0 * t) + 0.3 * Math.sin(TAU * 2 * f0 * t) * Math.exp(-t / 0.2));
        }
        return e;
      };
      place(far, sec(20.2), chime(659.25, 1.4), 0.05);
      place(far, sec(20.75), chime(523.25, 1.8), 0.05);
      const farLp = new Biquad('lp', 1100, 0.7);
      const rv = reverb({ size: 0.88, damp: 0.5, scale: 1.3 });
      const farWet = cyc(n, (k) => {
        const d = farLp.run(far[k]);
        return 0.25 * d + 2.5 * rv(d);
      });
      return mixLU([hum, 0], [vent, -4], [hiss, -15], [farWet, -9]);
    },
  },

  'ward-monitor': {
    kind: 'ambience',
    make() {
      // 64 bpm: one beat = 0.9375 s = 45000 samples; 24 beats = 22.5 s exactly
      const beat = 45000;
      const beats = 24;
      const n = beat * beats;
      const r = rngKit(3303);
      // room tone: soft low air and a faint electrical hum
      const w = whiteBuf(n, r);
      const pinkF = pinkFilter();
      const rLp = new Biquad('lp', 1400, 0.7);
      const rHp = new Biquad('hp', 60, 0.7);
      const sw = swell(n, r, [1, 3], [0.6, 0.4]);
      const room = cyc(n, (k) => rHp.run(rLp.run(pinkF(w[k]))) * (0.9 + 0.1 * sw(k)));
      const hum = cyc(n, (k) => 0.6 * Math.sin((TAU * 100 * k) / SR) + 0.3 * Math.sin((TAU * 200 * k) / SR + 1) + 0.15 * Math.sin((TAU * 300 * k) / SR + 2));
      // the beep: a soft 960 Hz sine with gentle edges, identical every beat
      const bl = sec(0.13);
      const env = arEnv(bl, sec(0.006), sec(0.06));
      const bp = new Float64Array(bl);
      for (let i = 0; i < bl; i++) {
        const t = i / SR;
        bp[i] = env[i] * (Math.sin(TAU * 960 * t) + 0.06 * Math.sin(TAU * 1920 * t) + 0.02 * Math.sin(TAU * 2880 * t));
      }
      const beeps = new Float64Array(n);
      for (let b = 0; b < beats; b++) place(beeps, b * beat + sec(0.2), bp, 1);
      const rv = reverb({ size: 0.7, damp: 0.55, scale: 0.7 });
      const beepsWet = cyc(n, (k) => beeps[k] + 0.9 * rv(beeps[k]));
      return mixLU([beepsWet, 0], [room, -15], [hum, -26]);
    },
  },

  'night-quiet': {
    kind: 'ambience',
    target: -26, // deliberately a little under the other ambiences: it is the quiet scene
    make() {
      const n = sec(LOOP);
      const r = rngKit(4404);
      // very soft night air, slowly breathing
      const sw = swell(n, r, [1, 2, 3], [0.5, 0.3, 0.2]);
      const w = whiteBuf(n, r);
      const pinkF = pinkFilter();
      const aLp = new Biquad('lp', 420, 0.6);
      const aHp = new Biquad('hp', 50, 0.7);
      const air = cyc(n, (k) => {
        const s = sw(k);
        if ((k & 63) === 0) aLp.set(300 + 320 * s, 0.6);
        return aHp.run(aLp.run(pinkF(w[k]))) * (0.55 + 0.45 * s);
      });
      const w2 = whiteBuf(n, r);
      const hBp = new Biquad('bp', 1500, 0.6);
      const hLp = new Biquad('lp', 4000, 0.7);
      const hiss = cyc(n, (k) => hLp.run(hBp.run(w2[k])) * (0.3 + 0.7 * sw(k)));
      // a few distant crickets with long rests
      const crickets = new Float64Array(n);
      const cr = rngKit(4490);
      const chirps = [];
      for (let t = 0.3; t < LOOP - 0.4; ) {
        chirps.push(t);
        t += cr.u() < 0.18 ? cr.range(2.2, 3.6) : cr.range(0.95, 1.25);
      }
      for (const t of chirps) place(crickets, sec(t), cricketChirp(3950, 2 + (cr.u() < 0.4 ? 1 : 0), cr, { pulseLen: 0.02, pulseGap: 0.03 }), cr.range(0.75, 1));
      const cr2 = rngKit(4491);
      for (let t = 1.7; t < LOOP - 0.4; t += cr2.range(2.6, 4.5)) {
        place(crickets, sec(t), cricketChirp(4700, 3, cr2), 0.35 * cr2.range(0.7, 1));
      }
      const cLp = new Biquad('lp', 5000, 0.7);
      const rv = reverb({ size: 0.86, damp: 0.5 });
      const cricketsWet = cyc(n, (k) => {
        const d = cLp.run(crickets[k]);
        return 0.5 * d + 2 * rv(d);
      });
      return mixLU([air, 0], [hiss, -17], [cricketsWet, -13]);
    },
  },

  'footsteps-run': {
    kind: 'oneshot',
    // Sparse transients: at -18 LUFS the limiter would have to take ~10 dB off every
    // footfall. -19 keeps it to ~8 dB on the first milliseconds; impulsive sounds also
    // read a little louder than their integrated loudness says.
    target: -19,
    make() {
      const r = rngKit(5505);
      const n = sec(2.7);
      const dry = new Float64Array(n);
      // ~176 steps/min, coming closer over the first strides, alternating feet
      let t = 0.02;
      for (let s = 0; t < 2.35; s++) {
        const approach = Math.min(1, 0.72 + s * 0.07);
        const foot = s % 2 === 0 ? 1 : 0.86;
        place(dry, sec(t), footstep(r, { weight: approach * foot * r.range(0.9, 1.05), bright: r.range(0.9, 1.15) }), 1, false);
        t += 0.34 + r.range(-0.018, 0.018) + (s % 2 === 0 ? 0.008 : -0.008);
      }
      // a hard, tiled corridor
      const rv = reverb({ size: 0.74, damp: 0.6, scale: 0.9 });
      const wetLp = new Biquad('lp', 3500, 0.7);
      const hp = new Biquad('hp', 60, 0.7);
      const out = lin(n, (k) => hp.run(dry[k] + 1.1 * wetLp.run(rv(dry[k]))));
      return fadeTail(out, sec(0.12));
    },
  },

  'door-slide': {
    kind: 'oneshot',
    make() {
      // a hospital room's sliding door drawn open: rollers rumbling along the rail
      // under a soft whoosh of air, easing to a padded stop
      const r = rngKit(6606);
      const n = sec(1.25);
      const slideEnd = 0.86;
      const out = slide(r, n, slideEnd, (u) => Math.sin(Math.PI * Math.pow(u, 0.7)), 1);
      place(out, sec(slideEnd - 0.012), thud(r, { f: 80, knockF: 190, len: 0.35, body: 0.7, click: 0.15 }), 2.4, false);
      return room(out, sec(0.1), sec(0.03));
    },
  },

  'door-close': {
    kind: 'oneshot',
    make() {
      // slid shut by hand: faster, then the panel meets the frame and the latch clicks
      const r = rngKit(7707);
      const n = sec(1.15);
      const slideEnd = 0.62;
      const out = slide(r, n, slideEnd, (u) => Math.pow(Math.sin((Math.PI / 2) * Math.pow(u, 0.8)), 1.5) * Math.min(1, (1 - u) / 0.04), 0.9);
      place(out, sec(slideEnd - 0.004), thud(r, { f: 70, knockF: 165, len: 0.4, body: 1, click: 0.35 }), 2.2, false);
      place(out, sec(slideEnd + 0.06), latchClick(r), 0.8, false);
      return room(out, sec(0.1), sec(0.02));
    },
  },
};

/**
 * The sliding part of a door: speed(u) in [0,1] over u = t / slideEnd drives a
 * band of air noise that brightens with speed, a low rolling rumble, and the
 * rollers' ball bearings ticking over the rail at a rate that follows the speed.
 */
function slide(r, n, slideEnd, speedOf, amount) {
  const w = whiteBuf(n, r);
  const brownF = brownFilter(0.995);
  const airBp = new Biquad('bp', 600, 0.8);
  const airLp1 = new Biquad('lp', 2400, 0.7);
  const airLp2 = new Biquad('lp', 2400, 0.7);
  const rumbleBp = new Biquad('bp', 170, 0.9);
  const tickBp = new Biquad('bp', 1150, 5);
  const tickBp2 = new Biquad('bp', 2300, 6);
  let tickPh = 0;
  let tickAmp = 0;
  return lin(n, (k) => {
    const t = k / SR;
    const speed = t < slideEnd ? Math.max(0, speedOf(t / slideEnd)) : 0;
    if ((k & 15) === 0) airBp.set(350 + 1000 * speed, 0.8);
    const air = airLp2.run(airLp1.run(airBp.run(w[k]))) * speed * 0.9;
    const rumble = rumbleBp.run(brownF(w[k])) * speed * 2.2;
    // bearing ticks: an impulse each time the phase wraps, random strength
    tickPh += (14 + 40 * speed) / SR;
    let imp = 0;
    if (tickPh >= 1) {
      tickPh -= 1;
      tickAmp = r.range(0.3, 1);
      imp = tickAmp * speed;
    }
    const ticks = (tickBp.run(imp) * 6 + tickBp2.run(imp) * 3) * 1;
    return amount * (air + rumble + 0.5 * ticks);
  });
}

/** A small, fairly dead hospital room: short reverb, then fades. */
function room(buf, fadeOut, fadeIn) {
  const rv = reverb({ size: 0.6, damp: 0.55, scale: 0.6 });
  const hp = new Biquad('hp', 50, 0.7);
  return fadeTail(lin(buf.length, (k) => hp.run(buf[k] + 0.7 * rv(buf[k]))), fadeOut, fadeIn);
}

/** A padded thud: a low body, a mid "knock" resonance small speakers can play, a contact click. */
function thud(r, { f = 70, knockF = 180, len = 0.3, body = 1, click = 0.3 } = {}) {
  const n = sec(len);
  const ev = new Float64Array(n);
  const lp = new Biquad('lp', 600, 0.9);
  const knock = new Biquad('bp', knockF, 5);
  const knock2 = new Biquad('bp', knockF * 2.3, 4);
  const bp = new Biquad('bp', 1800, 1.5);
  let ph = 0;
  for (let i = 0; i < n; i++) {
    const t = i / SR;
    const w = r.white();
    ph += (TAU * f * (1 + 0.4 * Math.exp(-t / 0.01))) / SR;
    const a = Math.min(1, i / 48);
    const burst = w * Math.exp(-t / 0.008);
    ev[i] =
      a * Math.sin(ph) * Math.exp(-t / 0.06) * body * 0.8 +
      a * lp.run(w) * Math.exp(-t / 0.025) * 2 * body +
      (knock.run(burst) * 9 + knock2.run(burst) * 4) * body +
      bp.run(w) * Math.exp(-t / 0.005) * click * 3;
  }
  return fadeTail(ev, sec(0.03));
}

function latchClick(r) {
  const n = sec(0.05);
  const ev = new Float64Array(n);
  const bp = new Biquad('bp', 3200, 3);
  const bp2 = new Biquad('bp', 5200, 4);
  for (let i = 0; i < n; i++) {
    const t = i / SR;
    const w = r.white();
    ev[i] = (bp.run(w) * 3 + bp2.run(w) * 1.5) * Math.exp(-t / 0.004) + Math.sin(TAU * 2400 * t) * Math.exp(-t / 0.008) * 0.3;
  }
  return ev;
}

/** Raised-cosine fade-out over the last `out` samples (and optional fade-in). */
function fadeTail(buf, fadeOut, fadeIn = 0) {
  const n = buf.length;
  for (let i = 0; i < fadeIn; i++) buf[i] *= 0.5 - 0.5 * Math.cos((Math.PI * i) / fadeIn);
  for (let i = 0; i < fadeOut; i++) buf[n - 1 - i] *= 0.5 - 0.5 * Math.cos((Math.PI * i) / fadeOut);
  return buf;
}

// ---------------------------------------------------------------- encoding

// Vorbis in .ogg (Howler's ".ogg" probe asks for Vorbis), LAME .mp3 as the fallback.
// Encoded at the synthesis rate (48 kHz): no resampler, so nothing smears the loop seam.
// (libvorbis's quality mode -q -1 comes out larger than managed 40 kbps on noise.)
const ENC = {
  ambience: { ogg: ['-c:a', 'libvorbis', '-b:a', '40k'], mp3: ['-c:a', 'libmp3lame', '-b:a', '40k'] },
  oneshot: { ogg: ['-c:a', 'libvorbis', '-b:a', '64k'], mp3: ['-c:a', 'libmp3lame', '-b:a', '64k'] },
};

function encode(id, kind, samples) {
  const pcm = Buffer.alloc(samples.length * 4);
  for (let i = 0; i < samples.length; i++) pcm.writeFloatLE(samples[i], i * 4);
  for (const ext of ['ogg', 'mp3']) {
    const file = join(OUT, `${id}.${ext}`);
    const args = [
      '-hide_banner', '-loglevel', 'error', '-y',
      '-f', 'f32le', '-ar', String(SR), '-ac', '1', '-i', 'pipe:0',
      '-ac', '1', '-ar', String(SR),
      ...ENC[kind][ext],
      '-map_metadata', '-1', '-fflags', '+bitexact', '-flags:a', '+bitexact',
      ...(ext === 'mp3' ? ['-id3v2_version', '0', '-write_id3v1', '0'] : []),
      file,
    ];
    const res = spawnSync('ffmpeg', args, { input: pcm, maxBuffer: 1 << 28 });
    if (res.status !== 0) throw new Error(`ffmpeg failed for ${file}: ${res.stderr}`);
  }
}

function writeWav(file, samples) {
  const n = samples.length;
  const b = Buffer.alloc(44 + n * 2);
  b.write('RIFF', 0); b.writeUInt32LE(36 + n * 2, 4); b.write('WAVE', 8);
  b.write('fmt ', 12); b.writeUInt32LE(16, 16); b.writeUInt16LE(1, 20); b.writeUInt16LE(1, 22);
  b.writeUInt32LE(SR, 24); b.writeUInt32LE(SR * 2, 28); b.writeUInt16LE(2, 32); b.writeUInt16LE(16, 34);
  b.write('data', 36); b.writeUInt32LE(n * 2, 40);
  for (let i = 0; i < n; i++) b.writeInt16LE(Math.max(-32768, Math.min(32767, Math.round(samples[i] * 32767))), 44 + i * 2);
  writeFileSync(file, b);
}

export { sounds, footstep, lufs, peak, limit, master, rngKit, SR };

// ---------------------------------------------------------------- main

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();

function main() {

const argv = process.argv.slice(2);
let wavDir = null;
const wanted = [];
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--wav') wavDir = argv[++i];
  else wanted.push(argv[i]);
}
for (const id of wanted) if (!sounds[id]) throw new Error(`unknown sound ${id}; known: ${Object.keys(sounds).join(', ')}`);
const ids = wanted.length ? wanted : Object.keys(sounds);
mkdirSync(OUT, { recursive: true });
if (wavDir) mkdirSync(wavDir, { recursive: true });

for (const id of ids) {
  const { kind, make, target } = sounds[id];
  const t0 = Date.now();
  const raw = make();
  const { out, reduction } = master(raw, target ?? (kind === 'ambience' ? AMBIENCE_LUFS : ONESHOT_LUFS), kind === 'ambience');
  encode(id, kind, out);
  if (wavDir) writeWav(join(wavDir, `${id}.wav`), out);
  const edge = kind === 'ambience' ? `  cyclic error ${seamError.toExponential(1)}` : '';
  seamError = 0;
  console.log(
    `${id.padEnd(14)} ${(out.length / SR).toFixed(2)} s  ${lufs(out).toFixed(1)} LUFS  peak ${(20 * Math.log10(peak(out))).toFixed(1)} dBFS  limiter ${reduction.toFixed(1)} dB${edge}  (${Date.now() - t0} ms)`,
  );
}
}
