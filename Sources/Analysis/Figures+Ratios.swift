import Domain

extension Figures {
  /// Sets the figures that are ratios of the money and time already in place (spec §4):
  /// effectiveRate and margin (on earned revenue), collectedRate and realization. Clients and
  /// totals share it; the totals then narrow effectiveRate and realization to the clients whose
  /// earned and billable value are known (`Totals`).
  mutating func setRatios() {
    if seconds > 0 {
      effectiveRate = earned.map { $0.exact / hours }
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
    if let earned, let profit, earned.minorUnits > 0 {
      margin = profit.exact / earned.exact
    } else {
      margin = nil
    }
  }

  /// Sets avgDaysLate, lateShare, maxDaysLate and avgDaysToPay from pooled sums.
  mutating func setLateness(_ lateness: Lateness, daysToPay: WeightedMean) {
    avgDaysLate = lateness.averageDaysLate
    lateShare = lateness.lateShare
    maxDaysLate = lateness.maxDaysLate
    avgDaysToPay = daysToPay.mean
  }
}
