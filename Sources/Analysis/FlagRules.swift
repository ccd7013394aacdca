import Domain

/// The warnings of spec §4 "Flags", decided from a client's figures.
enum FlagRules {
  /// Open balances more than this many days past due make a late payer whatever the average.
  static let latePayerOpenDays = 60

  /// The client's flags, in the order the spec lists them.
  static func flags(for client: ClientFigures, settings: Settings, asOf: Day) -> [Flag] {
    let figures = client.figures
    var flags: [Flag] = []
    if figures.profit?.isNegative == true { flags.append(.losing) }
    if let target = settings.targetRate, let rate = figures.effectiveRate, rate < target.exact {
      flags.append(.belowTarget)
    }
    let lateOnAverage = figures.avgDaysLate.map { $0 > settings.lateDaysThreshold } ?? false
    let longOpen = (client.maxDaysPastDue ?? 0) > latePayerOpenDays
    if lateOnAverage || longOpen { flags.append(.latePayer) }
    if figures.seconds > 0 {
      let nonBillable = Fraction(Int128(figures.seconds - figures.billableSeconds), Int128(figures.seconds))
      if nonBillable > settings.nonBillableThreshold { flags.append(.scopeCreep) }
    }
    if client.hasStaleUnbilledWork(asOf: asOf) { flags.append(.unbilled) }
    if client.hasSevereIncident || client.moderateIncidentCount >= 3 { flags.append(.conduct) }
    if let share = figures.share, share >= settings.concentrationThreshold { flags.append(.concentration) }
    return flags.sorted()
  }
}
