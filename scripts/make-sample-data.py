#!/usr/bin/env python3
"""Writes SampleData/: one freelancer's (Maya Ortiz) year with twelve clients, in the exports she really has.

Her own time is a Toggl Track detailed export; Sam Reyes, who does the euro client's work, logs time in
Harvest, whose `Cost Rate` column carries his own cost (EUR 48 an hour, below her $65); invoices are a Stripe invoices export (a credit note, which Stripe cannot hold, is a native
invoices file); Harbor Yoga's instalments, the expenses and the incidents (her attempts to fix things
included) are native files. Meridian Health pays a monthly retainer up front (`"billing": "advance"` in
clientworth.json); everyone else is billed at the start of each month for the month before.

Deterministic (fixed seed), so the committed files and the golden test of `report SampleData`
only change when this script does. Run from the repository root: python3 scripts/make-sample-data.py
"""
import csv, datetime as dt, random, os, zlib

random.seed(20261031)
OUT = "SampleData"
START, END = dt.date(2025, 11, 3), dt.date(2026, 10, 30)

# name in time log, name on invoices, currency, hourly rate, hours/week, non-billable share,
# days to pay after due (list to pick from), active (from, to), invoiced until
CLIENTS = [
    # The great client: good rate, steady work, pays early.
    dict(time="Northwind Studio", inv="Northwind Studio", cur="USD", rate=140, hours=8, nonbill=0.05,
         late=[-8, -4, -2, 0], active=(START, END)),
    # Drowning her in non-billable requests: a rate rise alone cannot fix it (fix).
    dict(time="Kettle and Crane", inv="Kettle & Crane Ltd", cur="USD", rate=72, hours=9, nonbill=0.45,
         late=[0, 2, 5], active=(START, END)),
    # The chronic late payer, with one invoice that never got paid (watch).
    dict(time="Harbor Yoga", inv="Harbor Yoga", cur="USD", rate=95, hours=5, nonbill=0.08,
         late=[38, 45, 52, 61], active=(START, END), unpaid=["2026-01"]),
    # Pays in euros; rate too low once converted, fixable by a raise (renegotiate, in euros).
    dict(time="Bluebird Bakery", inv="Bluebird Bakery", cur="EUR", rate=55, hours=4, nonbill=0.15,
         late=[0, 1, 3], active=(START, END)),
    # Work done since August never invoiced (invoice first).
    dict(time="Orchard Analytics", inv="Orchard Analytics", cur="USD", rate=110, hours=5, nonbill=0.1,
         late=[0, 3], active=(START, END), invoice_until=dt.date(2026, 7, 31)),
    # Profitable on paper, but abusive (exit now).
    dict(time="Vexley Media", inv="Vexley Media", cur="USD", rate=115, hours=3, nonbill=0.1,
         late=[5, 10, 20], active=(START, END)),
    # Finished in the spring: nothing in the last 90 days (inactive).
    dict(time="Lumen Dental", inv="Lumen Dental", cur="USD", rate=100, hours=4, nonbill=0.05,
         late=[0, 2], active=(START, dt.date(2026, 4, 24))),
    # Below cost, difficult, and the contract ends next month (exit at contract end).
    dict(time="Pinecrest Legal", inv="Pinecrest Legal LLP", cur="USD", rate=58, hours=5, nonbill=0.2,
         late=[3, 8, 12], active=(dt.date(2026, 3, 2), END)),
    # A new client: seven weeks old, its September invoiced, October not yet (new).
    dict(time="Saffron & Sage", inv="Saffron & Sage", cur="USD", rate=90, hours=3, nonbill=0.1,
         late=[0], active=(dt.date(2026, 9, 7), END)),
    # The anchor client: a retainer paid up front that no longer covers the hours; a rate proposal was
    # declined in July, and it is a quarter of her revenue (phase out).
    dict(time="Meridian Health", inv="Meridian Health", cur="USD", rate=0, hours=22, nonbill=0.12,
         late=[0, 2], active=(START, END), retainer=5000.00),
    # A small client whose extra rounds were capped in September, to no effect (exit after a failed fix).
    dict(time="Driftwood Cafe", inv="Driftwood Cafe", cur="USD", rate=68, hours=4, nonbill=0.4,
         late=[0, 1], active=(dt.date(2026, 1, 5), END)),
    # An Arabic bookshop below cost, warned in writing in October: the warning still has its time (a fix
    # under way). Last in the list, so that every client before it draws the same random numbers as before.
    dict(time="مكتبة الورّاق", inv="مكتبة الورّاق", cur="USD", rate=55, hours=2.5, nonbill=0.15,
         late=[0, 2], active=(dt.date(2026, 2, 2), END)),
]

