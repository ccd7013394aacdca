import Analysis
import Domain

/// A watch flag (spec §5 rule 6) that W's figure no longer raises but still sits near, kept
/// because the latest window before W whose figure lay clear of that band raised it. A client
/// whose lateness or rate swings around a threshold month by month then stays on watch, instead
/// of turning between keep and watch with the weeks.
struct HeldFlag: Sendable, Equatable {
  var flag: Flag
  /// The last day of the window that raised it: the latest before W whose figure left the band.
  var raisedBy: Day
  /// The flag's figure over that window (`FlagRules.figure`).
  var figure: Fraction

  /// The flags set by a figure against a threshold, which a window's noise can carry across it.
  static let flags: [Flag] = [.belowTarget, .latePayer, .scopeCreep]

  /// The windows before W the walk reads end on the last days of the months before as-of's, at
  /// most half a year back: runs on any two days of a month read the same ones, and a figure's
  /// swings within a month need not be read day by day.
  static let monthsBack = 6

  /// How many days before `asOf` each of those windows ends, newest first.
  static func monthEnds(before asOf: Day) -> [Int] {
    var (year, month, _) = asOf.components
    return (0..<monthsBack).compactMap { _ in
      defer { (year, month) = month == 1 ? (year - 1, 12) : (year, month - 1) }
      return Day(year: year, month: month, day: 1).map { asOf - ($0 - 1) }
    }
  }

  /// Where a figure stands against its flag's threshold.
  enum Standing: Equatable {
    /// The figure raises the flag.
    case raised
    /// The figure lies within the band on the clear side of the threshold: the flag holds if the
    /// windows before raised it.
    case near
    /// The figure lies clear of the band.
    case clear
  }

  /// The band on the clear side of each threshold, in which a flag raised before still holds:
  /// an effective rate up to 5% over the target (a 90-day window's rate moves by a few percent
  /// week to week), an average lateness down to two thirds of the threshold (SampleData's Vexley
  /// Media, invoiced monthly and paid 5 to 20 days late, averages 11 to 20 days over 90 against 14),
  /// a non-billable share down to 5 points under the threshold. Nil: the figure is unknown, or
  /// there is no threshold (no target).
  static func standing(_ flag: Flag, of figures: Figures?, settings: Settings) -> Standing? {
    guard let figures, let figure = FlagRules.figure(flag, of: figures),
      let bound = clearBound(flag, settings: settings)
    else { return nil }
    if FlagRules.raises(flag, figure, settings: settings) { return .raised }
    return (flag == .belowTarget ? figure < bound : figure > bound) ? .near : .clear
  }

  /// Where `flag`'s band ends: the figure that clears it (reached or passed).
  static func clearBound(_ flag: Flag, settings: Settings) -> Fraction? {
    switch flag {
    case .belowTarget: settings.targetRate.map { $0.exact * Fraction(21, 20) }
    case .latePayer: settings.lateDaysThreshold * Fraction(2, 3)
    case .scopeCreep: settings.nonBillableThreshold - Fraction(1, 20)
    case .losing, .unbilled, .conduct, .concentration: nil
    }
  }

  /// The flags of `flags` that W (`window`, whose flags are `raised`) does not raise but lies near.
  static func near(_ window: Figures, raised: [Flag], settings: Settings) -> [Flag] {
    flags.filter { !raised.contains($0) && standing($0, of: window, settings: settings) == .near }
  }

  /// For each client of `near` (the flags W lies near), the flags held: walking back over the
  /// windows [end − windowDays + 1, end] for the last day `end` of each month before as-of's,
  /// newest first (each judged as of `asOf`, at most `monthsBack` of them), a flag holds when the first window whose figure leaves
  /// the band raises it, and not when that window is clear, has no figure (no work, no paid
  /// invoice), or never comes. Runs on two days then agree while W's figure stays in the band.
  static func of(
    _ near: [ClientKey: [Flag]], ledger: Ledger, settings: Settings, asOf: Day, book: InvoiceBook
  ) -> [ClientKey: [HeldFlag]] {
    var walking = near
    var held: [ClientKey: [HeldFlag]] = [:]
    TrailingWindow.walkBack(
      Set(near.keys), batches: [monthEnds(before: asOf)], ledger: ledger, settings: settings, asOf: asOf, book: book
    ) { client, end, figures in
      walking[client] = walking[client]?.filter { flag in
        let standing = standing(flag, of: figures, settings: settings)
        if standing == .raised, let figures, let figure = FlagRules.figure(flag, of: figures) {
          held[client, default: []].append(HeldFlag(flag: flag, raisedBy: end, figure: figure))
        }
        return standing == .near
      }
      return walking[client]?.isEmpty == false
    }
    return held
  }
}
