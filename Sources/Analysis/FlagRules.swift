import Domain

/// The warnings of spec §4 "Flags", decided from a client's figures.
public enum FlagRules {
  /// Open balances more than this many days past due make a late payer whatever the average.
  static let latePayerOpenDays = 60

  /// The client's flags, in the order the spec lists them.
  static func flags(for client: ClientFigures, settings: Settings, asOf: Day) -> [Flag] {
    let figures = client.figures
    func raised(_ flag: Flag) -> Bool {
      figure(flag, of: figures).map { raises(flag, $0, settings: settings) } ?? false
    }
    var flags: [Flag] = []
    if figures.profit?.isNegative == true { flags.append(.losing) }
    if raised(.belowTarget) { flags.append(.belowTarget) }
    if raised(.latePayer) || (client.maxDaysPastDue ?? 0) > latePayerOpenDays { flags.append(.latePayer) }
    if raised(.scopeCreep) { flags.append(.scopeCreep) }
    if client.hasStaleUnbilledWork(asOf: asOf) { flags.append(.unbilled) }
    if client.hasSevereIncident || client.moderateIncidentCount >= 3 { flags.append(.conduct) }
    if let share = figures.share, share >= settings.concentrationThreshold { flags.append(.concentration) }
    return flags.sorted()
  }

  /// The figure a flag set against a threshold is judged by: the margin (losing, which the sign
  /// of profit sets, and the margin's whenever earned revenue is positive), the effective rate
  /// (below-target), the average days late (late-payer, whose other arm is an old open balance)
  /// and the share of hours not billable (scope-creep); nil for the other flags, or when the
  /// figure is unknown.
  public static func figure(_ flag: Flag, of figures: Figures) -> Fraction? {
    switch flag {
    case .losing: figures.margin
    case .belowTarget: figures.effectiveRate
    case .latePayer: figures.avgDaysLate
    case .scopeCreep:
      figures.seconds > 0
        ? Fraction(Int128(figures.seconds - figures.billableSeconds), Int128(figures.seconds)) : nil
    case .unbilled, .conduct, .concentration: nil
    }
  }

  /// Whether `figure` (as `figure(_:of:)` gives it) raises `flag` under `settings`.
  public static func raises(_ flag: Flag, _ figure: Fraction, settings: Settings) -> Bool {
    switch flag {
    case .losing: figure < .zero
    case .belowTarget: settings.targetRate.map { figure < $0.exact } ?? false
    case .latePayer: figure > settings.lateDaysThreshold
    case .scopeCreep: figure > settings.nonBillableThreshold
    case .unbilled, .conduct, .concentration: false
    }
  }
}
