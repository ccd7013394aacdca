#!/usr/bin/env python3
"""The per-client job of `clientworth report`, done the way a technical user would do it instead.

    python3 Benchmarks/peers.py duckdb|pandas|reference SHAPE TIME.csv INVOICES.csv AS_OF [--json]
    python3 Benchmarks/peers.py compare A.json B.json

SHAPE names the time export's layout (generate.py's shapes): toggl, toggl-newest, toggl-shuffled (Toggl's
`Duration` clock), clockify (its `Duration (h)` clock), harvest (decimal `Hours`: seconds = round(hours x 3600),
spec section 1).

Per client, following SPEC.md §1 and §4 with the default settings (paymentTermsDays 30,
writeOffAfterDays 90) and no --from/--to:

  hours          all tracked time                         billableHours  time whose Billable is not No
  invoiced       Σ invoice amounts (void/draft/... ignored, credit notes included)
  collected      Σ payments dated on or before AS_OF (a paid date without an amount pays in full;
                 a paid amount without a date is collected but is no lateness item)
  badDebt        open balance of invoices more than 90 days past due at AS_OF, or uncollectible
  netRevenue     invoiced − badDebt                        effectiveRate  netRevenue / hours
  avgDaysLate    amount-weighted mean days late over the lateness items: every payment dated on or
                 before AS_OF (max(0, paid − due)) and every open balance already past due (AS_OF − due)

Money is kept in cents and durations in seconds, so the three engines agree exactly:
`duckdb` (SQL over read_csv), `pandas` (read_csv and groupby) and `reference` (the standard library's csv
module, one row at a time: slow and obviously correct). Clients are grouped by their exact spelling; the
benchmark data spells each client the same way everywhere, so that equals the spec's client key.

Without --json it prints one summary line (clients and totals), so a timed run does all the work but
prints little. With --json it prints {"clients": [...], "totals": {...}} with the field names of
`clientworth report --format json`; `compare` checks two such files (or a peer's against clientworth's
report) figure by figure, within the rounding a display can introduce, and exits 1 on any difference.
"""
import json
import sys

PAYMENT_TERMS_DAYS = 30
WRITE_OFF_AFTER_DAYS = 90
IGNORED = ("void", "voided", "draft", "deleted", "cancelled", "canceled")
UNCOLLECTIBLE = ("uncollectible", "writtenoff", "written-off", "writeoff", "baddebt")
NOT_BILLABLE = ("no", "false", "0", "n")

# Per shape: the client, duration and billable columns, and whether the duration is a clock or decimal hours.
LAYOUTS = {
    "toggl": ("Client", "Duration", "Billable", "clock"),
    "clockify": ("Client", "Duration (h)", "Billable", "clock"),
    "harvest": ("Client", "Hours", "Billable?", "hours"),
}


def layout(shape):
    return LAYOUTS["toggl" if shape.startswith("toggl") else shape]

# One aggregated row per client, every figure an exact integer:
# (client, seconds, billable seconds, invoiced ¢, collected ¢, bad debt ¢, lateness weight ¢, Σ ¢ × days late)


def sql_text(value):
    return "'" + value.replace("'", "''") + "'"


