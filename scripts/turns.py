#!/usr/bin/env python3
"""Counts how often `decide`'s advice turns back as the run date moves (docs/spec.md, "What still turns").

Runs `clientworth decide INPUT... --as-of D --format json` for every day D from FIRST to LAST, then, for each weekday,
follows each client's recommendation on the runs a week apart. A change from A to B that is undone (back to A)
within five weeks is a turn-back: advice that moved with the calendar, not with the client. Prints the turn-backs
per weekday, by pair of recommendations, and the changes between consecutive days.

    scripts/turns.py BINARY FIRST LAST INPUT... [-- extra decide options]
    scripts/turns.py .build/release/clientworth 2026-03-01 2026-10-30 SampleData
"""

import collections
import datetime
import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

WEEKS_TO_TURN_BACK = 5


def advice(binary, inputs, day, extra):
    run = subprocess.run(
        [binary, "decide", *inputs, "--as-of", day.isoformat(), "--format", "json", *extra],
        capture_output=True, text=True, check=True)
    return {d["client"]: d["recommendation"] for d in json.loads(run.stdout)["decisions"]}


def turn_backs(series):
    """(from, to) → count of changes in `series` undone within WEEKS_TO_TURN_BACK steps."""
    counts = collections.Counter()
    for i in range(1, len(series)):
        before, after = series[i - 1], series[i]
        if before != after and before in series[i + 1 : i + 1 + WEEKS_TO_TURN_BACK]:
            counts[tuple(sorted((before, after)))] += 1
    return counts


def main(argv):
    if len(argv) < 5:
        sys.exit(__doc__)
    binary = argv[1]
    first, last = (datetime.date.fromisoformat(a) for a in argv[2:4])
    rest = argv[4:]
    inputs, extra = (rest[: rest.index("--")], rest[rest.index("--") + 1 :]) if "--" in rest else (rest, [])
    days = [first + datetime.timedelta(n) for n in range((last - first).days + 1)]
    with ThreadPoolExecutor(max_workers=2) as pool:
        runs = dict(zip(days, pool.map(lambda d: advice(binary, inputs, d, extra), days)))
    clients = sorted({c for run in runs.values() for c in run})

    totals, by_client = collections.Counter(), collections.Counter()
    for weekday in range(7):
        weekly = [d for d in days if d.weekday() == weekday]
        for client in clients:
            counts = turn_backs([runs[d].get(client) for d in weekly])
            totals.update(counts)
            for pair, n in counts.items():
                by_client[(client, pair)] += n
    daily_changes = sum(
        runs[a].get(c) != runs[b].get(c) for a, b in zip(days, days[1:]) for c in clients)

    print(f"{len(days)} runs, {first} to {last}; turn-backs within {WEEKS_TO_TURN_BACK} weeks, a weekday:")
    for pair, n in sorted(totals.items(), key=lambda item: -item[1]):
        print(f"  {pair[0]}<->{pair[1]}: {n / 7:.2f}")
    print(f"  all: {sum(totals.values()) / 7:.2f}")
    for (client, pair), n in sorted(by_client.items(), key=lambda item: -item[1]):
        print(f"    {client}: {pair[0]}<->{pair[1]} {n / 7:.2f}")
    print(f"changes of any advice between consecutive days: {daily_changes}")


if __name__ == "__main__":
    main(sys.argv)
