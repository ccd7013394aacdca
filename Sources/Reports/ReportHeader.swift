import Analysis
import Domain
import Localization

/// What the report's figures are about: the as-of date, the period, the currency and the revenue
/// basis, and the warning when cost and profit are unknown for want of a cost rate.
enum ReportHeader {
  /// `Client profitability as of 2026-10-31`.
  static func title(_ report: ProfitabilityReport) -> LocalizedText {
    LocalizedText(en: "Client profitability as of \(day: report.asOf)", ar: "ربحية العملاء بتاريخ \(day: report.asOf)")
  }

  /// The facts after the title: period, currency, revenue basis.
  static func details(_ report: ProfitabilityReport) -> [LocalizedText] {
    [
      period(from: report.from, to: report.to), currency(report.currency),
      LocalizedText(
        en: "profit and rates use earned revenue: invoices matched to the work they bill, plus unbilled work "
          + "estimated (not invoiced); lateness and aging from due dates",
        ar: "الربح والأسعار محسوبة على الإيراد المكتسب: الفواتير مطابقةً للعمل الذي تفوتره، مع تقدير العمل غير "
          + "المفوتر؛ والتأخير وأعمار الديون من تواريخ الاستحقاق"),
    ]
  }

  /// The title and the details, `·` between them, in lines of at most `width` columns broken
  /// between two facts rather than inside one: the head of the terminal table.
  static func lines(_ report: ProfitabilityReport, width: Int, _ locale: TextLocale) -> [String] {
    TextWrap.items(([title(report)] + details(report)).map { locale($0) }, width: width)
  }

  /// `USD`; in Arabic `العملة: USD`, since an Arabic table's amounts leave their code out.
  static func currency(_ currency: Currency) -> LocalizedText {
    LocalizedText(en: "\(code: currency.code)", ar: "العملة: \(code: currency.code)")
  }

  /// The warning line when no cost rate was set, else nil.
  static func costRateWarning(_ report: ProfitabilityReport) -> LocalizedText? {
    guard report.costRateMissing else { return nil }
    return LocalizedText(
      en: "Cost and profit are unknown: no cost rate is set (costRate in clientworth.json, or --cost-rate).",
      ar: "التكلفة والربح غير معروفين: لم تُضبط تكلفة الساعة (\(code: "costRate") في \(code: "clientworth.json")، أو "
        + "\(code: "--cost-rate")).")
  }

  /// `period: all data`, `period: 2026-01-01 – 2026-06-30`, `period: from 2026-01-01`,
  /// `period: up to 2026-06-30`.
  static func period(from: Day?, to: Day?) -> LocalizedText {
    let span: LocalizedText =
      switch (from, to) {
      case (nil, nil): LocalizedText(en: "all data", ar: "كل البيانات")
      case (let from?, nil): LocalizedText(en: "from \(day: from)", ar: "من \(day: from)")
      case (nil, let to?): LocalizedText(en: "up to \(day: to)", ar: "حتى \(day: to)")
      case (let from?, let to?): .same("\(day: from) – \(day: to)")
      }
    return LocalizedText(en: "period: \(span)", ar: "الفترة: \(span)")
  }
}
