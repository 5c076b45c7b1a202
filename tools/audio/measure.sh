#!/usr/bin/env bash
# Measure every encoded sound in assets/audio: size, sample peak (sox), true peak and
# integrated loudness (ffmpeg ebur128), and for loops how smooth the seam is when the
# decoded file is played end-to-start. Prints a Markdown table (used in README.md).
#
#   tools/audio/measure.sh            # table for all files
#   tools/audio/measure.sh -v         # also print sox stat/stats per file
set -euo pipefail
cd "$(dirname "$0")/../../assets/audio"
verbose=${1:-}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

loops=" forest-dusk hospital-hum ward-monitor night-quiet "

echo "| file | bytes | duration s | sample peak dBFS | true peak dBTP | integrated LUFS | seam: step percentile, HF energy vs median |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for f in *.ogg *.mp3; do
  id=${f%.*}
  bytes=$(stat -c %s "$f")
  # decode once to 32-bit float raw (mono, 48 kHz)
  ffmpeg -v error -y -i "$f" -f f32le -ac 1 -ar 48000 "$tmp/x.raw"
  dur=$(sox -t f32 -r 48000 -c 1 "$tmp/x.raw" -n stat 2>&1 | awk '/Length/ {printf "%.2f", $3}')
  pk=$(sox -t f32 -r 48000 -c 1 "$tmp/x.raw" -n stats 2>&1 | awk '/Pk lev dB/ {print $4}')
  r128=$(ffmpeg -hide_banner -nostats -i "$f" -af ebur128=peak=true -f null - 2>&1)
  lufs=$(awk '/Integrated loudness:/ {f=1} f && /I:/ {print $2; exit}' <<<"$r128")
  tp=$(awk '/True peak:/ {f=1} f && /Peak:/ {print $2; exit}' <<<"$r128")
  seam="–"
  if [[ $loops == *" $id "* ]]; then
    # where the end-to-start step x[0]-x[n-1] ranks among all n-1 sample steps
    # (a click would sit at the very top), and the energy of the 2nd difference in
    # 5 ms either side of the seam against the median of all such 10 ms windows
    seam=$(node -e '
      const b = require("fs").readFileSync(process.argv[1]);
      const x = new Float32Array(b.buffer, b.byteOffset, b.length / 4);
      const n = x.length, at = (i) => x[((i % n) + n) % n];
      const jump = Math.abs(x[0] - x[n - 1]);
      let below = 0;
      for (let i = 0; i < n - 1; i++) if (Math.abs(x[i + 1] - x[i]) < jump) below++;
      const w = 240, e = (c) => { let s = 0; for (let i = c - w; i < c + w; i++) { const d2 = at(i + 1) - 2 * at(i) + at(i - 1); s += d2 * d2; } return s; };
      const es = []; for (let c = w; c < n - w; c += 2 * w) es.push(e(c));
      es.sort((a, b) => a - b);
      console.log("p" + (100 * below / (n - 1)).toFixed(1) + ", HF x" + (e(0) / es[es.length >> 1]).toFixed(2));
    ' "$tmp/x.raw")
  fi
  echo "| $f | $bytes | $dur | $pk | $tp | $lufs | $seam |"
  if [[ $verbose == -v ]]; then
    echo '```'; sox "$f" -n stat 2>&1; sox "$f" -n stats 2>&1; echo '```'
  fi
done
