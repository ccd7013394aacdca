#!/usr/bin/env python3
"""The same per-client job as `clientworth report --format json`, in DuckDB or pandas, for comparison.

    python3 Benchmarks/peers.py duckdb|pandas TOGGL.csv INVOICES.csv AS_OF

Per client: hours, billable hours, invoiced, paid, effective rate (invoiced / hours) and the
amount-weighted average days late of paid invoices. Prints the number of clients and a checksum.
"""
import sys

engine, toggl, invoices, as_of = sys.argv[1:5]

if engine == "duckdb":
    import duckdb
    con = duckdb.connect()
    rows = con.execute(f"""
      WITH t AS (
        SELECT "Client" AS client,
               sum(epoch(CAST("Duration" AS INTERVAL))) / 3600.0 AS hours,
               sum(CASE WHEN "Billable" = 'Yes' THEN epoch(CAST("Duration" AS INTERVAL)) ELSE 0 END) / 3600.0 AS billable
        FROM read_csv('{toggl}', header = true, all_varchar = true) GROUP BY 1),
      i AS (
        SELECT client, sum(CAST(amount AS DECIMAL(18,2))) AS invoiced,
               sum(coalesce(CAST(paid_amount AS DECIMAL(18,2)), 0)) AS paid,
               sum(CASE WHEN paid_date IS NOT NULL AND paid_date <> ''
                   THEN CAST(paid_amount AS DECIMAL(18,2)) * greatest(0, CAST(paid_date AS DATE) - CAST(due_date AS DATE)) END)
                 / nullif(sum(CASE WHEN paid_date IS NOT NULL AND paid_date <> '' THEN CAST(paid_amount AS DECIMAL(18,2)) END), 0) AS days_late
        FROM read_csv('{invoices}', header = true, all_varchar = true) GROUP BY 1)
      SELECT t.client, hours, billable, invoiced, paid, invoiced / nullif(hours, 0), days_late
      FROM t FULL OUTER JOIN i USING (client) ORDER BY 1""").fetchall()
elif engine == "pandas":
    import pandas as pd
    t = pd.read_csv(toggl, dtype=str, keep_default_na=False)
    seconds = pd.to_timedelta(t["Duration"]).dt.total_seconds()
    t = pd.DataFrame({"client": t["Client"], "hours": seconds / 3600,
                      "billable": seconds.where(t["Billable"] == "Yes", 0) / 3600})
    per_t = t.groupby("client").sum()
    i = pd.read_csv(invoices, dtype=str, keep_default_na=False)
    amount = pd.to_numeric(i["amount"])
    paid = pd.to_numeric(i["paid_amount"].replace("", "0"))
    is_paid = i["paid_date"] != ""
    late = (pd.to_datetime(i["paid_date"].where(is_paid, None)) - pd.to_datetime(i["due_date"])).dt.days.clip(lower=0)
    i = pd.DataFrame({"client": i["client"], "invoiced": amount, "paid": paid,
                      "weighted": (paid * late).where(is_paid, 0), "paid_weight": paid.where(is_paid, 0)})
    per_i = i.groupby("client").sum()
    per_i["days_late"] = per_i["weighted"] / per_i["paid_weight"]
    joined = per_t.join(per_i, how="outer")
    joined["rate"] = joined["invoiced"] / joined["hours"]
    rows = list(joined.itertuples())
else:
    sys.exit(f"unknown engine {engine}")
print(len(rows), "clients")
