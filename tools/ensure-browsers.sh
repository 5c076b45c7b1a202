#!/usr/bin/env bash
# Browser tests drive Debian's Chromium, Firefox ESR and WebKitGTK (under an X server, with a null sound
# sink). Install whichever packages are missing (root only); otherwise print the command and fail.
set -euo pipefail
packages=(chromium firefox-esr xvfb pulseaudio webkit2gtk-driver libwebkit2gtk-4.1-0 libgl1-mesa-dri
  gstreamer1.0-gl gstreamer1.0-libav gstreamer1.0-plugins-good gstreamer1.0-plugins-base)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ "${#missing[@]}" -eq 0 ] && exit 0
echo "Browser packages missing: ${missing[*]}" >&2
if [ "$(id -u)" != "0" ]; then
  echo "Not root: run 'sudo apt-get update && sudo apt-get install -y ${missing[*]}'." >&2
  exit 1
fi
apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
for p in "${missing[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || { echo "FATAL: $p still missing after install." >&2; exit 1; }
done
