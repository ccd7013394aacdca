#!/usr/bin/env bash
# Times `clientworth report` on a family of time exports (issue 19: Toggl in date order, newest first and
# shuffled, Clockify, Harvest), each against DuckDB doing the same job in the same run, on the first of them
# against pandas, wc -l, cat and a plain C byte scan too (issue 6), and on Harvest against the floor of the job
# (Benchmarks/floor.swift); prints a table with the targets checked. Run from anywhere; works on a clean clone.
#
#   Benchmarks/run.sh [--sizes 100000,1000000] [--shapes toggl,harvest] [--runs 5] [--as-of 2026-01-01]
#
# Needs bash, python3, swift and a C compiler. Installs hyperfine and GNU time with apt-get when missing (as
# root), and DuckDB and pandas into the virtual environment .build/bench-venv when python3 cannot import them.
# Data, raw hyperfine results and the table go to bench-data/ (git-ignored). See Benchmarks/README.md.
set -euo pipefail

usage() { sed -n '2,12s/^# \{0,1\}//p' "$0"; }
die() { echo "run.sh: $*" >&2; exit 1; }
say() { echo "== $*" >&2; }

sizes=(100000 1000000)
shapes=(toggl toggl-newest toggl-shuffled clockify harvest)
runs=5
as_of=2026-01-01
cost_rate=50
while (($#)); do
  case "$1" in
    --sizes) [[ $# -ge 2 ]] || die "--sizes needs a value"; IFS=', ' read -r -a sizes <<<"$2"; shift 2 ;;
    --sizes=*) IFS=', ' read -r -a sizes <<<"${1#*=}"; shift ;;
    --shapes) [[ $# -ge 2 ]] || die "--shapes needs a value"; IFS=', ' read -r -a shapes <<<"$2"; shift 2 ;;
    --shapes=*) IFS=', ' read -r -a shapes <<<"${1#*=}"; shift ;;
    --runs) [[ $# -ge 2 ]] || die "--runs needs a value"; runs=$2; shift 2 ;;
    --runs=*) runs=${1#*=}; shift ;;
    --as-of) [[ $# -ge 2 ]] || die "--as-of needs a value"; as_of=$2; shift 2 ;;
    -h | --help) usage; exit 0 ;;
    *) usage >&2; die "unknown argument: $1" ;;
  esac
done
for size in "${sizes[@]}"; do [[ $size =~ ^[1-9][0-9]*$ ]] || die "--sizes: not an entry count: $size"; done
for shape in "${shapes[@]}"; do
  [[ $shape =~ ^(toggl|toggl-newest|toggl-shuffled|clockify|harvest)$ ]] || die "--shapes: unknown shape: $shape"
done
[[ $runs =~ ^[1-9][0-9]*$ ]] || die "--runs: not a count: $runs"
((runs >= 5)) || echo "run.sh: warning: issue 6 asks for medians over at least 5 runs" >&2

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"
data=bench-data
mkdir -p "$data" .build
# A run of other sizes than the default writes beside the default run's files, never over them.
suffix=""
[[ ${sizes[*]} == "100000 1000000" ]] || suffix="-$(IFS=-; echo "${sizes[*]}")"
[[ ${shapes[*]} == "toggl toggl-newest toggl-shuffled clockify harvest" ]] || suffix="$suffix-$(IFS=-; echo "${shapes[*]}")"
today=$(date +%F)
raw="$data/raw-$today$suffix"
report=$data/results-$today$suffix.md
rm -rf "$raw" && mkdir -p "$raw"
started=$SECONDS
BENCH_LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)
export BENCH_LOAD_START

# --- Tools -------------------------------------------------------------------------------------------------
command -v python3 >/dev/null || die "python3 is needed (the dataset generator and the peers are Python)"
command -v swift >/dev/null || die "swift is needed to build clientworth"
apt_packages=()
command -v hyperfine >/dev/null || apt_packages+=(hyperfine)
[[ -x /usr/bin/time ]] || apt_packages+=(time)
command -v cc >/dev/null || apt_packages+=(gcc)
if ((${#apt_packages[@]})); then
  [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null ||
    die "missing ${apt_packages[*]}: install them (Debian: apt-get install ${apt_packages[*]}) and run again"
  say "installing ${apt_packages[*]} with apt-get (log: $raw/apt.log)"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${apt_packages[@]}"; } \
    >"$raw/apt.log" 2>&1 || die "apt-get failed; see $raw/apt.log"
fi

python=python3
if ! python3 -c 'import duckdb, pandas' 2>/dev/null; then
  venv=.build/bench-venv
  python=$venv/bin/python
  if ! "$python" -c 'import duckdb, pandas' 2>/dev/null; then
    say "installing duckdb and pandas into $venv"
    if ! python3 -m venv "$venv" >&2; then
      [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null || die "python3 -m venv failed: install python3-venv"
      { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv; } \
        >"$raw/apt.log" 2>&1 || die "apt-get failed; see $raw/apt.log"
      rm -rf "$venv" && python3 -m venv "$venv" >&2
    fi
    "$python" -m pip install --quiet --disable-pip-version-check duckdb pandas >&2 ||
      die "pip could not install duckdb and pandas into $venv"
  fi
fi

# --- Data --------------------------------------------------------------------------------------------------
# A stamp beside the files records the generator's hash and the files' sizes, so a changed generator or an
# interrupted run regenerates, and an intact set is reused.
generator_hash=$(sha256sum Benchmarks/generate.py | cut -c1-16)
file_size() { stat -c %s "$1"; }
for size in "${sizes[@]}"; do
  for shape in "${shapes[@]}"; do
    time_file=$data/$shape-$size.csv invoices=$data/$shape-$size-invoices.csv stamp=$data/.stamp-$shape-$size
    if [[ -f $time_file && -f $invoices && -f $stamp &&
          $(<"$stamp") == "$generator_hash $(file_size "$time_file") $(file_size "$invoices")" ]]; then
      say "reusing $time_file and $invoices"
    else
      say "generating $shape, $size entries"
      rm -f "$stamp"
      python3 Benchmarks/generate.py "$size" "$data" "$shape" >&2
      echo "$generator_hash $(file_size "$time_file") $(file_size "$invoices")" >"$stamp"
    fi
  done
done

# --- Builds ------------------------------------------------------------------------------------------------
# The binary as it is shipped on Linux: release, with the Swift runtime linked in statically (no
# dynamic loading and relocation of the runtime and Foundation at start, no calls through the PLT).
# Its own build folder, so the usual release build is not rebuilt with other flags.
say "building clientworth (release, static Swift runtime)"
clientworth=""
build=(swift build -c release --static-swift-stdlib --product clientworth --scratch-path .build/bench-release)
if "${build[@]}" >"$raw/build.log" 2>&1; then
  clientworth="$("${build[@]}" --show-bin-path)/clientworth"
  build_failure=""
else
  build_failure="failed (swift build: $(grep -m1 -E 'error' "$raw/build.log" || tail -1 "$raw/build.log"))"
  echo "run.sh: the release build failed; see $raw/build.log" >&2
fi
scan=.build/bench-scan
cc -O2 -o "$scan" Benchmarks/scan.c
# The floor of issue 19's job on the Harvest shape: the split, the decoding and the fold alone, unchecked.
floor=.build/bench-floor
if ! swiftc -O -swift-version 5 Benchmarks/floor.swift -o "$floor" >"$raw/floor-build.log" 2>&1; then
  echo "run.sh: Benchmarks/floor.swift did not build; see $raw/floor-build.log" >&2
  floor=""
fi

# hyperfine without a shell (-N) measures short commands without the shell's start-up noise.
no_shell=()
hyperfine -N --runs 1 true >/dev/null 2>&1 && no_shell=(-N)

# --- Measurements ------------------------------------------------------------------------------------------
# One line per tool, shape and size into $raw/results.tsv: size, shape, tool, status, peak RSS KiB, hyperfine
# JSON, bytes read.
results=$raw/results.tsv checks=$raw/checks.tsv
: >"$results"
: >"$checks"

# probe NAME OUTPUT COMMAND...: one run under /usr/bin/time for the exit status and the peak memory.
# Prints "ok RSS" or "failed (exit N: first stderr line) -".
probe() {
  local name=$1 output=$2
  shift 2
  local status=0
  /usr/bin/time -f %M -o "$raw/$name.rss" -- "$@" >"$output" 2>"$raw/$name.err" || status=$?
  if ((status)); then
    local first
    first=$(grep -m1 -v '^[[:space:]]*$' "$raw/$name.err" | tr '\t' ' ' || true)
    echo "failed (exit $status: ${first:-no message}) -"
  else
    echo "ok $(tail -1 "$raw/$name.rss")"
  fi
}

# measure TOOL SHAPE SIZE BYTES OUTPUT COMMAND...: the probe, and the command kept for the timed rounds when the
# probe succeeded.
declare -A status_of=() rss_of=() command_of=() bytes_of=()
measured=()
measure() {
  local tool=$1 shape=$2 size=$3 bytes=$4 output=$5
  shift 5
  local name=$tool-$shape-$size probed
  say "$tool, $shape, $size entries: probe"
  probed=$(probe "$name" "$output" "$@")
  status_of[$name]=${probed% *} rss_of[$name]=${probed##* } bytes_of[$name]=$bytes
  [[ ${status_of[$name]} == ok ]] || echo "   ${status_of[$name]}" >&2
  local command
  printf -v command '%q ' "$@"
  command_of[$name]=${command% }
  measured+=("$size $shape $tool")
}

# time_round SIZE ROUND: one timed run of every probed command of that size, shape after shape, so that a change
# in the machine's load between rounds meets every shape and tool alike (timing one shape's runs after another's
# put a load that rose mid-run on the later shapes only). The first round warms up each command once more.
time_round() {
  local size=$1 round=$2 entry s shape tool name warmup=0
  ((round == 1)) && warmup=1
  say "$size entries: timed round $round of $runs"
  for entry in "${measured[@]}"; do
    read -r s shape tool <<<"$entry"
    [[ $s == "$size" ]] || continue
    name=$tool-$shape-$size
    [[ ${status_of[$name]} == ok ]] || continue
    if ! hyperfine "${no_shell[@]}" --style none --warmup "$warmup" --runs 1 --export-json "$raw/$name.$round.json" \
      --command-name "$tool" "${command_of[$name]}" >"$raw/$name.$round.hyperfine" 2>&1; then
      status_of[$name]="failed (hyperfine: $(grep -m1 -i error "$raw/$name.$round.hyperfine" || echo 'see log'))"
    fi
  done
}

# Default settings whatever clientworth.json lies in the working folder; the flags above give the rest.
settings=$raw/settings.json
echo '{}' >"$settings"

for size in "${sizes[@]}"; do
  for shape in "${shapes[@]}"; do
    time_file=$data/$shape-$size.csv invoices=$data/$shape-$size-invoices.csv
    bytes=$(($(file_size "$time_file") + $(file_size "$invoices")))
    # ClientWorth and DuckDB one after the other for each shape, so both meet the same machine.
    if [[ -n $clientworth ]]; then
      measure clientworth "$shape" "$size" "$bytes" "$raw/clientworth-$shape-$size.out" "$clientworth" report \
        "$time_file" "$invoices" --format json --as-of "$as_of" --cost-rate "$cost_rate" --currency USD \
        --config "$settings"
    else
      printf '%s\t%s\tclientworth\t%s\t-\t-\t%s\n' "$size" "$shape" "$build_failure" "$bytes" >>"$results"
    fi
    peers=(duckdb)
    [[ $shape == toggl ]] && peers+=(pandas)
    # Not a peer: it prints no figures to check, only what the same rows cost with nothing but the work.
    if [[ $shape == harvest && -n $floor ]]; then
      measure floor "$shape" "$size" "$(file_size "$time_file")" /dev/null "$floor" "$time_file"
    fi
    for engine in "${peers[@]}"; do
      # Like clientworth, the peers print every client's figures as JSON (kept from the probe for the check).
      measure "$engine" "$shape" "$size" "$bytes" "$raw/$engine-$shape-$size.out" \
        "$python" Benchmarks/peers.py "$engine" "$shape" "$time_file" "$invoices" "$as_of" --json
    done
    if [[ $shape == toggl ]]; then
      measure wc "$shape" "$size" "$bytes" /dev/null wc -l "$time_file" "$invoices"
      measure cat "$shape" "$size" "$bytes" /dev/null cat "$time_file" "$invoices"
      measure scan "$shape" "$size" "$bytes" /dev/null "$scan" "$time_file" "$invoices"
    fi

    # --- Same figures? Every tool's per-client figures against the slow, row-by-row reference. ----------
    say "checking the figures against the row-by-row reference, $shape, $size entries"
    reference=$raw/reference-$shape-$size.out
    python3 Benchmarks/peers.py reference "$shape" "$time_file" "$invoices" "$as_of" --json >"$reference"
    for tool in clientworth "${peers[@]}"; do
      output=$raw/$tool-$shape-$size.out
      status=${status_of[$tool-$shape-$size]}
      if [[ $status != ok ]]; then
        echo "$size	$shape	$tool	not checked: $status" >>"$checks"
      elif [[ ! -s $output ]]; then
        echo "$size	$shape	$tool	not checked: exit 0 but printed nothing" >>"$checks"
      elif verdict=$(python3 Benchmarks/peers.py compare "$output" "$reference" 2>&1); then
        echo "$size	$shape	$tool	same figures as the reference (${verdict##*$'\n'})" >>"$checks"
      else
        echo "$size	$shape	$tool	DIFFERENT figures (${verdict##*$'\n'}): $(echo "$verdict" | head -2 | paste -sd ';' -)" \
          >>"$checks"
      fi
    done
  done
  for ((round = 1; round <= runs; round++)); do time_round "$size" "$round"; done
done

# One line per probed command: its status, peak RSS and its rounds' hyperfine JSON files, comma-separated.
for entry in "${measured[@]}"; do
  read -r size shape tool <<<"$entry"
  name=$tool-$shape-$size json=-
  if [[ ${status_of[$name]} == ok ]]; then
    json=$(printf "$raw/$name.%d.json," $(seq 1 "$runs"))
    json=${json%,}
  fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$size" "$shape" "$tool" "${status_of[$name]}" "${rss_of[$name]}" "$json" \
    "${bytes_of[$name]}" >>"$results"
done

# --- Table -------------------------------------------------------------------------------------------------
python3 Benchmarks/table.py "$results" "$checks" "$runs" "$python" "$clientworth" >"$report"
cat "$report"
echo
echo "Written to $report (raw hyperfine results in $raw/); the script took $((SECONDS - started)) s."

# Issue 6: the figures must equal the row-by-row reference's. A difference (any tool), or a clientworth whose
# figures could not be checked, fails the run loudly rather than hiding as one line of the table.
mismatches=$(awk -F'\t' '$4 ~ /^DIFFERENT/ || ($3 == "clientworth" && $4 !~ /^same figures/)' "$checks")
if [[ -n $mismatches ]]; then
  echo "run.sh: FAIL: figures differ from the row-by-row reference (peers.py reference / compare):" >&2
  sed 's/^/  /' <<<"$mismatches" >&2
  exit 1
fi
