import Domain

extension Figures {
  /// Sets the figures that are ratios of the money and time already in place (spec §4):
  /// effectiveRate, collectedRate, realization and margin. Clients and totals share it, so the
  /// totals' ratios come from the summed money exactly as the spec asks.
  mutating func setRatios() {
    if seconds > 0 {
      effectiveRate = netRevenue.exact / hours
      collectedRate = collected.exact / hours
    } else {
      effectiveRate = nil
      collectedRate = nil
    }
    if let billableValue, !billableValue.isZero {
      realization = invoiced.exact / billableValue.exact
    } else {
      realization = nil
    }
    margin = netRevenue.minorUnits > 0 ? profit.exact / netRevenue.exact : nil
  }

  /// Sets avgDaysLate, lateShare, maxDaysLate and avgDaysToPay from pooled sums.
  mutating func setLateness(_ lateness: Lateness, daysToPay: WeightedMean) {
    avgDaysLate = lateness.averageDaysLate
    lateShare = lateness.lateShare
    maxDaysLate = lateness.maxDaysLate
    avgDaysToPay = daysToPay.mean
  }
}
