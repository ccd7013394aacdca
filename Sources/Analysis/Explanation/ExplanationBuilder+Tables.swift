import Domain

extension ExplanationBuilder {
  /// True when hours cost different rates (people's, dated, or the rows' own): the time table then
  /// carries each month's cost, which the cost's formula sums.
  var costByRow: Bool { calculation.costed && calculation.uniformCostRate == nil }

  /// The time by month and, apart, the billable work no invoice has billed.
  mutating func addTimeTables(unbilledOnly: Bool = false) {
    if !unbilledOnly {
      var time = RowTable(
        .time, scope: scope,
        columns: [
          .init("month"), .init("hours", totalled: true), .init("billableHours", totalled: true),
          .init("nonBillableHours", totalled: true), .init("billableValue", totalled: true),
        ] + (costByRow ? [.init("timeCost", totalled: true)] : []))
      for group in groups {
        let totals = group.time
        let cost: [RowTable.Cell] =
          costByRow ? [totals.cost.uncostedSeconds == 0 ? .quantity(.money(exact: totals.cost.exact)) : .empty] : []
        time.rows.append(
          RowTable.Row(
            [
              .text(group.key.text), .quantity(.hours(seconds: Int128(totals.seconds))),
              .quantity(.hours(seconds: Int128(totals.billableSeconds))),
              .quantity(.hours(seconds: Int128(totals.seconds - totals.billableSeconds))),
              totals.billableValue.map { .quantity(.money($0)) } ?? .empty,
            ] + cost, source: group.first))
      }
      add(time)
    }
    var unbilled = RowTable(
      .unbilled, scope: scope,
      columns: [
        .init("month"), .init("hours", totalled: true), .init("value", totalled: true),
        .init("hoursWithoutValue", totalled: true),
      ])
    for group in groups where !group.unbilled.isEmpty {
      let work = group.unbilled
      unbilled.rows.append(
        RowTable.Row(
          [
            .text(group.key.text), .quantity(.hours(seconds: work.valuedSeconds + work.unvaluedSeconds)),
            .quantity(.money(exact: Fraction(work.value))), .quantity(.hours(seconds: work.unvaluedSeconds)),
          ], source: group.first))
    }
    add(unbilled)
  }

  /// Each span with work in the scope and what it attributes to that work.
  mutating func addEarnedTables() {
    guard let earnings else { return }
    let attributed = earnings.attributions(period: periodIndex, of: calculation.earned.periods)
    let invoices = spanInvoices(earnings.spans)
    var table = RowTable(
      .spans, scope: scope,
      columns: [
        .init("span"), .init("invoices"), .init("net", totalled: false), .init("billedBy"), .init("billableHours"),
        .init("hoursInScope", totalled: true), .init("attributed", totalled: true),
      ])
    for (index, span) in earnings.spans.spans.enumerated() {
      let work = earnings.work[periodIndex][index]
      guard work.seconds != 0 || !attributed[index].isZero else { continue }
      let numbers = invoices[index].map(\.number).joined(separator: ", ")
      table.rows.append(
        RowTable.Row(
          [
            .span(span.first, span.last), .text(numbers), .quantity(.money(exact: Fraction(span.net))),
            .text(Self.weightingName(span.weighting)), .quantity(.hours(seconds: span.seconds)),
            .quantity(.hours(seconds: work.seconds)), .quantity(.money(exact: attributed[index])),
          ], source: invoices[index].first?.position))
    }
    add(table)
  }

  /// `value`, `hours` or `days`: what a span's net amount is spread by.
  static func weightingName(_ weighting: WorkSpan.Weighting) -> String {
    switch weighting {
    case .value: "value"
    case .seconds: "hours"
    case .days: "days"
    }
  }

  /// The client's counted invoices issued by as-of, by the span they belong to.
  func spanInvoices(_ spans: InvoiceSpans) -> [[Invoice]] {
    var invoices = Array(repeating: [Invoice](), count: spans.spans.count)
    for entry in calculation.book.entries where entry.invoice.client == client && entry.invoice.issued <= asOf {
      if let index = spans.span(issued: entry.invoice.issued) { invoices[index].append(entry.invoice) }
    }
    return invoices
  }

