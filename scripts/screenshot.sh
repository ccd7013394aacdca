#!/usr/bin/env bash
# Renders one of SampleData's HTML pages and photographs it with headless Chromium (Debian's
# `chromium`) at a phone's, a tablet's and a desktop's width, the whole page each time, so anyone
# can look at the page as people will, without a browser.
#
#   scripts/screenshot.sh [FOLDER] [PAGE] [LENGTH] [LANGUAGE]
#
# PAGE is report (the default), trend or decide; writes FOLDER/html-PAGE-390.png, -768.png and
# -1280.png (FOLDER defaults to docs/); with LANGUAGE ar (en is the default), the Arabic page,
# right to left, as FOLDER/html-PAGE-ar-390.png and -1280.png (install an Arabic font first, such as
# Debian's fonts-noto-core, or Chromium draws DejaVu's few Arabic letters). Each is taken in a window taller than the page, then cut
# (scripts/trim-png.py) under the page (LENGTH `full`) or, by default (LENGTH `top`), to the top
# of it that docs/ and the README show: on a phone down to the first cards of the figures, on a
# tablet and a desktop down to the end of the table. Installs chromium with apt-get when it is
# missing (needs root, as on CI); builds clientworth.
set -euo pipefail
cd "$(dirname "$0")/.."

folder="${1:-docs}"
page="${2:-report}"
length="${3:-top}"
language="${4:-en}"
widths=(390 768 1280)
suffix=""
# How much of the page `top` keeps, per width.
declare -A tops=([390]=3400 [768]=3300 [1280]=1700)
# Taller than any of SampleData's pages at that width (Chromium draws no taller picture).
height=16000

case "$page" in report | trend | decide) ;; *) echo "unknown page '$page': report, trend or decide" >&2; exit 64 ;; esac
case "$length" in top | full) ;; *) echo "unknown length '$length': top or full" >&2; exit 64 ;; esac
case "$language" in
  en) ;;
  ar) suffix="-ar"; widths=(390 1280) ;;
  *) echo "unknown language '$language': en or ar" >&2; exit 64 ;;
esac
if ! command -v chromium >/dev/null 2>&1; then
  echo "installing chromium…" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
fi

swift build --product clientworth 2>&1 | tail -1 >&2
binary="$(swift build --show-bin-path)/clientworth"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$binary" "$page" SampleData --format html --lang "$language" --output "$work/$page.html"

mkdir -p "$folder"
case "$folder" in /*) target="$folder" ;; *) target="$(pwd)/$folder" ;; esac
for width in "${widths[@]}"; do
  output="$target/html-$page$suffix-$width.png"
  # --no-sandbox: CI and containers run as root, where Chromium's sandbox refuses to start.
  # A private profile folder keeps the run from touching (or waiting on) anyone's browser profile.
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$work/profile" \
    --window-size="$width,$height" --screenshot="$output" "file://$work/$page.html" 2>"$work/chromium.log" || {
    cat "$work/chromium.log" >&2
    exit 1
  }
  test -s "$output" || { cat "$work/chromium.log" >&2; echo "no screenshot was written" >&2; exit 1; }
  if [ "$length" = top ]; then
    python3 scripts/trim-png.py "$output" 24 "${tops[$width]}"
  else
    python3 scripts/trim-png.py "$output" 24
  fi
done
