import Analysis
import Domain

/// One concrete fix for one cause of a loss or one flag (spec §5 rules 6 and 12), with the money
/// it is about over the window; the plan and the letter each word it for their reader.
public enum Remedy: Sendable, Equatable {
  /// The rate is below break-even or below target: ask for the decision's proposed rate.
  case raiseRate
  /// Hours that are not billed: change orders for extra work, or a cap on it in writing.
  /// `cost` is what those hours cost in W (nil without a cost rate).
  case billExtraWork(nonBillableShare: Fraction, cost: Money?)
  /// Late payment and what carrying it cost in W: a deposit, shorter terms, a late fee, and work
  /// stopped past `stopAfterDays` days late.
  case payOnTime(averageDaysLate: Fraction?, carryingCost: Money, stopAfterDays: Int)
  /// Expenses spent on the client in W: bill them on, or agree they are in the rate.
  case billExpenses(Money)
  /// Incidents of conduct: the boundaries restated in writing (scope, channels and hours, deadlines).
  case setBoundaries(moderateIncidents: Int)

  /// The remedies for a losing client's causes (rule 12), the rate first, then by what each cause
  /// costs in W, largest first.
  static func forLoss(_ input: DecisionInput, rate: RateProposal) -> [Remedy] {
    let window = input.window.figures
    var causes: [(cost: Fraction, remedy: Remedy)] = []
    if let nonBillable = nonBillable(input), case .billExtraWork(_, let cost) = nonBillable {
      causes.append((cost?.exact ?? .zero, nonBillable))
    }
    // Lateness is a cause worth a fix when the client is a late payer; a few days now and then is not.
    if input.window.flags.contains(.latePayer) {
      causes.append((window.carryingCost.exact, payOnTime(input)))
    }
    if !window.expenses.isZero { causes.append((window.expenses.exact, .billExpenses(window.expenses))) }
    var remedies = causes.sorted { $0.cost > $1.cost }.map(\.remedy)
    if let current = rate.currentRate, let breakEven = rate.breakEvenRate, current < breakEven {
      remedies.insert(.raiseRate, at: 0)
    }
    if input.window.flags.contains(.conduct) || input.moderateIncidentsInWindow >= DecisionRules.moderateIncidentLimit {
      remedies.append(.setBoundaries(moderateIncidents: input.moderateIncidentsInWindow))
    }
    return remedies
  }

  /// The remedy for each flag of a profitable client that keeps it from keep (rule 6).
  static func forFlags(_ input: DecisionInput) -> [Remedy] {
    let flags = input.watchFlags
    var remedies: [Remedy] = []
    if flags.contains(.belowTarget) { remedies.append(.raiseRate) }
    if flags.contains(.latePayer) { remedies.append(payOnTime(input)) }
    if flags.contains(.scopeCreep), let nonBillable = nonBillable(input) { remedies.append(nonBillable) }
    if flags.contains(.conduct) { remedies.append(.setBoundaries(moderateIncidents: input.moderateIncidentsInWindow)) }
    return remedies
  }

  private static func nonBillable(_ input: DecisionInput) -> Remedy? {
    let window = input.window.figures
    let seconds = window.seconds - window.billableSeconds
    guard seconds > 0 else { return nil }
    let cost = input.settings.costRate.map { Money.of(seconds: seconds, at: $0) }
    return .billExtraWork(nonBillableShare: Fraction(Int128(seconds), Int128(window.seconds)), cost: cost)
  }

  private static func payOnTime(_ input: DecisionInput) -> Remedy {
    let window = input.window.figures
    let threshold = input.settings.lateDaysThreshold.roundedHalfEven()
    return .payOnTime(
      averageDaysLate: window.avgDaysLate, carryingCost: window.carryingCost, stopAfterDays: Int(threshold))
  }
}
