import Analysis
import Domain

/// What the report's figures are about: the as-of date, the period, the currency and the revenue
/// basis, and the warning when cost and profit are unknown for want of a cost rate.
enum ReportHeader {
  /// `Client profitability as of 2026-10-31`.
  static func title(_ report: ProfitabilityReport) -> String {
    "Client profitability as of \(report.asOf)"
  }

  /// The facts after the title: period, currency, revenue basis.
  static func details(_ report: ProfitabilityReport) -> [String] {
    [
      "period: " + period(from: report.from, to: report.to), report.currency.code,
      "profit and rates use earned revenue: invoices matched to the work they bill, plus unbilled work "
        + "estimated (not invoiced); lateness and aging from due dates",
    ]
  }

  /// The title and the details, `·` between them, in lines of at most `width` columns broken
  /// between two facts rather than inside one: the head of the terminal table.
  static func lines(_ report: ProfitabilityReport, width: Int) -> [String] {
    TextWrap.items([title(report)] + details(report), width: width)
  }

  /// The warning line when no cost rate was set, else nil.
  static func costRateWarning(_ report: ProfitabilityReport) -> String? {
    guard report.costRateMissing else { return nil }
    return "Cost and profit are unknown: no cost rate is set (costRate in clientworth.json, or --cost-rate)."
  }

  /// `all data`, `2026-01-01 – 2026-06-30`, `from 2026-01-01`, `up to 2026-06-30`.
  static func period(from: Day?, to: Day?) -> String {
    switch (from, to) {
    case (nil, nil): "all data"
    case (let from?, nil): "from \(from)"
    case (nil, let to?): "up to \(to)"
    case (let from?, let to?): "\(from) – \(to)"
    }
  }
}
