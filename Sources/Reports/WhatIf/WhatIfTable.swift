import Decisions
import Domain

/// The `whatif` comparison as a table the terminal, markdown and HTML share: a row per client with
/// its profit, effective rate and recommendation before → after (one value when it did not change),
/// and the total profit.
enum WhatIfTable {
  static func table(_ report: WhatIfReport) -> TextTable {
    let currency = report.before.currency
    let columns = [
      TextTable.Column("Client", .left, fit: .truncate(minimum: 10, preferred: 22), priority: 0),
      TextTable.Column("Profit", .right, priority: 0),
      TextTable.Column("Eff. rate", .right, priority: 2),
      TextTable.Column("Decision", .left, priority: 1),
    ]
    var table = TextTable(columns: columns)
    for client in report.clients {
      let profit = pair(client, currency) { $0.figures?.profit.map { MoneyText.brief($0.exact, currency) } }
      let rate = pair(client, currency) { $0.figures?.effectiveRate.map { MoneyText.briefRate($0, currency) } }
      let decision = pair(client, currency) { $0.recommendation?.words }
      let loses = (client.after ?? client.before)?.figures?.profit?.isNegative == true
      table.rows.append(
        .cells([
          TextTable.Cell(PrintableText.of(client.name), client.flips ? .strong : .plain),
          TextTable.Cell(profit, loses ? .loss : .plain), TextTable.Cell(rate),
          TextTable.Cell(decision, client.flips ? .warning : .plain),
        ]))
    }
    table.rows.append(.rule)
    let total = [report.before.totals.profit, report.after.totals.profit].map {
      $0.map { MoneyText.brief($0.exact, currency) } ?? ReportTable.unknown
    }
    table.rows.append(
      .cells([
        TextTable.Cell("Total", .strong),
        TextTable.Cell(total[0] == total[1] ? total[0] : total[0] + " → " + total[1], .strong),
        TextTable.Cell(""), TextTable.Cell(""),
      ]))
    return table
  }

  /// `before → after`, or the one value when it did not change; `dropped` and `new` for a side
  /// where the client is not.
  private static func pair(
    _ client: WhatIfReport.Client, _ currency: Currency, _ text: (WhatIfReport.Side) -> String?
  ) -> String {
    let before = client.before.map { text($0) ?? ReportTable.unknown } ?? WhatIfWords.new
    let after = client.after.map { text($0) ?? ReportTable.unknown } ?? WhatIfWords.dropped
    if client.before == nil { return after + " (" + WhatIfWords.new + ")" }
    return before == after ? before : before + " → " + after
  }
}
