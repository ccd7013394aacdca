import Domain

extension FigureCalculator {
  /// The report's clients (those `filter` leaves in) split by `dimension` (spec §4b); a person's
  /// parts of each client are merged into one unless `perClient`.
  public static func breakdown(
    ledger: Ledger, settings: Settings, by dimension: Breakdown.Dimension, filter: ClientFilter? = nil,
    perClient: Bool = false
  ) -> Breakdown {
    let calculation = Calculation(ledger: ledger, settings: settings)
    let asOf = calculation.asOf
    let period = Period(from: calculation.period.from, to: min(calculation.period.to ?? asOf, asOf))
    var tallies: [ClientKey: ClientTally] = [:]
    for tally in calculation.tallies where filter?.includes(tally.client) ?? true { tallies[tally.client] = tally }
    // Each client's time by part name, with its cost and billable value.
    var time: [ClientKey: [String?: TimeTotals]] = [:]
    for entry in ledger.timeEntries where period.contains(entry.day) && tallies[entry.client] != nil {
      guard filter?.includes(project: entry.project, person: entry.person) ?? true else { continue }
      let name = dimension == .project ? entry.project : entry.person
      let rate = entry.costSeconds == nil ? settings.costRates.rate(of: entry.person, on: entry.day) : nil
      time[entry.client, default: [:]][name, default: TimeTotals()].add(
        seconds: entry.seconds, billable: entry.billable, value: entry.value, rowCost: entry.costSeconds, rate: rate)
    }
    let currency = settings.currency
    var parts: [Part] = []
    for (client, groups) in time {
      guard let tally = tallies[client] else { continue }
      let name = ledger.clients.displayName(for: client)
      for (group, totals) in groups {
        parts.append(
          Part(
            client: client, clientName: name, name: group, totals: totals, of: tally.figures,
            costed: calculation.costed,
            currency: currency))
      }
    }
    if dimension == .person && !perClient { parts = Part.merged(parts) }
    parts.sort { ($0.clientName ?? "", $0.name ?? "\u{10FFFF}") < ($1.clientName ?? "", $1.name ?? "\u{10FFFF}") }
    return Breakdown(
      dimension: dimension, asOf: asOf, from: settings.from, to: settings.to, currency: currency,
      parts: parts.map(\.figures))
  }

  /// One part as it is summed: exact figures, rounded once at the end.
  fileprivate struct Part {
    var client: ClientKey?
    var clientName: String?
    var name: String?
    var seconds: Int64
    var billableSeconds: Int64
    var timeCost: Fraction?
    var earned: Fraction?
    /// The client's expenses and carrying cost attributed to the part.
    var otherCost: Fraction?
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
      timeCost = costed && totals.cost.uncostedSeconds == 0 ? totals.cost.exact : nil
      let share: Fraction?
      if let value = figures.billableValue, !value.isZero, let own = totals.billableValue ?? .some(.zero(currency)) {
        share = own.exact / value.exact
      } else if figures.billableSeconds > 0 {
        share = Fraction(Int128(totals.billableSeconds), Int128(figures.billableSeconds))
      } else {
        share = .zero
      }
      earned = figures.earned.flatMap { earned in share.map { earned.exact * $0 } }
      otherCost = share.map { (figures.expenses + figures.carryingCost).exact * $0 }
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
        merged.timeCost = merged.timeCost.flatMap { sum in part.timeCost.map { sum + $0 } }
        merged.earned = merged.earned.flatMap { sum in part.earned.map { sum + $0 } }
        merged.otherCost = merged.otherCost.flatMap { sum in part.otherCost.map { sum + $0 } }
        byName[part.name] = merged
      }
      return Array(byName.values)
    }

    var figures: Breakdown.Part {
      var part = Breakdown.Part(client: client, clientName: clientName, name: name)
      part.seconds = seconds
      part.billableSeconds = billableSeconds
      part.timeCost = timeCost.map { Money(exactMinorUnits: $0, currency: currency) }
      part.earned = earned.map { Money(exactMinorUnits: $0, currency: currency) }
      if let earned, let timeCost, let otherCost {
        part.profit = Money(exactMinorUnits: earned - timeCost - otherCost, currency: currency)
      }
      return part
    }
  }
}