  /// The scope's invoices and their lateness items.
  mutating func addInvoiceTables() {
    let book = calculation.book.entries
    let entries = (calculation.facts[client]?.invoices ?? []).map { book[$0] }
    var invoices = RowTable(
      .invoices, scope: scope,
      columns: [
        .init("invoice"), .init("issued"), .init("due"), .init("amount", totalled: true),
        .init("collected", totalled: true), .init("open", totalled: true), .init("badDebt", totalled: true),
        .init("span"),
      ])
    var lateness = RowTable(
      .lateness, scope: scope,
      columns: [
        .init("invoice"), .init("due"), .init("paidOn"), .init("amount", totalled: true), .init("daysLate"),
        .init("daysToPay"), .init("carrying", totalled: true), .init("badDebt"),
      ])
    let spans = earnings?.spans
    for entry in entries {
      let invoice = entry.invoice
      let standing = InvoiceStanding(entry, asOf: asOf, writeOffAfterDays: settings.writeOffAfterDays)
      let span = spans.flatMap { spans in spans.span(issued: invoice.issued).map { spans.spans[$0] } }
      invoices.rows.append(
        RowTable.Row(
          [
            .text(invoice.number), .quantity(.date(invoice.issued)), .quantity(.date(entry.due)),
            .quantity(.money(invoice.amount)), .quantity(.money(standing.collected)),
            .quantity(.money(standing.openBalance)), .quantity(.money(standing.badDebt)),
            span.map { .span($0.first, $0.last) } ?? .empty,
          ], source: invoice.position))
      for item in standing.latenessItems {
        lateness.rows.append(
          RowTable.Row(
            [
              .text(invoice.number), .quantity(.date(entry.due)), item.paidOn.map { .quantity(.date($0)) } ?? .empty,
              .quantity(.money(item.amount)), .quantity(.days(item.daysLate)),
              item.daysToPay.map { .quantity(.days($0)) } ?? .empty,
              .quantity(.money(exact: item.carrying(capitalRate: settings.capitalRate))),
              .text(item.isBadDebt ? "badDebt" : ""),
            ], source: item.position ?? invoice.position))
      }
    }
    add(invoices)
    add(lateness)
  }

  /// Expenses, incidents, the other clients (for the benchmark and the share) and, over the
  /// window, the payments received in it.
  mutating func addOtherTables() {
    let facts = calculation.facts[client]
    var expenses = RowTable(
      .expenses, scope: scope, columns: [.init("date"), .init("amount", totalled: true), .init("description")])
    for expense in facts?.expenses ?? [] {
      expenses.rows.append(
        RowTable.Row(
          [.quantity(.date(expense.day)), .quantity(.money(expense.amount)), .text(expense.description ?? "")],
          source: expense.position))
    }
    add(expenses)
    var incidents = RowTable(.incidents, scope: scope, columns: [.init("date"), .init("kind"), .init("note")])
    let tally = calculation.tally(for: client)
    for incident in tally.incidents {
      incidents.rows.append(
        RowTable.Row(
          [.quantity(.date(incident.day)), .text(incident.kind.rawValue), .text(incident.note ?? "")],
          source: incident.position))
    }
    add(incidents)
    if settings.targetRate == nil { add(clientsTable()) }
    if explanation.table(RowTable.id(.clients, .year)) == nil { add(yearTable()) }
    if scope == .window { add(receivedTable()) }
  }

  /// Every listed client whose earned is known, with its hours and earned: the benchmark's terms.
  func clientsTable() -> RowTable {
    var table = RowTable(
      .clients, scope: scope,
      columns: [.init("client"), .init("hours", totalled: true), .init("earned", totalled: true)])
    let known = calculation.tallies.filter { $0.figures.earned != nil }.map { tally in
      (name: ledger.clients.displayName(for: tally.client), tally: tally)
    }
    for (name, tally) in known.sorted(by: { $0.name < $1.name }) {
      table.rows.append(
        RowTable.Row([
          .text(name), .quantity(.hours(seconds: Int128(tally.figures.seconds))),
          tally.figures.earned.map { .quantity(.money($0)) } ?? .empty,
        ]))
    }
    return table
  }

  /// Every client's earned over the year and what it counts in the share's divisor.
  func yearTable() -> RowTable {
    var table = RowTable(
      .clients, scope: .year, columns: [.init("client"), .init("earned"), .init("counted", totalled: true)])
    let rows = calculation.known.map { client in
      let earned = calculation.earned.result(for: client, period: Calculation.yearIndex, currency: currency).earned
      return (name: ledger.clients.displayName(for: client), earned: earned)
    }
    for row in rows.sorted(by: { $0.name < $1.name }) {
      let counted = max(0, row.earned?.minorUnits ?? 0)
      table.rows.append(
        RowTable.Row([
          .text(row.name), row.earned.map { .quantity(.money($0)) } ?? .empty,
          .quantity(.money(exact: Fraction(counted))),
        ]))
    }
    return table
  }

  /// The payments dated in the scope and by as-of, whatever the invoice's date, net of refunds.
  func receivedTable() -> RowTable {
    var table = RowTable(
      .received, scope: scope, columns: [.init("invoice"), .init("date"), .init("amount", totalled: true)])
    for entry in calculation.book.entries where entry.invoice.client == client && entry.invoice.issued <= asOf {
      for receipt in entry.receipts {
        guard let day = receipt.day, day <= asOf, days.contains(day) else { continue }
        table.rows.append(
          RowTable.Row(
            [.text(entry.invoice.number), .quantity(.date(day)), .quantity(.money(receipt.amount))],
            source: receipt.position))
      }
    }
    return table
  }
}