def duckdb_job(shape, toggl, invoices, as_of):
    import duckdb

    csv_options = "header = true, all_varchar = true, delim = ',', quote = '\"', escape = '\"'"
    in_list = lambda words: ", ".join(sql_text(w) for w in words)
    client, duration, billable, kind = (f'"{name}"' if name != "clock" and name != "hours" else name
                                        for name in layout(shape))
    seconds = (f"CAST(epoch(CAST({duration} AS INTERVAL)) AS BIGINT)" if kind == "clock"
               else f"CAST(round(CAST({duration} AS DECIMAL(18, 6)) * 3600) AS BIGINT)")
    return duckdb.connect().execute(f"""
      WITH entries AS (
        SELECT {client} AS client, {seconds} AS seconds,
               coalesce(lower(trim({billable})), '') NOT IN ({in_list(NOT_BILLABLE)}) AS billable
        FROM read_csv({sql_text(toggl)}, {csv_options})
        WHERE coalesce(trim({client}), '') <> ''),
      t AS (
        SELECT client, sum(seconds) AS seconds, sum(CASE WHEN billable THEN seconds ELSE 0 END) AS billable_seconds
        FROM entries GROUP BY client),
      raw AS (
        SELECT client,
               CAST(round(CAST(amount AS DECIMAL(18, 2)) * 100) AS BIGINT) AS amount,
               coalesce(CAST(nullif(due_date, '') AS DATE),
                        CAST(issue_date AS DATE) + {PAYMENT_TERMS_DAYS}) AS due,
               regexp_replace(lower(coalesce(status, '')), '[ .,]', '', 'g') AS status,
               CAST(nullif(paid_date, '') AS DATE) AS paid_on,
               CAST(round(CAST(nullif(paid_amount, '') AS DECIMAL(18, 2)) * 100) AS BIGINT) AS paid_amount
        FROM read_csv({sql_text(invoices)}, {csv_options})
        WHERE coalesce(trim(client), '') <> ''),
      inv AS (
        SELECT *,
               CASE WHEN paid_on IS NULL THEN coalesce(paid_amount, 0)
                    WHEN paid_on <= DATE {sql_text(as_of)} THEN coalesce(paid_amount, amount)
                    ELSE 0 END AS collected,
               DATE {sql_text(as_of)} - due AS past_due,
               amount > 0 AND paid_on <= DATE {sql_text(as_of)} AS paid_item
        FROM raw WHERE status NOT IN ({in_list(IGNORED)})),
      items AS (SELECT *, greatest(amount - collected, 0) AS open FROM inv),
      i AS (
        SELECT client, sum(amount) AS invoiced, sum(collected) AS collected,
               sum(CASE WHEN status IN ({in_list(UNCOLLECTIBLE)}) OR past_due > {WRITE_OFF_AFTER_DAYS}
                        THEN open ELSE 0 END) AS bad_debt,
               sum(CASE WHEN paid_item THEN collected ELSE 0 END)
                 + sum(CASE WHEN open > 0 AND past_due > 0 THEN open ELSE 0 END) AS late_weight,
               sum(CASE WHEN paid_item THEN collected * greatest(0, paid_on - due) ELSE 0 END)
                 + sum(CASE WHEN open > 0 AND past_due > 0 THEN open * past_due ELSE 0 END) AS late_days
        FROM items GROUP BY client)
      SELECT coalesce(t.client, i.client), coalesce(seconds, 0), coalesce(billable_seconds, 0),
             coalesce(invoiced, 0), coalesce(collected, 0), coalesce(bad_debt, 0),
             coalesce(late_weight, 0), coalesce(late_days, 0)
      FROM t FULL OUTER JOIN i ON t.client = i.client ORDER BY 1""").fetchall()


