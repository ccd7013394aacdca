#!/usr/bin/env bash
# Renders SampleData's report as HTML and photographs it with headless Chromium (Debian's
# `chromium`), so anyone can look at the page without opening it.
#
#   scripts/screenshot.sh [OUTPUT.png] [WIDTH] [HEIGHT]
#
# Defaults: docs/html-report.png, 1280 × 2400 (a desktop window). Try 390 for a phone's width.
# Installs chromium with apt-get when it is missing (needs root, as on CI); builds clientworth.
set -euo pipefail
cd "$(dirname "$0")/.."

output="${1:-docs/html-report.png}"
width="${2:-1280}"
height="${3:-2400}"

if ! command -v chromium >/dev/null 2>&1; then
  echo "installing chromium…" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
fi

swift build --product clientworth 2>&1 | tail -1 >&2
binary="$(swift build --show-bin-path)/clientworth"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$binary" report SampleData --format html --output "$work/report.html"

mkdir -p "$(dirname "$output")"
case "$output" in /*) target="$output" ;; *) target="$(pwd)/$output" ;; esac
# --no-sandbox: CI and containers run as root, where Chromium's sandbox refuses to start.
# A private profile folder keeps the run from touching (or waiting on) anyone's browser profile.
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$work/profile" \
  --window-size="$width,$height" --screenshot="$target" "file://$work/report.html" 2>"$work/chromium.log" || {
  cat "$work/chromium.log" >&2
  exit 1
}
test -s "$target" || { cat "$work/chromium.log" >&2; echo "no screenshot was written" >&2; exit 1; }
echo "wrote $output ($(wc -c <"$output") bytes)"