# Sam's cost per hour, in euros: Harvest's `Cost Rate` column, which wins over the settings' costRate.
SAM_COST_RATE = 52.0
# Kettle and Crane's work in two projects: the brand work earns, the support drowning in unpaid
# requests loses (tasks decide, so no random number is drawn and every other figure stays as it was).
KETTLE_PROJECTS = {"Design": "Brand refresh", "Development": "Brand refresh", "Workshop": "Brand refresh"}

TASKS = {True: ["Design", "Development", "Copywriting", "Review", "Workshop"],
         False: ["Meeting", "Revisions (unpaid)", "Email", "Call", "Admin"]}
PEOPLE = ["Maya Ortiz"]


def weeks():
    day = START
    while day <= END:
        yield day
        day += dt.timedelta(days=7)


def money(x):
    return f"{x:.2f}"


time_rows, invoice_rows, payment_rows = [], [], []
invoice_no = 1000
for c in CLIENTS:
    monthly = {}
    a, b = c["active"]
    for monday in weeks():
        if monday < a or monday > b:
            continue
        target = c["hours"] * random.uniform(0.7, 1.3)
        for offset in sorted(random.sample(range(5), 3)):
            day = monday + dt.timedelta(days=offset)
            if day > END or day > b:
                continue
            hours = round(target / 3 * 4) / 4  # quarter hours
            if hours <= 0:
                continue
            billable = random.random() >= c["nonbill"]
            task = random.choice(TASKS[billable])
            project = KETTLE_PROJECTS.get(task, "Support") if c["time"] == "Kettle and Crane" else "Retainer"
            time_rows.append(dict(date=day.isoformat(), client=c["time"], project=project, task=task,
                                  person=PEOPLE[0], hours=f"{hours:g}", billable="yes" if billable else "no",
                                  rate=c["rate"] if billable and c["rate"] else "", amount="", currency=c["cur"],
                                  description=f"{task} for {c['time']}"))
            if billable:
                key = (day.year, day.month)
                monthly[key] = monthly.get(key, 0) + hours * c["rate"]
    until = c.get("invoice_until", END)
    if "retainer" in c:
        # Billed on the first of each month for that month's work, whatever the hours.
        monthly = {}
        month = dt.date(START.year, START.month, 1)
        while month <= END:
            monthly[(month.year, month.month)] = c["retainer"]
            month = dt.date(month.year + (month.month == 12), month.month % 12 + 1, 1)
    for (year, month), amount in sorted(monthly.items()):
        if "retainer" in c:
            issued = dt.date(year, month, 1)
        else:
            last = (dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1))
            if last > until or last >= END:
                continue
            issued = last + dt.timedelta(days=1)
        invoice_no += 1
        due = issued + dt.timedelta(days=30)
        row = dict(invoice=f"INV-{invoice_no}", client=c["inv"], issue_date=issued.isoformat(),
                   due_date="" if c["time"] == "Northwind Studio" else due.isoformat(),
                   amount=money(amount), currency=c["cur"], status="sent", paid_date="", paid_amount="")
        month_key = f"{year}-{month:02d}"
        paid = due + dt.timedelta(days=random.choice(c["late"]))
        if month_key in c.get("unpaid", []):
            row["status"] = "overdue"
        elif c["time"] == "Harbor Yoga":
            # Harbor pays in two instalments, recorded in the payments file; none after the year ends.
            first = paid - dt.timedelta(days=20)
            if first <= END:
                payment_rows.append(dict(invoice=row["invoice"], date=first.isoformat(), amount=money(round(amount / 2, 2)),
                                         currency="USD"))
            if paid <= END:
                payment_rows.append(dict(invoice=row["invoice"], date=paid.isoformat(),
                                         amount=money(amount - round(amount / 2, 2)), currency="USD"))
        elif paid <= END:
            row["status"] = "paid"
            row["paid_date"] = paid.isoformat()
            row["paid_amount"] = money(amount)
        invoice_rows.append(row)

