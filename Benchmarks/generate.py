#!/usr/bin/env python3
"""Writes a deterministic, realistic agency dataset for the benchmark.

    python3 Benchmarks/generate.py ENTRIES OUTDIR

OUTDIR/toggl-ENTRIES.csv   Toggl Track detailed export (classic header, UTF-8 BOM, `Amount (USD)`)
OUTDIR/invoices-ENTRIES.csv native invoices, one a client a month, most paid, some late, some open

~200 clients with skewed (Zipf-like) activity, ~20 people, 3 years, descriptions with commas,
doubled quotes and line breaks, non-ASCII client names. The same ENTRIES always gives the same bytes.
"""
import csv, datetime as dt, os, random, sys

entries = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
out = sys.argv[2] if len(sys.argv) > 2 else "bench-data"
os.makedirs(out, exist_ok=True)
rng = random.Random(entries)

START = dt.date(2023, 1, 2)
DAYS = 3 * 365
STEMS = ["Northwind", "Bluebird", "Kettle & Crane", "Harbor", "Orchard", "Vexley", "Lumen", "Pinecrest",
         "Saffron", "Granite", "Café Müller", "Łódź Digital", "東京デザイン", "Søndergaard", "São Paulo Foods",
         "Zürich Partners", "Αθήνα Media", "دبي للتصميم", "Ñandú Studio", "Øresund Labs"]
SUFFIXES = ["Studio", "Ltd", "GmbH", "Bakery", "Yoga", "Analytics", "Media", "Dental", "Legal", "Group"]
clients = []
while len(clients) < 200:
    name = f"{rng.choice(STEMS)} {rng.choice(SUFFIXES)}"
    if name not in clients:
        clients.append(name)
weights = [1 / (i + 1) ** 0.9 for i in range(len(clients))]
rates = {c: rng.choice([60, 75, 90, 110, 125, 150]) for c in clients}
people = [f"Person {i:02d}" for i in range(20)]
emails = {p: p.lower().replace(" ", ".") + "@agency.example" for p in people}
projects = ["Website", "Brand refresh", "App", "Retainer", "Campaign", "Audit"]
tasks = ["Design", "Development", "Meeting", "Review", "Copy", ""]
phrases = ["Sprint planning", 'Fix "hero" banner', "Call, then notes", "Review,\nsecond round", "QA pass",
           "Workshop prep", "Email follow-up", 'Layout "v2", revised']

# Each file is written beside its final name and renamed when complete, so an interrupted run leaves no
# truncated file that a later run could mistake for a finished one.
path = os.path.join(out, f"toggl-{entries}.csv")
invoices_path = os.path.join(out, f"invoices-{entries}.csv")
billed = {}  # (client, year, month) -> cents
with open(path + ".part", "w", newline="", encoding="utf-8-sig") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["User", "Email", "Client", "Project", "Task", "Description", "Billable", "Start date", "Start time",
                "End date", "End time", "Duration", "Tags", "Amount (USD)"])
    chosen = rng.choices(clients, weights=weights, k=entries)
    for i, client in enumerate(chosen):
        day = START + dt.timedelta(days=(i * DAYS) // entries)
        person = people[rng.randrange(len(people))]
        start_minute = rng.randrange(8 * 60, 17 * 60)
        minutes = rng.choice([15, 30, 45, 60, 90, 120, 180]) + rng.randrange(0, 15)
        end_minute = start_minute + minutes
        billable = rng.random() > 0.2
        cents = round(rates[client] * 100 * minutes / 60) if billable else None
        if cents:
            key = (client, day.year, day.month)
            billed[key] = billed.get(key, 0) + cents
        w.writerow([person, emails[person], client, rng.choice(projects), rng.choice(tasks), rng.choice(phrases),
                    "Yes" if billable else "No", day.isoformat(), f"{start_minute // 60:02d}:{start_minute % 60:02d}:00",
                    day.isoformat(), f"{end_minute // 60:02d}:{end_minute % 60:02d}:00",
                    f"{minutes // 60:02d}:{minutes % 60:02d}:00", "client, billable" if billable else "internal",
                    f"{cents / 100:.2f}" if cents else ""])

os.replace(path + ".part", path)

end = START + dt.timedelta(days=DAYS)
with open(invoices_path + ".part", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["invoice", "client", "issue_date", "due_date", "amount", "currency", "status", "paid_date",
                "paid_amount"])
    number = 10000
    for (client, year, month), cents in sorted(billed.items()):
        number += 1
        issued = dt.date(year + (month == 12), month % 12 + 1, 1)
        due = issued + dt.timedelta(days=30)
        late = rng.choice([-5, 0, 0, 3, 10, 25, 60])
        paid = due + dt.timedelta(days=late)
        row = [f"INV-{number}", client, issued.isoformat(), due.isoformat(), f"{cents / 100:.2f}", "USD", "sent", "", ""]
        if paid <= end and rng.random() > 0.03:
            row[6], row[7], row[8] = "paid", paid.isoformat(), f"{cents / 100:.2f}"
        w.writerow(row)
os.replace(invoices_path + ".part", invoices_path)
print(path, os.path.getsize(path) // 1_000_000, "MB")
