import Domain

/// The report's totals row (spec §4 "Totals").
enum Totals {
  /// Money and seconds are sums of the client figures; rates, margin and shares are computed from
  /// those sums; the lateness averages and days to pay pool every client's items, and
  /// maxDaysLate is the largest of any client. billableValue is nil when every client's is.
  static func figures(of tallies: [ClientTally], currency: Currency) -> Figures {
    var total = Figures(currency: currency)
    var lateness = Lateness()
    var daysToPay = WeightedMean()
    for tally in tallies {
      let figures = tally.figures
      total.seconds += figures.seconds
      total.billableSeconds += figures.billableSeconds
      if let value = figures.billableValue { total.billableValue = (total.billableValue ?? .zero(currency)) + value }
      total.invoiced += figures.invoiced
      total.collected += figures.collected
      total.outstanding += figures.outstanding
      total.badDebt += figures.badDebt
      total.netRevenue += figures.netRevenue
      total.expenses += figures.expenses
      total.cost += figures.cost
      total.carryingCost += figures.carryingCost
      total.profit += figures.profit
      total.opportunityCost += figures.opportunityCost
      lateness.merge(tally.lateness)
      daysToPay.merge(tally.daysToPay)
    }
    total.setRatios()
    total.setLateness(lateness, daysToPay: daysToPay)
    return total
  }
}
