#!/usr/bin/env python3
"""Writes the deterministic, realistic agency datasets of the benchmark.

    python3 Benchmarks/generate.py ENTRIES OUTDIR [SHAPE ...]

For each shape (all five when none is named), OUTDIR/SHAPE-ENTRIES.csv is a time export of ENTRIES rows
and OUTDIR/SHAPE-ENTRIES-invoices.csv the native invoices billed for it (one per client and month, most paid,
some late, some open). The same ENTRIES always gives the same bytes.

  toggl           the benchmark's first file (issue 6): a Toggl Track detailed export in date order,
                  whole-minute durations, ~200 clients; kept as it was so its figures stay comparable
  toggl-newest    a Toggl Track export of the work below, newest first (as Toggl lists it)
  toggl-shuffled  the same rows shuffled (several exports joined)
  clockify        a Clockify detailed report of the work below: every field quoted, US dates (MM/DD/YYYY),
                  AM/PM times, newest first
  harvest         a Harvest detailed time export of the work below: decimal hours, per-row billable and cost
                  rates, a currency label per row, CRLF line ends, in date order

"The work below": 500 clients with skewed (Zipf-like) activity, 2-6 projects each, 60 people, 3 years, start
times and durations to the second, descriptions with ticket numbers (nearly all distinct), commas, doubled
quotes and line breaks, non-ASCII client names.
"""
import csv, datetime as dt, os, random, sys

SHAPES = ["toggl", "toggl-newest", "toggl-shuffled", "clockify", "harvest"]
START = dt.date(2023, 1, 2)
DAYS = 3 * 365


def write_invoices(path, billed, rng):
    """Native invoices: one per (client, year, month) billed, issued the 1st of the next month."""
    end = START + dt.timedelta(days=DAYS)
    with open(path + ".part", "w", newline="", encoding="utf-8") as f:
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
            row = [f"INV-{number}", client, issued.isoformat(), due.isoformat(), f"{cents / 100:.2f}", "USD", "sent",
                   "", ""]
            if paid <= end and rng.random() > 0.03:
                row[6], row[7], row[8] = "paid", paid.isoformat(), f"{cents / 100:.2f}"
            w.writerow(row)
    os.replace(path + ".part", path)


def client_names(rng, stems, suffixes, count):
    """`count` distinct names, each a stem and a suffix, in the order the generator draws them."""
    clients = []
    while len(clients) < count:
        name = f"{rng.choice(stems)} {rng.choice(suffixes)}"
        if name not in clients:
            clients.append(name)
    return clients


def classic_toggl(entries, out):
    """The issue 6 file, byte for byte as before."""
    rng = random.Random(entries)
    stems = ["Northwind", "Bluebird", "Kettle & Crane", "Harbor", "Orchard", "Vexley", "Lumen", "Pinecrest",
             "Saffron", "Granite", "Café Müller", "Łódź Digital", "東京デザイン", "Søndergaard", "São Paulo Foods",
             "Zürich Partners", "Αθήνα Media", "دبي للتصميم", "Ñandú Studio", "Øresund Labs"]
    suffixes = ["Studio", "Ltd", "GmbH", "Bakery", "Yoga", "Analytics", "Media", "Dental", "Legal", "Group"]
    clients = client_names(rng, stems, suffixes, 200)
    weights = [1 / (i + 1) ** 0.9 for i in range(len(clients))]
    rates = {c: rng.choice([60, 75, 90, 110, 125, 150]) for c in clients}
    people = [f"Person {i:02d}" for i in range(20)]
    emails = {p: p.lower().replace(" ", ".") + "@agency.example" for p in people}
    projects = ["Website", "Brand refresh", "App", "Retainer", "Campaign", "Audit"]
    tasks = ["Design", "Development", "Meeting", "Review", "Copy", ""]
    phrases = ["Sprint planning", 'Fix "hero" banner', "Call, then notes", "Review,\nsecond round", "QA pass",
               "Workshop prep", "Email follow-up", 'Layout "v2", revised']
    path = os.path.join(out, f"toggl-{entries}.csv")
    billed = {}
    with open(path + ".part", "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["User", "Email", "Client", "Project", "Task", "Description", "Billable", "Start date",
                    "Start time", "End date", "End time", "Duration", "Tags", "Amount (USD)"])
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
                        "Yes" if billable else "No", day.isoformat(),
                        f"{start_minute // 60:02d}:{start_minute % 60:02d}:00", day.isoformat(),
                        f"{end_minute // 60:02d}:{end_minute % 60:02d}:00", f"{minutes // 60:02d}:{minutes % 60:02d}:00",
                        "client, billable" if billable else "internal", f"{cents / 100:.2f}" if cents else ""])
    os.replace(path + ".part", path)
    write_invoices(os.path.join(out, f"toggl-{entries}-invoices.csv"), billed, rng)


