import Analysis
import Domain
import Localization

/// A client's earlier half against its later half (`TrendComparison`) in words.
enum TrendSummary {
  /// Said where a period has no lateness item: nothing was paid and nothing is past due.
  static let noLateness = LocalizedText(en: "nothing paid or overdue", ar: "لا مدفوعات ولا متأخرات")

  /// `$78/h → $85/h · 12.0 → 20.0 days late`: the HTML caption (`12.0 days late → nothing paid or
  /// overdue` when one half has no lateness). Arabic's arrow points left, the way it reads.
  static func brief(_ comparison: TrendComparison, currency: Currency) -> LocalizedText {
    let (earlier, later) = (comparison.earlier.figures, comparison.later.figures)
    let rates = LocalizedText(
      en: "\(rate(earlier, currency)) → \(rate(later, currency))",
      ar: "\(rate(earlier, currency)) ← \(rate(later, currency))")
    guard let earlierDays = days(earlier), let laterDays = days(later) else {
      return LocalizedText(
        en: "\(rates) · \(lateness(earlier)) → \(lateness(later))",
        ar: "\(rates) · \(lateness(earlier)) ← \(lateness(later))")
    }
    return LocalizedText(
      en: "\(rates) · \(number: earlierDays) → \(number: laterDays) days late",
      ar: "\(rates) · التأخير \(count: earlierDays, .day) ← \(count: laterDays, .day)")
  }

  /// `First half (2025-11 – 2026-04): $78/h, 12.0 days late; second half (2026-05 – 2026-10): $85/h,
  /// 20.0 days late.`: the line under a client's trend table.
  static func sentence(_ comparison: TrendComparison, currency: Currency) -> LocalizedText {
    func half(_ point: TrendPoint) -> LocalizedText {
      let (period, rate, late) = (point.period.text, rate(point.figures, currency), lateness(point.figures))
      return LocalizedText(en: "(\(period)): \(rate), \(late)", ar: "(\(period)): \(rate)، \(late)")
    }
    return LocalizedText(
      en: "First half \(half(comparison.earlier)); second half \(half(comparison.later)).",
      ar: "النصف الأول \(half(comparison.earlier))؛ النصف الثاني \(half(comparison.later)).")
  }

  private static func rate(_ figures: Figures, _ currency: Currency) -> LocalizedText {
    figures.effectiveRate.map { LocalizedText.same("\(briefRate: $0, currency)") }
      ?? LocalizedText(en: "no hours", ar: "لا ساعات")
  }

  /// `12.0 days late`, or `nothing paid or overdue`.
  static func lateness(_ figures: Figures) -> LocalizedText {
    guard let late = days(figures) else { return noLateness }
    return LocalizedText(en: "\(number: late) days late", ar: "تأخير \(count: late, .day)")
  }

  /// The average days late with one decimal.
  private static func days(_ figures: Figures) -> DecimalNumber? {
    figures.avgDaysLate.map { DecimalNumber($0, decimals: 1) }
  }
}
