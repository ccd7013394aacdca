import Analysis
import Domain

/// A client's earlier half against its later half (`TrendComparison`) in words.
enum TrendSummary {
  /// Said where a period has no lateness item: nothing was paid and nothing is past due.
  static let noLateness = "nothing paid or overdue"

  /// `$78/h → $85/h · 12.0 → 20.0 days late`: the HTML caption (`12.0 days late → nothing paid or
  /// overdue` when one half has no lateness).
  static func brief(_ comparison: TrendComparison, currency: Currency) -> String {
    let (earlier, later) = (comparison.earlier.figures, comparison.later.figures)
    let rates = rate(earlier, currency) + " → " + rate(later, currency)
    guard earlier.avgDaysLate != nil, later.avgDaysLate != nil else {
      return rates + " · " + lateness(earlier) + " → " + lateness(later)
    }
    return rates + " · " + days(earlier) + " → " + days(later) + " days late"
  }

  /// `First half (2025-11 – 2026-04): $78/h, 12.0 days late; second half (2026-05 – 2026-10): $85/h,
  /// 20.0 days late.`: the line under a client's trend table.
  static func sentence(_ comparison: TrendComparison, currency: Currency) -> String {
    func half(_ point: TrendPoint) -> String {
      "(\(point.period.label)): \(rate(point.figures, currency)), \(lateness(point.figures))"
    }
    return "First half \(half(comparison.earlier)); second half \(half(comparison.later))."
  }

  private static func rate(_ figures: Figures, _ currency: Currency) -> String {
    figures.effectiveRate.map { MoneyText.briefRate($0, currency) } ?? "no hours"
  }

  /// `12.0 days late`, or `nothing paid or overdue`.
  static func lateness(_ figures: Figures) -> String {
    figures.avgDaysLate == nil ? noLateness : days(figures) + " days late"
  }

  private static func days(_ figures: Figures) -> String {
    figures.avgDaysLate.map { NumberText.decimal($0, digits: 1) } ?? ReportTable.unknown
  }
}
