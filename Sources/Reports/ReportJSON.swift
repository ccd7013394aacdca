import Analysis
import Decisions
import Domain
import Localization

/// The profitability report as the JSON object of spec §6, keys in the spec's order, clients by
/// name, each client ending in its `decision` (the recommendation, null without one). Number
/// formats: `FigureFields`.
enum ReportJSON {
  /// The document, ending in a newline.
  static func document(_ report: ProfitabilityReport, decisions: DecisionReport?, _ locale: TextLocale) -> String {
    JSONWriter.document(node(report, decisions: decisions, locale))
  }

  static func node(_ report: ProfitabilityReport, decisions: DecisionReport?, _ locale: TextLocale) -> JSONNode {
    let recommendations = ClientRecommendations.of(decisions)
    let clients = ClientOrder.byName(report.clients).map { client in
      self.client(clientFigures: client, report.currency, recommendation: recommendations[client.client])
    }
    return .object([
      .init("asOf", .string(report.asOf.description)), .init("from", .string(report.from?.description)),
      .init("to", .string(report.to?.description)), .init("currency", .string(report.currency.code)),
      .init("clients", .array(clients)), .init("totals", .object(figures(report.totals, report.currency))),
      .init("diagnostics", .diagnostics(report.diagnostics, locale)),
    ])
  }

  private static func client(
    clientFigures client: ClientFigures, _ currency: Currency, recommendation: Recommendation?
  ) -> JSONNode {
    var members = [JSONNode.Member("client", .string(client.name))]
    members += figures(client.figures, currency)
    let aging = client.aging.buckets.map { JSONNode.Member($0.name, .number(NumberText.major($0.amount))) }
    members.append(.init("aging", .object(aging)))
    members.append(.init("flags", .array(client.flags.sorted().map { .string($0.rawValue) })))
    members.append(.init("decision", .string(recommendation?.rawValue)))
    return .object(members)
  }

  private static func figures(_ figures: Figures, _ currency: Currency) -> [JSONNode.Member] {
    FigureFields.all.map { .init($0.key, .number($0.text(figures, currency))) }
  }
}
