import Analysis
import Domain

/// A client's earlier half against its later half (`TrendComparison`) in words.
enum TrendSummary {
  /// `$78/h → $85/h · 12.0 → 20.0 days late`: the HTML caption.
  static func brief(_ comparison: TrendComparison, currency: Currency) -> String {
    let (earlier, later) = (comparison.earlier.figures, comparison.later.figures)
    return rate(earlier, currency) + " → " + rate(later, currency) + " · " + days(earlier) + " → " + days(later)
      + " days late"
  }

  /// `First half (2025-11 – 2026-04): $78/h, 12.0 days late; second half (2026-05 – 2026-10): $85/h,
  /// 20.0 days late.`: the line under a client's trend table.
  static func sentence(_ comparison: TrendComparison, currency: Currency) -> String {
    func half(_ point: TrendPoint) -> String {
      "(\(point.period.label)): \(rate(point.figures, currency)), \(days(point.figures)) days late"
    }
    return "First half \(half(comparison.earlier)); second half \(half(comparison.later))."
  }

  private static func rate(_ figures: Figures, _ currency: Currency) -> String {
    figures.effectiveRate.map { MoneyText.briefRate($0, currency) } ?? "no hours"
  }

  private static func days(_ figures: Figures) -> String {
    figures.avgDaysLate.map { NumberText.decimal($0, digits: 1) } ?? ReportTable.unknown
  }
}
