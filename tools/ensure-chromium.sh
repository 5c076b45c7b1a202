#!/usr/bin/env bash
# Browser tests drive Debian's Chromium. Install it when missing (root only); fail loudly otherwise.
set -euo pipefail
path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$path" ]; then exit 0; fi
echo "Chromium is missing at $path: installing Debian's chromium package..." >&2
if [ "$(id -u)" = "0" ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
else
  echo "Not root: run 'sudo apt-get update && sudo apt-get install -y chromium', or set CHROMIUM_PATH." >&2
  exit 1
fi
[ -x "$path" ] || { echo "FATAL: Chromium still missing at $path after install." >&2; exit 1; }
