import Domain

/// The report's totals row (spec §4 "Totals").
enum Totals {
  /// Money and seconds are sums of the client figures, over the clients where a figure is known
  /// (nil when it is unknown for all); rates, margin and share are computed from those sums, each
  /// over the clients whose figures it reads are known; the lateness averages and days to pay pool
  /// every client's items, and maxDaysLate is the largest of any client.
  static func figures(of tallies: [ClientTally], shareBase: Int128?, currency: Currency) -> Figures {
    var total = Figures(currency: currency)
    var lateness = Lateness()
    var daysToPay = WeightedMean()
    // The sums the ratios read, each over the clients whose figure is known.
    var invoicedWithValue = Money.zero(currency)
    var secondsWithEarned: Int64 = 0
    func add(_ value: Money?, to sum: inout Money?) {
      if let value { sum = (sum ?? .zero(currency)) + value }
    }
    total.unbilledValue = nil
    total.earned = nil
    total.opportunityCost = nil
    var shareSum: Money?
    for tally in tallies {
      let figures = tally.figures
      total.seconds += figures.seconds
      total.billableSeconds += figures.billableSeconds
      add(figures.billableValue, to: &total.billableValue)
      if figures.billableValue != nil { invoicedWithValue += figures.invoiced }
      total.invoiced += figures.invoiced
      total.collected += figures.collected
      total.outstanding += figures.outstanding
      total.badDebt += figures.badDebt
      total.netRevenue += figures.netRevenue
      add(figures.unbilledValue, to: &total.unbilledValue)
      add(figures.earned, to: &total.earned)
      if figures.earned != nil { secondsWithEarned += figures.seconds }
      total.expenses += figures.expenses
      add(figures.cost, to: &total.cost)
      if let timeCost = figures.timeCost { total.timeCost = (total.timeCost ?? .zero) + timeCost }
      total.carryingCost += figures.carryingCost
      add(figures.profit, to: &total.profit)
      add(figures.opportunityCost, to: &total.opportunityCost)
      if figures.share != nil { add(tally.yearEarned, to: &shareSum) }
      lateness.merge(tally.lateness)
      daysToPay.merge(tally.daysToPay)
    }
    total.setRatios()
    let hoursWithEarned = Fraction(Int128(secondsWithEarned), 3600)
    total.effectiveRate = secondsWithEarned > 0 ? total.earned.map { $0.exact / hoursWithEarned } : nil
    if let value = total.billableValue, !value.isZero {
      total.realization = invoicedWithValue.exact / value.exact
    }
    if let shareSum, let shareBase { total.share = Fraction(Int128(shareSum.minorUnits), shareBase) }
    total.setLateness(lateness, daysToPay: daysToPay)
    return total
  }
}
