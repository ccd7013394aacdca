#!/usr/bin/env bash
# Builds the libFuzzer targets (Fuzz/CSVFuzz, Fuzz/ImportersFuzz, Fuzz/SettingsFuzz) and runs each for SECONDS (default 600)
# from a copy of the seed corpus in .build/fuzz/work (Fuzz/corpus is never written during a run).
# Exits non-zero if a target crashes; crash inputs go to .build/fuzz/crashes/. Linux only.
# Usage: scripts/fuzz.sh [SECONDS] [csv|importers|settings ...]   (FUZZ_SKIP_BUILD=1 reuses the built binaries)
#        scripts/fuzz.sh --typecheck                               (what CI runs: the targets still compile)
set -euo pipefail
cd "$(dirname "$0")/.."

# `--typecheck`: only type-check each target against the modules `swift build` made (.build/debug), so
# that CI notices a target the code has moved away from without building for libFuzzer (seconds).
if [ "${1:-}" = "--typecheck" ]; then
  built=.build/debug/Modules
  [ -d "$built" ] || { echo "run swift build first" >&2; exit 2; }
  swiftc -typecheck -parse-as-library -module-name CSV -I "$built" Sources/CSV/*.swift Fuzz/CSVFuzz/main.swift
  # shellcheck disable=SC2046
  swiftc -typecheck -parse-as-library -module-name Importers -I "$built" \
    $(find Sources/Importers -name '*.swift' | sort) Fuzz/ImportersFuzz/main.swift
  # shellcheck disable=SC2046
  swiftc -typecheck -parse-as-library -module-name ClientWorthCLI -I "$built" \
    $(find Sources/ClientWorthCLI -name '*.swift' | sort) Fuzz/SettingsFuzz/main.swift
  echo "fuzz targets type-check"
  exit 0
fi

SECONDS_PER_TARGET="${1:-600}"
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -eq 0 ] && TARGETS=(csv importers settings)

OUT=.build/fuzz
MODULES="$OUT/modules"
FLAGS=(-sanitize=fuzzer,address -O -parse-as-library)
mkdir -p "$OUT/crashes" "$MODULES"

quiet() { grep -v "Cannot export local symbol" || true; }

if [ "${FUZZ_SKIP_BUILD:-0}" != 1 ]; then
echo "== building fuzz targets"
# In Package.swift's order: each module finds the ones before it in $MODULES.
for module in Localization CSV Domain Parallel; do
  swiftc "${FLAGS[@]}" -module-name "$module" -I "$MODULES" -emit-module -emit-module-path "$MODULES/$module.swiftmodule" \
    -static -emit-library -o "$MODULES/lib$module.a" "Sources/$module"/*.swift 2>&1 | quiet
done
# The CSV target is compiled inside the CSV module (it reads internal state).
swiftc "${FLAGS[@]}" -module-name CSV -I "$MODULES" -L "$MODULES" -lLocalization \
  Sources/CSV/*.swift Fuzz/CSVFuzz/main.swift -o "$OUT/csv-fuzz" 2>&1 | quiet
# shellcheck disable=SC2046
swiftc "${FLAGS[@]}" -module-name Importers -I "$MODULES" -L "$MODULES" -lCSV -lDomain -lLocalization -lParallel \
  $(find Sources/Importers -name '*.swift' | sort) Fuzz/ImportersFuzz/main.swift -o "$OUT/importers-fuzz" 2>&1 | quiet
# The settings target is compiled inside ClientWorthCLI, over every library it imports.
for module in Importers Analysis Decisions Reports; do
  # shellcheck disable=SC2046
  swiftc "${FLAGS[@]}" -module-name "$module" -I "$MODULES" -emit-module -emit-module-path "$MODULES/$module.swiftmodule" \
    -static -emit-library -o "$MODULES/lib$module.a" $(find "Sources/$module" -name '*.swift' | sort) 2>&1 | quiet
done
# shellcheck disable=SC2046
swiftc "${FLAGS[@]}" -module-name ClientWorthCLI -I "$MODULES" -L "$MODULES" \
  -lReports -lDecisions -lAnalysis -lImporters -lParallel -lDomain -lLocalization -lCSV \
  $(find Sources/ClientWorthCLI -name '*.swift' | sort) Fuzz/SettingsFuzz/main.swift -o "$OUT/settings-fuzz" 2>&1 | quiet
fi
for target in csv importers settings; do
  [ -x "$OUT/$target-fuzz" ] || { echo "build failed: $target" >&2; exit 2; }
done

status=0
for target in "${TARGETS[@]}"; do
  work="$OUT/work/$target"
  rm -rf "$work"
  mkdir -p "$work"
  cp Fuzz/corpus/"$target"/* "$work"/
  log="$OUT/$target.log"
  echo "== $target: ${SECONDS_PER_TARGET}s (log: $log)"
  set +e
  # No leak check, per input (-detect_leaks=0) or at exit (ASAN_OPTIONS): Swift keeps some pointers
  # with tag bits in an enum's spare bits (the texts' `indirect enum TextArgument`), which
  # LeakSanitizer cannot follow, so it reports texts a global still holds as leaked. Memory that
  # really grows is still caught by -rss_limit_mb.
  ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" "$OUT/$target-fuzz" -max_total_time="$SECONDS_PER_TARGET" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -detect_leaks=0 \
    -print_final_stats=1 -artifact_prefix="$OUT/crashes/$target-" "$work" >"$log" 2>&1
  rc=$?
  set -e
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
  if [ "$rc" -eq 0 ]; then
    echo "$(date -u +%Y-%m-%d) $target ${SECONDS_PER_TARGET}s $runs executions: clean"
  else
    echo "$(date -u +%Y-%m-%d) $target ${SECONDS_PER_TARGET}s $runs executions: CRASH (exit $rc)"
    grep -E "ERROR|Fatal error|Precondition|artifact" "$log" | head -5
    status=1
  fi
done
exit "$status"
