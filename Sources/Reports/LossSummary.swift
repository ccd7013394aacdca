import Analysis
import Domain

/// The plain-language sentence under the report table about the clients that lose money.
enum LossSummary {
  /// `2 clients lose money: Kettle & Crane Ltd (−$3,210), Vexley Media (−$1,020).`, largest loss
  /// first (ties by name), or `No client loses money.`
  ///
  /// Amounts are whole major units like the table, unless that would show a loss as zero.
  static func sentence(_ report: ProfitabilityReport) -> String {
    let losing = report.clients.filter { $0.figures.profit.isNegative }.sorted { a, b in
      a.figures.profit != b.figures.profit
        ? a.figures.profit.minorUnits < b.figures.profit.minorUnits
        : ClientOrder.nameOrder((a.client, a.name), (b.client, b.name))
    }
    guard !losing.isEmpty else { return "No client loses money." }
    let subject = losing.count == 1 ? "1 client loses money" : "\(losing.count) clients lose money"
    let items = losing.map { client in
      let loss = MoneyText.brief(client.figures.profit.exact, client.figures.profit.currency)
      return "\(PrintableText.of(client.name)) (\(loss))"
    }
    return subject + ": " + items.joined(separator: ", ") + "."
  }
}
