#!/usr/bin/env python3
"""Turns run.sh's raw measurements into the Markdown table and the issue 6 target checks.

    python3 Benchmarks/table.py RESULTS.tsv CHECKS.tsv RUNS PEER_PYTHON CLIENTWORTH_BINARY

RESULTS.tsv: size, tool, status ("ok" or "failed (...)"), peak RSS KiB, hyperfine JSON, bytes read.
CHECKS.tsv: size, tool, verdict of comparing its figures with the row-by-row reference.
MB is 10^6 bytes throughout (throughput and memory alike).
"""
import datetime
import json
import os
import platform
import subprocess
import sys

LABELS = {"clientworth": "clientworth report", "duckdb": "DuckDB (Python)", "pandas": "pandas",
          "wc": "wc -l", "cat": "cat", "scan": "C byte scan (cc -O2)"}
MB = 1_000_000


def command_output(*command):
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=30)
        return (done.stdout or done.stderr).strip().splitlines()[0]
    except (OSError, IndexError, subprocess.TimeoutExpired):
        return "unknown"


def machine(peer_python, clientworth):
    cpu = "unknown"
    memory = "unknown"
    try:
        cpu = next(line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name"))
        kib = next(int(line.split()[1]) for line in open("/proc/meminfo") if line.startswith("MemTotal"))
        memory = f"{kib * 1024 / 1e9:.1f} GB"
    except (OSError, StopIteration):
        pass
    load = open("/proc/loadavg").read().split()[:3] if os.path.exists("/proc/loadavg") else ["?"]
    commit = command_output("git", "describe", "--always", "--dirty")
    versions = command_output(peer_python, "-c", "import duckdb, pandas, sys; "
                              "print(f'Python {sys.version.split()[0]}, DuckDB {duckdb.__version__}, "
                              "pandas {pandas.__version__}')")
    return [
        f"- date: {datetime.datetime.now().strftime('%Y-%m-%d %H:%M')}, commit {commit}",
        f"- CPU: {cpu}, nproc {os.cpu_count()}; memory {memory}",
        f"- load average (1, 5, 15 min) at the start {os.environ.get('BENCH_LOAD_START', 'unknown')}, "
        f"at the end {' '.join(load)}",
        f"- {platform.system()} {platform.release()}; {command_output('swift', '--version')}",
        f"- {versions}; {command_output('hyperfine', '--version')}; {command_output('cc', '--version')}",
        f"- clientworth binary: {clientworth or 'not built'}",
    ]


def main(results_path, checks_path, runs, peer_python, clientworth):
    rows = [line.rstrip("\n").split("\t") for line in open(results_path, encoding="utf-8") if line.strip()]
    checks = [line.rstrip("\n").split("\t") for line in open(checks_path, encoding="utf-8") if line.strip()]
    measured = {}  # (size, tool) -> (median s, bytes, peak RSS bytes or None, status)
    for size, tool, status, rss, hyperfine_json, size_bytes in rows:
        median = low = high = None
        if status == "ok" and hyperfine_json != "-":
            result = json.load(open(hyperfine_json))["results"][0]
            median, low, high = result["median"], result["min"], result["max"]
        peak = int(rss) * 1024 if rss.isdigit() else None
        measured[size, tool] = (median, low, high, int(size_bytes), peak, status)

    out = ["# ClientWorth benchmark (issue 6)", "", *machine(peer_python, clientworth), "",
           f"Median wall time of {runs} runs after 1 warm-up (hyperfine); MB/s = (Toggl file + invoices file) / median; "
           "peak RSS from one separate run under /usr/bin/time; × clientworth = tool's median / clientworth's. "
           "MB = 10^6 bytes."]
    for size in dict.fromkeys(size for size, *_ in rows):
        size_bytes = next(m[3] for (s, _), m in measured.items() if s == size)
        cw = measured.get((size, "clientworth"))
        cw_median = cw[0] if cw else None
        out += ["", f"## {int(size):,} entries: toggl-{size}.csv + invoices-{size}.csv = {size_bytes / MB:.1f} MB", "",
                "| tool | median s | min–max s | MB/s | peak RSS MB | × clientworth |",
                "|---|---:|---:|---:|---:|---:|"]
        for (s, tool), (median, low, high, _, peak, status) in measured.items():
            if s != size:
                continue
            rss = f"{peak / MB:.1f}" if peak else "–"
            if median is None:
                out.append(f"| {LABELS.get(tool, tool)} | {status} | – | – | {rss} | – |")
                continue
            ratio = f"{median / cw_median:.2f}" if cw_median else "–"
            out.append(f"| {LABELS.get(tool, tool)} | {median:.3f} | {low:.3f}–{high:.3f} | "
                       f"{size_bytes / median / MB:,.0f} | {rss} | {ratio} |")

    out += ["", "## Targets of issue 6", ""]
    out += targets(measured)
    verdicts = {(size, tool): verdict for size, tool, verdict in checks}
    if ("1000000", "clientworth") in verdicts:
        verdict = verdicts["1000000", "clientworth"]
        out.append(f"- {'PASS' if verdict.startswith('same figures') else 'FAIL'} 1M: the report's figures equal "
                   f"the row-by-row reference's: {verdict}")
    if checks:
        out += ["", "## Same figures (per client, against the row-by-row reference in peers.py)", ""]
        out += [f"- {int(size):,} entries, {LABELS.get(tool, tool)}: {verdict}" for size, tool, verdict in checks]
    print("\n".join(out))


def targets(measured):
    """One PASS/FAIL line per target; a target whose size was not run is listed as not checked."""
    lines = []

    def check(size, label, needs, test):
        """needs: the tools whose medians the test reads; test: medians -> (passed, figures text)."""
        if not any(s == size for s, _ in measured):
            lines.append(f"- not checked: {label} ({int(size):,} entries not run)")
            return
        missing = [t for t in needs if measured.get((size, t), (None,) * 6)[0] is None]
        if missing:
            why = "; ".join(f"{LABELS[t]} {measured[size, t][5] if (size, t) in measured else 'not run'}"
                            for t in missing)
            lines.append(f"- FAIL {label}: cannot be measured ({why})")
            return
        passed, figures = test({t: measured[size, t][0] for t in needs})
        lines.append(f"- {'PASS' if passed else 'FAIL'} {label}: {figures}")

    big, small = "1000000", "100000"
    check(big, "1M: ≤ 0.5 × DuckDB's time", ["clientworth", "duckdb"],
          lambda m: (m["clientworth"] <= 0.5 * m["duckdb"],
                     f"{m['clientworth']:.3f} s vs 0.5 × {m['duckdb']:.3f} s = {0.5 * m['duckdb']:.3f} s"))
    check(big, "1M: ≤ 0.1 × pandas' time", ["clientworth", "pandas"],
          lambda m: (m["clientworth"] <= 0.1 * m["pandas"],
                     f"{m['clientworth']:.3f} s vs 0.1 × {m['pandas']:.3f} s = {0.1 * m['pandas']:.3f} s"))
    check(big, "1M: ≤ 3 × the C byte scan", ["clientworth", "scan"],
          lambda m: (m["clientworth"] <= 3 * m["scan"],
                     f"{m['clientworth']:.3f} s vs 3 × {m['scan']:.3f} s = {3 * m['scan']:.3f} s"))

    def throughput(m):
        rate = measured[big, "clientworth"][3] / m["clientworth"] / MB
        return rate >= 500, f"{rate:,.0f} MB/s (target ≥ 500 MB/s)"

    check(big, "1M: throughput ≥ 500 MB/s", ["clientworth"], throughput)

    def memory(m):
        peak = measured[big, "clientworth"][4]
        return (peak is not None and peak <= 100 * MB,
                f"{peak / MB:.1f} MB (target ≤ 100 MB)" if peak else "peak RSS not measured")

    check(big, "1M: peak memory ≤ 100 MB", ["clientworth"], memory)
    check(small, "100k: ≤ 0.15 s wall including process start", ["clientworth"],
          lambda m: (m["clientworth"] <= 0.15, f"{m['clientworth']:.3f} s (target ≤ 0.150 s)"))
    return lines


if __name__ == "__main__":
    if len(sys.argv) != 6:
        sys.exit(__doc__.split("\n\n")[1])
    main(*sys.argv[1:])