def pandas_job(shape, toggl, invoices, as_of):
    import pandas as pd

    client, duration, billable_column, kind = layout(shape)
    t = pd.read_csv(toggl, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    t = t[t[client].str.strip() != ""]
    if kind == "clock":
        seconds = pd.to_timedelta(t[duration]).dt.total_seconds().astype("int64")
    else:
        seconds = (pd.to_numeric(t[duration]) * 3600).round().astype("int64")
    billable = ~t[billable_column].str.strip().str.lower().isin(NOT_BILLABLE)
    per_t = pd.DataFrame({"client": t[client], "seconds": seconds,
                          "billable_seconds": seconds.where(billable, 0)}).groupby("client").sum()

    i = pd.read_csv(invoices, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    i = i[i["client"].str.strip() != ""]
    status = i["status"].str.lower().str.replace(r"[ .,]", "", regex=True)
    i, status = i[~status.isin(IGNORED)], status[~status.isin(IGNORED)]
    empty_to_na = lambda column: column.mask(column == "")
    cents = lambda column: (pd.to_numeric(empty_to_na(column)) * 100).round()
    day = pd.Timestamp(as_of)
    amount = cents(i["amount"]).astype("int64")
    paid_amount = cents(i["paid_amount"])
    due = pd.to_datetime(empty_to_na(i["due_date"])).fillna(
        pd.to_datetime(i["issue_date"]) + pd.Timedelta(days=PAYMENT_TERMS_DAYS))
    paid_on = pd.to_datetime(empty_to_na(i["paid_date"]))
    collected = paid_amount.fillna(0).where(paid_on.isna(), paid_amount.fillna(amount).where(paid_on <= day, 0))
    collected = collected.astype("int64")
    past_due = (day - due).dt.days
    open_ = (amount - collected).clip(lower=0)
    paid_item = (amount > 0) & paid_on.notna() & (paid_on <= day)
    open_item = (open_ > 0) & (past_due > 0)
    paid_late = (paid_on - due).dt.days.clip(lower=0).fillna(0).astype("int64")
    per_i = pd.DataFrame({
        "client": i["client"], "invoiced": amount, "collected": collected,
        "bad_debt": open_.where(status.isin(UNCOLLECTIBLE) | (past_due > WRITE_OFF_AFTER_DAYS), 0),
        "late_weight": collected.where(paid_item, 0) + open_.where(open_item, 0),
        "late_days": (collected * paid_late).where(paid_item, 0) + (open_ * past_due).where(open_item, 0),
    }).groupby("client").sum()

    joined = per_t.join(per_i, how="outer").fillna(0).astype("int64").sort_index()
    return [(client, *values) for client, *values in joined.itertuples()]


def reference_job(shape, toggl, invoices, as_of):
    import csv
    import datetime as dt
    from decimal import ROUND_HALF_EVEN, Decimal

    client_column, duration_column, billable_column, kind = layout(shape)

    def cents(text):
        return int(Decimal(text) * 100)

    def seconds(duration):
        if kind == "hours":
            return int((Decimal(duration) * 3600).quantize(Decimal(1), rounding=ROUND_HALF_EVEN))
        parts = [int(p) for p in duration.split(":")] + [0]
        return parts[0] * 3600 + parts[1] * 60 + parts[2]

    day = dt.date.fromisoformat(as_of)
    per = {}

    def client_row(client):
        return per.setdefault(client, [client, 0, 0, 0, 0, 0, 0, 0])

    with open(toggl, newline="", encoding="utf-8-sig") as f:
        for entry in csv.DictReader(f):
            if not entry[client_column].strip():
                continue
            row, s = client_row(entry[client_column]), seconds(entry[duration_column])
            row[1] += s
            if entry[billable_column].strip().lower() not in NOT_BILLABLE:
                row[2] += s

    with open(invoices, newline="", encoding="utf-8-sig") as f:
        for invoice in csv.DictReader(f):
            status = "".join(c for c in invoice["status"].lower() if c not in " .,")
            if status in IGNORED or not invoice["client"].strip():
                continue
            row, amount = client_row(invoice["client"]), cents(invoice["amount"])
            due = (dt.date.fromisoformat(invoice["due_date"]) if invoice["due_date"]
                   else dt.date.fromisoformat(invoice["issue_date"]) + dt.timedelta(days=PAYMENT_TERMS_DAYS))
            paid_on = dt.date.fromisoformat(invoice["paid_date"]) if invoice["paid_date"] else None
            if paid_on is None:
                collected = cents(invoice["paid_amount"]) if invoice["paid_amount"] else 0
            elif paid_on <= day:
                collected = cents(invoice["paid_amount"]) if invoice["paid_amount"] else amount
            else:
                collected = 0
            open_, past_due = max(amount - collected, 0), (day - due).days
            row[3] += amount
            row[4] += collected
            if status in UNCOLLECTIBLE or past_due > WRITE_OFF_AFTER_DAYS:
                row[5] += open_
            if amount > 0 and paid_on is not None and paid_on <= day:
                row[6] += collected
                row[7] += collected * max(0, (paid_on - due).days)
            if open_ > 0 and past_due > 0:
                row[6] += open_
                row[7] += open_ * past_due
    return [tuple(per[client]) for client in sorted(per)]


def figures(client, secs, billable_secs, invoiced, collected, bad, late_weight, late_days):
    """One client's (or the totals') figures in the report's units: hours, major currency units, days."""
    net = invoiced - bad
    result = {"client": client, "hours": secs / 3600, "billableHours": billable_secs / 3600,
              "invoiced": invoiced / 100, "collected": collected / 100, "badDebt": bad / 100, "netRevenue": net / 100,
              "effectiveRate": net * 36 / secs if secs else None,
              "avgDaysLate": late_days / late_weight if late_weight else None}
    if client is None:
        del result["client"]
    return result


def compare(a_path, b_path):
    """Prints every figure on which two reports differ by more than display rounding; returns the count."""
    tolerance = {"hours": 0.005, "billableHours": 0.005, "invoiced": 0.005, "collected": 0.005, "badDebt": 0.005,
                 "netRevenue": 0.005, "effectiveRate": 0.005, "avgDaysLate": 0.05}
    reports = []
    for path in (a_path, b_path):
        try:
            report = json.load(open(path, encoding="utf-8"))
            if not isinstance(report, dict) or not isinstance(report.get("clients"), list):
                raise ValueError("no \"clients\" list")
            reports.append(report)
        except (OSError, ValueError) as error:
            print(f"{path} is not a report: {error}")
            return 1
    a, b = reports
    a_clients, b_clients = ({c["client"]: c for c in r["clients"]} for r in (a, b))
    differences = [f"client {name!r} only in {a_path}" for name in sorted(a_clients.keys() - b_clients.keys())]
    differences += [f"client {name!r} only in {b_path}" for name in sorted(b_clients.keys() - a_clients.keys())]
    pairs = [(name, a_clients[name], b_clients[name]) for name in sorted(a_clients.keys() & b_clients.keys())]
    pairs.append(("totals", a.get("totals", {}), b.get("totals", {})))
    for name, x, y in pairs:
        for field, allowed in tolerance.items():
            if field not in x or field not in y:
                continue
            if (x[field] is None) != (y[field] is None) or (
                    x[field] is not None and abs(x[field] - y[field]) > allowed + 1e-9):
                differences.append(f"{name}: {field} {x[field]} ≠ {y[field]}")
    for line in differences[:20]:
        print(line)
    compared = len(pairs) - 1
    print(f"{compared} clients compared, {len(differences)} differences" +
          (" (first 20 shown)" if len(differences) > 20 else ""))
    return len(differences)


def main(argv):
    if len(argv) == 3 and argv[0] == "compare":
        return 1 if compare(argv[1], argv[2]) else 0
    if len(argv) not in (5, 6) or (len(argv) == 6 and argv[5] != "--json"):
        sys.exit(__doc__.split("\n\n")[1])
    engine, shape, toggl, invoices, as_of = argv[:5]
    jobs = {"duckdb": duckdb_job, "pandas": pandas_job, "reference": reference_job}
    if engine not in jobs:
        sys.exit(f"unknown engine {engine!r}; one of {', '.join(jobs)}")
    if not shape.startswith("toggl") and shape not in LAYOUTS:
        sys.exit(f"unknown shape {shape!r}; one of toggl, toggl-newest, toggl-shuffled, clockify, harvest")
    rows = [tuple(int(v) if i else v for i, v in enumerate(row)) for row in jobs[engine](shape, toggl, invoices, as_of)]
    totals = figures(None, *(sum(row[k] for row in rows) for k in range(1, 8)))
    if len(argv) == 6:
        json.dump({"asOf": as_of, "clients": [figures(*row) for row in rows], "totals": totals}, sys.stdout,
                  ensure_ascii=False, indent=1)
        print()
    else:
        print(f"{len(rows)} clients, {totals['hours']:.2f} h ({totals['billableHours']:.2f} billable), "
              f"invoiced {totals['invoiced']:.2f}, collected {totals['collected']:.2f}, "
              f"bad debt {totals['badDebt']:.2f}, effective rate {totals['effectiveRate']:.2f}/h, "
              f"avg days late {totals['avgDaysLate']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
