import Analysis
import Domain
import Localization

/// The trend as one JSON object: the report's header keys, `by`, the periods, then each client's
/// periods with every figure of spec §6 (`FigureFields`), and the totals per period.
///
/// ```
/// {"asOf", "from", "to", "currency", "by",
///  "periods": [{"period", "from", "to"}],
///  "clients": [{"client", "periods": [{"period", "active", "hours", …, "maxDaysLate", "flags"}]}],
///  "totals": [{"period", "active", "hours", …, "maxDaysLate"}],
///  "diagnostics": [...]}
/// ```
/// Every client lists every period, quiet ones with `"active": false`, so each array lines up
/// with `periods`. Clients are sorted by name.
enum TrendJSON {
  /// The document, ending in a newline.
  static func document(_ trend: TrendReport, _ locale: TextLocale) -> String {
    let clients = trend.clients.sorted { ClientOrder.nameOrder(($0.client, $0.name), ($1.client, $1.name)) }
    return JSONWriter.document(
      .object([
        .init("asOf", .string(trend.asOf.description)), .init("from", .string(trend.from?.description)),
        .init("to", .string(trend.to?.description)), .init("currency", .string(trend.currency.code)),
        .init("by", .string(trend.interval.rawValue)),
        .init(
          "periods",
          .array(
            trend.periods.map {
              .object([
                .init("period", .string($0.label)), .init("from", .string($0.first.description)),
                .init("to", .string($0.last.description)),
              ])
            })),
        .init(
          "clients",
          .array(
            clients.map { client in
              .object([
                .init("client", .string(client.name)),
                .init("periods", .array(client.points.map { point($0, trend.currency, flags: true) })),
              ])
            })),
        .init("totals", .array(trend.totals.map { point($0, trend.currency, flags: false) })),
        .init("diagnostics", .diagnostics(trend.diagnostics, locale)),
      ]))
  }

  private static func point(_ point: TrendPoint, _ currency: Currency, flags: Bool) -> JSONNode {
    var members = [JSONNode.Member("period", .string(point.period.label)), .init("active", .bool(point.isActive))]
    members += FigureFields.all.map { .init($0.key, .number($0.text(point.figures, currency))) }
    if flags { members.append(.init("flags", .array(point.flags.sorted().map { .string($0.rawValue) }))) }
    return .object(members)
  }
}
