#!/usr/bin/env bash
# Times every command of clientworth, not only `report`, on the benchmark's files (run.sh makes them), so a
# command that grows faster than its input shows here: each command's median wall time and peak memory, and
# its time as a multiple of `report`'s on the same files.
#
#   Benchmarks/commands.sh [--size 1000000] [--shapes toggl-shuffled,harvest] [--runs 3]
#
# Needs the files of Benchmarks/run.sh in bench-data/ (run it first, with the same size) and hyperfine and
# GNU time. Builds the release binary as run.sh does. Prints a Markdown table.
set -euo pipefail

usage() { sed -n '2,9s/^# \{0,1\}//p' "$0"; }
die() { echo "commands.sh: $*" >&2; exit 1; }

size=1000000
shapes=(toggl-shuffled harvest)
runs=3
while (($#)); do
  case "$1" in
    --size) [[ $# -ge 2 ]] || die "--size needs a value"; size=$2; shift 2 ;;
    --shapes) [[ $# -ge 2 ]] || die "--shapes needs a value"; IFS=', ' read -r -a shapes <<<"$2"; shift 2 ;;
    --runs) [[ $# -ge 2 ]] || die "--runs needs a value"; runs=$2; shift 2 ;;
    -h | --help) usage; exit 0 ;;
    *) usage >&2; die "unknown argument: $1" ;;
  esac
done
[[ $size =~ ^[1-9][0-9]*$ ]] || die "--size: not an entry count: $size"
[[ $runs =~ ^[1-9][0-9]*$ ]] || die "--runs: not a count: $runs"
command -v hyperfine >/dev/null || die "hyperfine is needed (Debian: apt-get install hyperfine)"
[[ -x /usr/bin/time ]] || die "GNU time is needed (Debian: apt-get install time)"

cd "$(dirname "${BASH_SOURCE[0]}")/.."
build=(swift build -c release --static-swift-stdlib --product clientworth --scratch-path .build/bench-release)
"${build[@]}" >&2
clientworth="$("${build[@]}" --show-bin-path)/clientworth"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# whatif compares decisions, which need the cost rate in the settings, not only on the command line.
echo '{"costRate": 50, "targetRate": 80, "currency": "USD"}' >"$work/settings.json"

echo "| shape | command | median s | × report | peak RSS MB |"
echo "|---|---|---:|---:|---:|"
for shape in "${shapes[@]}"; do
  time_file=bench-data/$shape-$size.csv invoices=bench-data/$shape-$size-invoices.csv
  [[ -f $time_file && -f $invoices ]] || die "no $time_file: run Benchmarks/run.sh --sizes $size first"
  # The client of the first invoice, for the commands that name one.
  client=$(python3 -c 'import csv, sys; rows = csv.reader(open(sys.argv[1])); next(rows); print(next(rows)[1])' \
    "$invoices")
  # CLIENT stands for that client in a word, so a name with spaces stays one argument.
  commands=(
    "report" "report --by project" "report --by person" "decide" "trend" "trend --by quarter"
    "explain CLIENT" "whatif --rate CLIENT=+20%" "whatif --drop CLIENT"
  )
  report_seconds=""
  for command in "${commands[@]}"; do
    read -r -a words <<<"$command"
    words=("${words[@]//CLIENT/$client}")
    args=("$clientworth" "${words[@]}" "$time_file" "$invoices" --as-of 2026-01-01 --config "$work/settings.json")
    /usr/bin/time -f %M -o "$work/rss" "${args[@]}" >/dev/null 2>"$work/err" ||
      die "$command failed on $shape: $(head -1 "$work/err")"
    printf -v quoted '%q ' "${args[@]}"
    hyperfine -N --style none --warmup 1 --runs "$runs" --export-json "$work/t.json" "${quoted% }" >/dev/null 2>&1
    seconds=$(python3 -c 'import json, sys; print("%.2f" % json.load(open(sys.argv[1]))["results"][0]["median"])' \
      "$work/t.json")
    [[ -n $report_seconds ]] || report_seconds=$seconds
    ratio=$(python3 -c "print('%.1f' % ($seconds / $report_seconds))")
    echo "| $shape | \`${command//CLIENT/$client}\` | $seconds | $ratio | $(($(tail -1 "$work/rss") / 1024)) |"
  done
done