def work(entries):
    """The work the four other shapes export: one dict per entry, in date order, and the invoices' totals."""
    rng = random.Random(entries * 7 + 1)
    stems = ["Northwind", "Bluebird", "Kettle & Crane", "Harbor", "Orchard", "Vexley", "Lumen", "Pinecrest",
             "Saffron", "Granite", "Café Müller", "Łódź Digital", "東京デザイン", "Søndergaard", "São Paulo Foods",
             "Zürich Partners", "Αθήνα Media", "دبي للتصميم", "Ñandú Studio", "Øresund Labs", "Meridian", "Copperleaf",
             "Tidewater", "Quill & Ink", "Brightside"]
    suffixes = ["Studio", "Ltd", "GmbH", "Bakery", "Yoga", "Analytics", "Media", "Dental", "Legal", "Group",
                "Architects", "Clinic", "Foundation", "Labs", "Outfitters", "Partners", "Collective", "Co-op",
                "Trading Company", "Ventures"]
    clients = client_names(rng, stems, suffixes, 500)
    weights = [1 / (i + 1) ** 0.8 for i in range(len(clients))]
    project_names = ["Website", "Website relaunch", "Brand refresh", "Mobile app", "App 2.0", "Retainer",
                     "Retainer 2025", "Campaign Q3", "SEO audit", "Data migration", "Support", "Annual report"]
    client_projects = {c: rng.sample(project_names, rng.randint(2, 6)) for c in clients}
    client_rates = {c: rng.choice([60, 75, 90, 110, 125, 150, 180]) for c in clients}
    firsts = ["Maya", "Sam", "Ines", "Tomás", "Aiko", "Lena", "Omar", "Zoë", "Ravi", "Chloé", "Jonas", "Priya"]
    lasts = ["Ortiz", "Reyes", "Nakamura", "Müller", "Okafor", "Lindqvist", "Haddad", "Dubois", "Kowalski", "Silva"]
    people = []
    while len(people) < 60:
        person = (rng.choice(firsts), rng.choice(lasts))
        if person not in people:
            people.append(person)
    premiums = {p: rng.choice([0, 0, 10, 20, 35]) for p in people}
    cost_rates = {p: rng.choice([35, 40, 45, 55, 65, 80]) for p in people}
    tasks = ["Design", "Development", "Meeting", "Review", "Copywriting", "QA", "Planning", ""]
    phrases = ["Sprint planning", 'Fix "hero" banner', "Call, then notes", "Review,\nsecond round", "QA pass",
               "Workshop prep", "Email follow-up", 'Layout "v2", revised', "Standup", "Deploy to staging"]
    rows = []
    billed = {}
    for i, client in enumerate(rng.choices(clients, weights=weights, k=entries)):
        day = START + dt.timedelta(days=rng.randrange(DAYS))
        person = rng.choice(people)
        start = dt.datetime.combine(day, dt.time()) + dt.timedelta(seconds=rng.randrange(7 * 3600, 19 * 3600))
        seconds = rng.randrange(5 * 60, 4 * 3600)
        billable = rng.random() > 0.2
        rate = client_rates[client] + premiums[person]
        cents = round(rate * 100 * seconds / 3600) if billable else 0
        if billable and cents:
            key = (client, day.year, day.month)
            billed[key] = billed.get(key, 0) + cents
        rows.append({
            "client": client, "project": rng.choice(client_projects[client]), "task": rng.choice(tasks),
            "person": person, "description": f"{rng.choice(phrases)} #{rng.randrange(10_000, 1_000_000)}",
            "billable": billable, "start": start, "seconds": seconds, "rate": rate, "cents": cents,
            "cost_rate": cost_rates[person], "order": i})
    rows.sort(key=lambda row: (row["start"], row["order"]))
    return rows, billed, rng


def clock(seconds):
    return f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


def email(person):
    first, last = person
    return f"{first}.{last}@agency.example".lower().replace(" ", "")