# A credit note for a botched deliverable, and a voided duplicate.
invoice_no += 1
invoice_rows.append(dict(invoice=f"CN-{invoice_no}", client="Northwind Studio", issue_date="2026-06-15", due_date="",
                         amount="-250.00", currency="USD", status="sent", paid_date="", paid_amount=""))
invoice_rows.append(dict(invoice="INV-1001-DUP", client="Northwind Studio", issue_date="2025-12-01", due_date="",
                         amount="1000.00", currency="USD", status="void", paid_date="", paid_amount=""))

expense_rows = [
    dict(date="2026-02-10", client="Kettle & Crane Ltd", amount="340.00", currency="USD",
         description="Stock photography licences"),
    dict(date="2026-05-18", client="Kettle & Crane Ltd", amount="129.00", currency="USD",
         description="Extra font licence after scope change"),
    dict(date="2026-09-02", client="Northwind Studio", amount="480.00", currency="USD",
         description="Usability test participants"),
    dict(date="2026-07-01", client="Bluebird Bakery", amount="45.00", currency="EUR", description="Print proofs"),
    dict(date="2026-10-05", client="Pinecrest Legal LLP", amount="210.00", currency="USD",
         description="Courier for signed originals"),
    dict(date="2026-09-14", client="Driftwood Cafe", amount="95.00", currency="USD",
         description="Menu print proofs"),
]

incident_rows = [
    dict(date="2026-03-20", client="Kettle & Crane Ltd", kind="scope-change",
         note="Asked for a second brand direction inside the fixed fee"),
    dict(date="2026-06-11", client="Kettle & Crane Ltd", kind="out-of-hours", note="Calls on Sunday evenings"),
    dict(date="2026-02-27", client="Harbor Yoga", kind="late-payment", note="Third reminder for INV from January"),
    dict(date="2026-08-14", client="Vexley Media", kind="excessive-criticism", note="Public comments on our work"),
    dict(date="2026-09-22", client="Vexley Media", kind="abuse", note="Shouted at and insulted the designer on a call"),
    dict(date="2026-08-19", client="Pinecrest Legal", kind="unreasonable-demand", note="Wanted a 48-hour turnaround"),
    dict(date="2026-09-09", client="Pinecrest Legal", kind="out-of-hours", note="Midnight emails expecting answers"),
    dict(date="2026-10-14", client="Pinecrest Legal", kind="disrespect", note="Dismissive of the agreed process"),
    # Her attempts to fix things, recorded so the decision can give them time.
    dict(date="2026-07-15", client="Meridian Health", kind="rate-proposed",
         note="Proposed $6,900 a month for the hours the retainer really takes; declined"),
    dict(date="2026-09-08", client="Driftwood Cafe", kind="boundary-set",
         note="Agreed two rounds of revisions per item; extra rounds billed"),
    dict(date="2026-09-29", client="Driftwood Cafe", kind="out-of-hours", note="Fourth round asked for on a Sunday"),
    # The Arabic client's incidents, noted in Arabic, and the written warning that is under way.
    dict(date="2026-08-20", client="مكتبة الورّاق", kind="scope-change",
         note="طلب إعادة تصميم الغلاف كاملًا ضمن السعر المتفق عليه"),
    dict(date="2026-09-24", client="مكتبة الورّاق", kind="no-response",
         note="لم يردّ على ثلاث رسائل بشأن مراجعة التصاميم"),
    dict(date="2026-10-12", client="مكتبة الورّاق", kind="warning",
         note="تنبيه كتابي: التعديلات خارج النطاق تُفوتر، والردّ على الرسائل خلال يومي عمل"),
]


