import Analysis
import Domain
import Localization

/// The report table's columns, each declared once with its title, alignment, priority and cell:
/// the terminal, markdown and the HTML page all show these.
///
/// Priority 0 (always shown): Client, Eff. rate, Profit, Decision. Then, as room allows: Unbilled
/// (estimated, not invoiced: the one part of earned revenue that is not a fact, first so that any
/// terminal of 60 columns shows it), Flags, Earned, Hours, Invoiced, Share, Overdue, Collected,
/// Avg days late, Opp. cost.
extension ReportTable {
  /// Client names are cut no narrower than this to make room for more columns…
  static let preferredNameWidth = 24
  /// …and no narrower than this to fit the always-shown columns.
  static let minimumNameWidth = 12

  /// The columns in display order; the Decision column only when there are `decisions`.
  static func columns(
    _ currency: Currency, _ precision: Precision, _ locale: TextLocale, decisions: Bool
  ) -> [TableColumn<Line>] {
    let cells = FigureCells(currency: currency, precision: precision, locale: locale)
    let name = TextTable.Fit.truncate(minimum: minimumNameWidth, preferred: preferredNameWidth)
    let decision = TableColumn<Line>(locale(.decisionTitle), .left, priority: 0) { line in
      TextTable.Cell(line.isTotal ? "" : line.recommendation.map { locale($0.cellText) } ?? unknown)
    }
    return [
      TableColumn(locale(.clientTitle), .left, fit: name, priority: 0) { line in
        TextTable.Cell(
          locale(line.name), line.isTotal ? .strong : line.figures.profit?.isNegative == true ? .loss : .plain)
      },
      TableColumn(locale(.hoursTitle), .right, priority: 4) { cells.hours($0.figures) },
      TableColumn(locale(.invoicedTitle), .right, priority: 5) { cells.money($0.figures.invoiced) },
      TableColumn(locale(.unbilledTitle), .right, priority: 1) { cells.unbilled($0.figures) },
      TableColumn(locale(.earnedTitle), .right, priority: 3) { cells.money($0.figures.earned) },
      TableColumn(locale(.collectedTitle), .right, priority: 8) { cells.collected($0.figures, name: $0.name) },
      TableColumn(locale(.rateTitle), .right, priority: 0) { cells.effectiveRate($0.figures) },
      TableColumn(locale(.daysLateTitle), .right, priority: 9) { cells.avgDaysLate($0.figures) },
      TableColumn(locale(.overdueTitle), .right, priority: 7) { cells.money($0.overdue) },
      TableColumn(locale(.opportunityCostTitle), .right, priority: 10) { cells.money($0.figures.opportunityCost) },
      TableColumn(locale(.profitTitle), .right, priority: 0) { cells.profit($0.figures) },
      TableColumn(locale(.shareTitle), .right, priority: 6) { cells.share($0.figures) },
    ] + (decisions ? [decision] : []) + [
      TableColumn(locale(.flagsTitle), .left, fit: .shorten, priority: 2) { .flags($0.flags, locale) }
    ]
  }
}

extension LocalizedText {
  static let clientTitle = LocalizedText(en: "Client", ar: "العميل")
  static let hoursTitle = LocalizedText(en: "Hours", ar: "الساعات")
  static let invoicedTitle = LocalizedText(en: "Invoiced", ar: "المفوتر")
  static let unbilledTitle = LocalizedText(en: "Unbilled", ar: "غير المفوتر")
  static let earnedTitle = LocalizedText(en: "Earned", ar: "المكتسب")
  static let collectedTitle = LocalizedText(en: "Collected", ar: "المحصّل")
  static let rateTitle = LocalizedText(en: "Eff. rate", ar: "السعر الفعلي")
  static let daysLateTitle = LocalizedText(en: "Avg days late", ar: "متوسط التأخير")
  static let overdueTitle = LocalizedText(en: "Overdue", ar: "المتأخر")
  static let opportunityCostTitle = LocalizedText(en: "Opp. cost", ar: "الفرصة البديلة")
  static let profitTitle = LocalizedText(en: "Profit", ar: "الربح")
  static let shareTitle = LocalizedText(en: "Share", ar: "الحصة")
  static let decisionTitle = LocalizedText(en: "Decision", ar: "القرار")
  static let flagsTitle = LocalizedText(en: "Flags", ar: "المؤشرات")
}