def write_toggl(path, rows):
    with open(path + ".part", "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["User", "Email", "Client", "Project", "Task", "Description", "Billable", "Start date",
                    "Start time", "End date", "End time", "Duration", "Tags", "Amount (USD)"])
        for row in rows:
            end = row["start"] + dt.timedelta(seconds=row["seconds"])
            w.writerow([" ".join(row["person"]), email(row["person"]), row["client"], row["project"], row["task"],
                        row["description"], "Yes" if row["billable"] else "No", row["start"].date().isoformat(),
                        row["start"].strftime("%H:%M:%S"), end.date().isoformat(), end.strftime("%H:%M:%S"),
                        clock(row["seconds"]), "client, billable" if row["billable"] else "internal",
                        f"{row['cents'] / 100:.2f}" if row["billable"] else ""])
    os.replace(path + ".part", path)


def write_clockify(path, rows):
    with open(path + ".part", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n", quoting=csv.QUOTE_ALL)
        w.writerow(["Project", "Client", "Description", "Task", "User", "Group", "Email", "Tags", "Billable",
                    "Start Date", "Start Time", "End Date", "End Time", "Duration (h)", "Duration (decimal)",
                    "Billable Rate (USD)", "Billable Amount (USD)"])
        for row in rows:
            end = row["start"] + dt.timedelta(seconds=row["seconds"])
            w.writerow([row["project"], row["client"], row["description"], row["task"], " ".join(row["person"]), "",
                        email(row["person"]), "", "Yes" if row["billable"] else "No",
                        row["start"].strftime("%m/%d/%Y"), row["start"].strftime("%I:%M:%S %p"),
                        end.strftime("%m/%d/%Y"), end.strftime("%I:%M:%S %p"), clock(row["seconds"]),
                        f"{row['seconds'] / 3600:.2f}", f"{row['rate']:.2f}" if row["billable"] else "0.00",
                        f"{row['cents'] / 100:.2f}"])
    os.replace(path + ".part", path)


def write_harvest(path, rows):
    with open(path + ".part", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["Date", "Client", "Project", "Project Code", "Task", "Notes", "Hours", "Hours Rounded",
                    "Billable?", "Invoiced?", "Approved?", "First Name", "Last Name", "Employee Id", "Roles", "Teams",
                    "Employee?", "Billable Rate", "Billable Amount", "Cost Rate", "Cost Amount", "Currency",
                    "External Reference URL"])
        for row in rows:
            hours = row["seconds"] / 3600
            first, last = row["person"]
            w.writerow([row["start"].date().isoformat(), row["client"], row["project"],
                        row["project"][:3].upper() + "-01", row["task"], row["description"], f"{hours:.6f}",
                        f"{round(hours * 4) / 4:.2f}", "Yes" if row["billable"] else "No", "No", "Yes", first, last,
                        "", "Consultant", "", "Yes", f"{row['rate']:.1f}" if row["billable"] else "0.0",
                        f"{row['cents'] / 100:.2f}", f"{row['cost_rate']:.1f}", f"{row['cost_rate'] * hours:.2f}",
                        "United States Dollar - USD", ""])
    os.replace(path + ".part", path)


def main(argv):
    entries = int(argv[0]) if argv else 100_000
    out = argv[1] if len(argv) > 1 else "bench-data"
    shapes = argv[2:] or SHAPES
    unknown = [s for s in shapes if s not in SHAPES]
    if unknown:
        sys.exit(f"unknown shape {unknown[0]!r}; one of {', '.join(SHAPES)}")
    os.makedirs(out, exist_ok=True)
    if "toggl" in shapes:
        classic_toggl(entries, out)
    others = [s for s in shapes if s != "toggl"]
    if not others:
        return
    rows, billed, rng = work(entries)
    for shape in others:
        path = os.path.join(out, f"{shape}-{entries}.csv")
        if shape == "toggl-newest":
            write_toggl(path, list(reversed(rows)))
        elif shape == "toggl-shuffled":
            shuffled = list(rows)
            random.Random(entries * 13).shuffle(shuffled)
            write_toggl(path, shuffled)
        elif shape == "clockify":
            write_clockify(path, list(reversed(rows)))
        elif shape == "harvest":
            write_harvest(path, rows)
        write_invoices(os.path.join(out, f"{shape}-{entries}-invoices.csv"), billed, random.Random(entries * 17))
        print(path, os.path.getsize(path) // 1_000_000, "MB")


if __name__ == "__main__":
    main(sys.argv[1:])
