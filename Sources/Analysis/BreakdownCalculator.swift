import Domain

extension FigureCalculator {
  /// The report's clients (those `filter` leaves in) split by `dimension` (spec §4b); a person's
  /// parts of each client are merged into one unless `perClient`.
  public static func breakdown(
    ledger: Ledger, settings: Settings, by dimension: Breakdown.Dimension, filter: ClientFilter? = nil,
    perClient: Bool = false
  ) -> Breakdown {
    breakdown(
      of: report(ledger: ledger, settings: settings, filter: filter), ledger: ledger, settings: settings,
      by: dimension, parts: filter, perClient: perClient)
  }

  /// `report`'s clients split by `dimension`: their time over the report's period (read from
  /// `ledger`, the report's), and their figures attributed to the parts; `parts` keeps only the
  /// projects and people it names.
  public static func breakdown(
    of report: ProfitabilityReport, ledger: Ledger, settings: Settings, by dimension: Breakdown.Dimension,
    parts filter: ClientFilter? = nil, perClient: Bool = false
  ) -> Breakdown {
    let asOf = report.asOf
    let period = Period(from: report.from, to: min(report.to ?? asOf, asOf))
    let figures = Dictionary(report.clients.map { ($0.client, $0) }, uniquingKeysWith: { first, _ in first })
    let log = ledger.timeEntries
    let rates = settings.costRates.byNumber(in: log)
    // Which names' time is kept, by number (`--project`, `--person`); nil: all.
    let names = [nil] + log.nameList.map(Optional.some)
    let keptProjects = filter?.projects.map { _ in names.map { filter?.includes(project: $0, person: nil) ?? true } }
    let keptPeople = filter?.people.map { _ in names.map { filter?.includes(project: nil, person: $0) ?? true } }
    let costed = settings.hasCostRate(for: ledger)
    var parts: [Part] = []
    for entries in log.byClient {
      guard let client = figures[entries.client] else { continue }
      // Each part's time by its name's number, with its cost and billable value.
      var groups: [Int32: TimeTotals] = [:]
      for entry in entries where period.contains(entry.day) {
        if let keptProjects, !keptProjects[Int(entry.project)] { continue }
        if let keptPeople, !keptPeople[Int(entry.person)] { continue }
        let rate = entry.costSeconds == nil ? rates[Int(entry.person)]?.rate(on: entry.day) : nil
        groups[dimension == .project ? entry.project : entry.person, default: TimeTotals()].add(
          seconds: entry.seconds, billable: entry.billable, value: entry.value, rowCost: entry.costSeconds, rate: rate)
      }
      // A person's spellings (the settings' aliases) are one part, under the settings' name.
      var named: [String?: TimeTotals] = [:]
      for (number, totals) in groups {
        let name = log.name(number: number)
        let shown = dimension == .person ? name.map { settings.personNames[ClientKey($0)] ?? $0 } : name
        named[shown, default: TimeTotals()].add(totals)
      }
      for (name, totals) in named {
        parts.append(
          Part(
            client: client.client, clientName: client.name, name: name, totals: totals, of: client.figures,
            costed: costed, currency: report.currency))
      }
    }
    if dimension == .person && !perClient { parts = Part.merged(parts) }
    parts.sort { ($0.clientName ?? "", $0.name ?? "\u{10FFFF}") < ($1.clientName ?? "", $1.name ?? "\u{10FFFF}") }
    return Breakdown(
      dimension: dimension, asOf: asOf, from: report.from, to: report.to, currency: report.currency,
      parts: parts.map(\.figures), diagnostics: report.diagnostics)
  }

  /// One part as it is summed: exact figures, rounded once at the end.
  fileprivate struct Part {
    var client: ClientKey?
    var clientName: String?
    var name: String?
    var seconds: Int64
    var billableSeconds: Int64
    // Sums, not fractions: a person's parts of many clients add fractions over as many
    // denominators (each client's billable value), whose product outgrows 128 bits.
    var timeCost: ExactSum?
    var earned: ExactSum?
    /// The client's expenses and carrying cost attributed to the part.
    var otherCost: ExactSum?
    let currency: Currency

    /// The part of a client's figures that its `totals` earn and cost: the client's earned,
    /// expenses and carrying cost × the part's share of its billable value (of its billable
    /// seconds when a billable entry has no value; nothing when it has no billable time).
    init(
      client: ClientKey, clientName: String, name: String?, totals: TimeTotals, of figures: Figures, costed: Bool,
      currency: Currency
    ) {
      self.client = client
      self.clientName = clientName
      self.name = name
      self.currency = currency
      seconds = totals.seconds
      billableSeconds = totals.billableSeconds
      timeCost = costed && totals.cost.uncostedSeconds == 0 ? ExactSum(totals.cost.exact) : nil
      let share: Fraction?
      if let value = figures.billableValue, !value.isZero, let own = totals.billableValue ?? .some(.zero(currency)) {
        share = own.exact / value.exact
      } else if figures.billableSeconds > 0 {
        share = Fraction(Int128(totals.billableSeconds), Int128(figures.billableSeconds))
      } else {
        share = .zero
      }
      earned = figures.earned.flatMap { earned in share.map { ExactSum(earned.exact * $0) } }
      otherCost = share.map { ExactSum((figures.expenses + figures.carryingCost).exact * $0) }
    }

    /// The same person's parts of every client, as one.
    static func merged(_ parts: [Part]) -> [Part] {
      var byName: [String?: Part] = [:]
      for part in parts {
        guard var merged = byName[part.name] else {
          var first = part
          (first.client, first.clientName) = (nil, nil)
          byName[part.name] = first
          continue
        }
        merged.seconds += part.seconds
        merged.billableSeconds += part.billableSeconds
        merged.timeCost = merged.timeCost.flatMap { sum in part.timeCost.map { sum.adding($0) } }
        merged.earned = merged.earned.flatMap { sum in part.earned.map { sum.adding($0) } }
        merged.otherCost = merged.otherCost.flatMap { sum in part.otherCost.map { sum.adding($0) } }
        byName[part.name] = merged
      }
      return Array(byName.values)
    }

    var figures: Breakdown.Part {
      var part = Breakdown.Part(client: client, clientName: clientName, name: name)
      part.seconds = seconds
      part.billableSeconds = billableSeconds
      part.timeCost = timeCost?.money(currency)
      part.earned = earned?.money(currency)
      if var profit = earned, let timeCost, let otherCost {
        profit.subtract(timeCost)
        profit.subtract(otherCost)
        part.profit = profit.money(currency)
      }
      return part
    }
  }
}
