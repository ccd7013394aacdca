import Analysis
import Decisions
import Domain
import Localization

/// A `whatif` comparison as one JSON object (docs/output.md "whatif").
enum WhatIfJSON {
  static func document(_ report: WhatIfReport, _ locale: TextLocale) -> String {
    let currency = report.before.currency
    func money(_ value: Fraction?) -> JSONNode {
      .number(value.map { NumberText.major(exactMinorUnits: $0, currency: currency) })
    }
    let clients = report.clients.map { client in
      JSONNode.object([
        .init("client", .string(client.name)), .init("before", side(client.before, currency)),
        .init("after", side(client.after, currency)), .init("flips", .bool(client.flips)),
      ])
    }
    return JSONWriter.document(
      .object([
        .init("asOf", .string(report.before.asOf.description)), .init("from", .string(report.before.from?.description)),
        .init("to", .string(report.before.to?.description)), .init("currency", .string(currency.code)),
        .init("changes", .array(report.changes.map { change($0, report) })),
        .init("clients", .array(clients)),
        .init(
          "totals",
          .object([
            .init("profitBefore", money(report.before.totals.profit?.exact)),
            .init("profitAfter", money(report.after.totals.profit?.exact)),
          ])),
        .init(
          "yearlyProfit",
          .object([.init("before", money(report.yearlyProfitBefore)), .init("after", money(report.yearlyProfitAfter))])),
        .init("flips", .array(report.flips.map { .string($0.name) })),
        .init("diagnostics", .diagnostics(report.before.diagnostics, locale)),
      ]))
  }

  private static func side(_ side: WhatIfReport.Side?, _ currency: Currency) -> JSONNode {
    guard let side else { return .null }
    let figures = side.figures
    return .object([
      .init("profit", .number(figures?.profit.map { NumberText.major($0) })),
      .init("effectiveRate", .number(figures?.effectiveRate.map { NumberText.rate($0, currency: currency) })),
      .init("earned", .number(figures?.earned.map { NumberText.major($0) })),
      .init("carryingCost", .number(figures.map { NumberText.major($0.carryingCost) })),
      .init("avgDaysLate", .number(figures?.avgDaysLate.map { NumberText.decimal($0, digits: 2) })),
      .init("recommendation", .string(side.recommendation?.rawValue)),
      .init(
        "monthlyProfit", .number(side.monthlyProfit.map { NumberText.major(exactMinorUnits: $0, currency: currency) })),
    ])
  }

  private static func change(_ change: WhatIfChange, _ report: WhatIfReport) -> JSONNode {
    let currency = report.before.currency
    func name(_ key: ClientKey) -> JSONNode {
      .string(report.clients.first { $0.client == key }?.name ?? key.normalized)
    }
    func factor(_ key: ClientKey) -> JSONNode {
      .number(report.scenario.rateFactors[key].map { NumberText.decimal($0, digits: 4) })
    }
    switch change {
    case .rate(let client, .by(let share)):
      return .object([
        .init("change", .string("rate")), .init("client", name(client)),
        .init("by", .number(NumberText.decimal(share, digits: 4))), .init("factor", factor(client)),
      ])
    case .rate(let client, .to(let rate)):
      return .object([
        .init("change", .string("rate")), .init("client", name(client)),
        .init("to", .number(NumberText.rate(rate.exact, currency: currency))), .init("factor", factor(client)),
      ])
    case .billNonBillable(let client, let share):
      return .object([
        .init("change", .string("billNonBillable")), .init("client", name(client)),
        .init("share", .number(NumberText.decimal(share, digits: 4))),
      ])
    case .terms(let client, let days):
      return .object([.init("change", .string("terms")), .init("client", name(client)), .init("days", .integer(days))])
    case .deposit(let client, let share):
      return .object([
        .init("change", .string("deposit")), .init("client", name(client)),
        .init("share", .number(NumberText.decimal(share, digits: 4))),
      ])
    case .drop(let client):
      return .object([
        .init("change", .string("drop")), .init("client", name(client)), .init("refill", .bool(report.scenario.refill)),
      ])
    case .costRate(let rate):
      return .object([
        .init("change", .string("costRate")), .init("rate", .number(NumberText.rate(rate.exact, currency: currency))),
      ])
    }
  }
}
