import Analysis
import Domain
import Localization

/// The plain-language sentence under the report table about the clients that lose money.
enum LossSummary {
  /// `2 clients lose money: Kettle & Crane Ltd (−$3,210), Vexley Media (−$1,020).`, largest loss
  /// first (ties by name), `No client loses money.`, or, when profit is unknown for want of a cost
  /// rate, a sentence that says so rather than claim nobody loses money.
  ///
  /// Amounts are whole major units like the table, unless that would show a loss as zero.
  static func sentence(_ report: ProfitabilityReport) -> LocalizedText {
    let losing = report.clients.compactMap { client in client.figures.profit.map { (client, $0) } }
      .filter { $0.1.isNegative }
      .sorted { a, b in
        a.1 != b.1
          ? a.1.minorUnits < b.1.minorUnits : ClientOrder.nameOrder((a.0.client, a.0.name), (b.0.client, b.0.name))
      }
    if losing.isEmpty {
      if report.costRateMissing {
        return LocalizedText(
          en: "Profit is unknown without a cost rate: set one to see who loses money.",
          ar: "الربح غير معروف دون تكلفة الساعة: اضبطها لترى من يخسر.")
      }
      if report.clients.contains(where: { $0.figures.profit == nil }) {
        return LocalizedText(
          en: "No client with a known profit loses money; the others have unbilled work of unknown value.",
          ar: "لا يخسر أي عميل معروف الربح؛ ولدى الباقين عمل غير مفوتر قيمته غير معروفة.")
      }
      return LocalizedText(en: "No client loses money.", ar: "لا يخسر أي عميل.")
    }
    let items = losing.map { client, profit in
      LocalizedText.same("\(name: client.name) (\(brief: profit.exact, profit.currency))")
    }
    // The verb before its subject stays singular in Arabic, whatever the count.
    let verb: Template = losing.count == 1 ? " loses" : " lose"
    return LocalizedText(
      en: "\(count: losing.count, .client)" + verb + " money: \(list: items, .comma).",
      ar: "يخسر \(count: losing.count, .client): \(list: items, .comma).")
  }
}
