#!/usr/bin/env bash
# Renders SampleData as HTML (the report, the trend and the decisions, in English and in Arabic)
# and checks each page with an HTML validator, Debian's `tidy`: any error or warning fails the run.
#
#   scripts/validate-html.sh
#
# Installs tidy with apt-get when it is missing (needs root, as on CI); builds clientworth.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v tidy >/dev/null 2>&1; then
  echo "installing tidy…" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq tidy >/dev/null
fi

swift build --product clientworth 2>&1 | tail -1 >&2
binary="$(swift build --show-bin-path)/clientworth"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
status=0
# check NAME ARGUMENTS...: renders one page with `clientworth ARGUMENTS... --output` and validates it.
check() {
  local name="$1" page="$work/$1.html"
  shift
  "$binary" "$@" --output "$page"
  # -e: report only; tidy exits 1 on warnings and 2 on errors, and both fail the check.
  if tidy -q -e "$page"; then
    echo "$name: valid HTML ($(wc -c <"$page") bytes)"
  else
    echo "$name: tidy found problems (above)" >&2
    status=1
  fi
}
for language in en ar; do
  for command in report trend decide; do
    check "$command ($language)" "$command" SampleData --format html --lang "$language"
  done
  # The report split by project and by person (issue 21).
  for by in project person; do
    check "report --by $by ($language)" report SampleData --by "$by" --format html --lang "$language"
  done
done
exit "$status"