def write(name, fields, rows):
    with open(os.path.join(OUT, name), "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


def write_rows(name, header, rows, bom=False):
    with open(os.path.join(OUT, name), "w", newline="", encoding="utf-8-sig" if bom else "utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


for stale in ["time.csv", "invoices.csv"]:
    if os.path.exists(os.path.join(OUT, stale)):
        os.remove(os.path.join(OUT, stale))

time_rows.sort(key=lambda r: (r["date"], r["client"]))
toggl, harvest = [], []
for index, r in enumerate(time_rows):
    seconds = round(float(r["hours"]) * 3600)
    start = dt.datetime.fromisoformat(r["date"]) + dt.timedelta(hours=9 + index % 4)
    end = start + dt.timedelta(seconds=seconds)
    amount = f"{float(r['hours']) * float(r['rate']):.2f}" if r["billable"] == "yes" and r["rate"] else ""
    if r["currency"] == "EUR":
        harvest.append([r["date"], r["client"], r["project"], "BB-01", r["task"], r["description"], r["hours"],
                        "Yes" if r["billable"] == "yes" else "No", "Yes", "No", "Sam", "Reyes", "", "Designer", "No",
                        f"{float(r['rate'] or 0):.1f}", amount or "0.0", f"{SAM_COST_RATE:.1f}",
                        f"{float(r['hours']) * SAM_COST_RATE:.2f}", "Euro - EUR", ""])
    else:
        toggl.append(["Maya Ortiz", "maya@ortiz.studio", r["client"], r["project"], r["task"], r["description"],
                      "Yes" if r["billable"] == "yes" else "No", r["date"], start.strftime("%H:%M:%S"),
                      end.date().isoformat(), end.strftime("%H:%M:%S"),
                      f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}", "", amount])
write_rows("toggl-time-entries.csv", ["User", "Email", "Client", "Project", "Task", "Description", "Billable",
                                      "Start date", "Start time", "End date", "End time", "Duration", "Tags",
                                      "Amount (USD)"], toggl, bom=True)
write_rows("harvest-time-sam.csv", ["Date", "Client", "Project", "Project Code", "Task", "Notes", "Hours",
                                    "Billable?", "Invoiced?", "Approved?", "First Name", "Last Name", "Employee Id",
                                    "Roles", "Employee?", "Billable Rate", "Billable Amount", "Cost Rate",
                                    "Cost Amount", "Currency", "External Reference URL"], harvest)

STRIPE_STATUS = {"sent": "open", "overdue": "open", "paid": "paid", "void": "void"}
stripe, credit_notes = [], []
for n, r in enumerate(sorted(invoice_rows, key=lambda r: (r["issue_date"], r["invoice"]))):
    if r["amount"].startswith("-"):
        credit_notes.append(r)
        continue
    stamp = lambda day: f"{day} 17:02" if day else ""
    paid = r["paid_amount"] or "0.00"
    stripe.append([f"in_1Q{n:06d}SampleData", r["invoice"], f"cus_{zlib.crc32(r['client'].encode()) % 10**6:06d}", r["client"],
                   "", r["currency"].lower(), STRIPE_STATUS[r["status"]], r["amount"], paid, r["amount"], "",
                   r["amount"], stamp(r["issue_date"]), stamp(r["due_date"]), stamp(r["paid_date"]), ""])
write_rows("stripe-invoices.csv", ["id", "Number", "Customer", "Customer Name", "Customer Email", "Currency", "Status",
                                   "Amount Due", "Amount Paid", "Subtotal", "Tax", "Total", "Date (UTC)",
                                   "Due Date (UTC)", "Paid At (UTC)", "Description"], stripe)
write("credit-notes.csv", ["invoice", "client", "issue_date", "due_date", "amount", "currency", "status", "paid_date",
                           "paid_amount"], credit_notes)
write("payments.csv", ["invoice", "date", "amount", "currency"], sorted(payment_rows, key=lambda r: r["date"]))
write("expenses.csv", ["date", "client", "amount", "currency", "description"], expense_rows)
write("incidents.csv", ["date", "client", "kind", "note"], sorted(incident_rows, key=lambda r: r["date"]))
print(len(time_rows), "time entries,", len(invoice_rows), "invoices,", len(payment_rows), "payments")
