import Decisions
import Domain
import Localization

/// The `whatif` comparison as a table the terminal, markdown and HTML share: a row per client with
/// its profit, effective rate and recommendation before → after (one value when it did not change),
/// and the total profit.
enum WhatIfTable {
  static func table(_ report: WhatIfReport, _ locale: TextLocale) -> TextTable {
    let currency = report.before.currency
    let columns = [
      TextTable.Column(locale(.clientTitle), .left, fit: .truncate(minimum: 10, preferred: 22), priority: 0),
      TextTable.Column(locale(.profitTitle), .right, priority: 0),
      TextTable.Column(locale(.rateTitle), .right, priority: 2),
      TextTable.Column(locale(.decisionTitle), .left, priority: 1),
    ]
    var table = TextTable(columns: columns)
    for client in report.clients {
      let profit = pair(client) { side in side.figures?.profit.map { amount($0.exact, currency, locale) } }
      let rate = pair(client) { side in
        side.figures?.effectiveRate.map { amount($0, currency, perHour: true, locale) }
      }
      let decision = pair(client) { $0.recommendation?.words }
      let loses = (client.after ?? client.before)?.figures?.profit?.isNegative == true
      table.rows.append(
        .cells([
          TextTable.Cell(locale(name(client)), client.flips ? .strong : .plain),
          TextTable.Cell(locale(profit), loses ? .loss : .plain), TextTable.Cell(locale(rate)),
          TextTable.Cell(locale(decision), client.flips ? .warning : .plain),
        ]))
    }
    table.rows.append(.rule)
    let total = [report.before.totals.profit, report.after.totals.profit].map {
      $0.map { amount($0.exact, currency, locale) } ?? unknown
    }
    table.rows.append(
      .cells([
        TextTable.Cell(locale(.total), .strong),
        TextTable.Cell(locale(total[0] == total[1] ? total[0] : WhatIfWords.pair(total[0], total[1])), .strong),
        TextTable.Cell(""), TextTable.Cell(""),
      ]))
    return table
  }

  private static let unknown = LocalizedText.same("\(code: ReportTable.unknown)")

  /// `$1,235`, `$112/h` in whole units; in Arabic the bare number, as the report's Arabic table
  /// writes it (`MoneyText.cell`).
  private static func amount(
    _ minorUnits: Fraction, _ currency: Currency, perHour: Bool = false, _ locale: TextLocale
  ) -> LocalizedText {
    .written(MoneyText.cell(MoneyText.briefAmount(minorUnits, currency, perHour: perHour), locale))
  }

  /// The client's name; a refill's in words (`Meridian Health (refill)`).
  private static func name(_ client: WhatIfReport.Client) -> LocalizedText {
    guard let dropped = client.refillOf else { return .same("\(name: client.name)") }
    return LocalizedText(en: "\(name: client.name)", ar: "\(name: dropped) (بديل)")
  }

  /// `before → after`, or the one value when it did not change; `dropped` and `new` for a side
  /// where the client is not.
  private static func pair(
    _ client: WhatIfReport.Client, _ text: (WhatIfReport.Side) -> LocalizedText?
  ) -> LocalizedText {
    let before = client.before.map { text($0) ?? unknown } ?? WhatIfWords.new
    let after = client.after.map { text($0) ?? unknown } ?? WhatIfWords.dropped
    if client.before == nil { return .same("\(after) (\(WhatIfWords.new))") }
    return before == after ? before : WhatIfWords.pair(before, after)
  }
}
