import Decisions
import Domain
import Localization

/// The decisions as the JSON object of spec §6 `decide`, keys in the spec's order, decisions by
/// client name.
///
/// The reasons, the plan and the portfolio's note are sentences for people, in the run's language;
/// every key, code, number and date is the same in every language.
///
/// Money in major units with the currency's decimals, rates per hour and horizonMonths with 2
/// decimals, increaseNeeded, share and exitShare with 4, dates as `YYYY-MM-DD`; all rounded
/// half-to-even from the exact values.
enum DecisionJSON {
  /// The document, ending in a newline.
  static func document(_ report: DecisionReport, _ locale: TextLocale) -> String {
    JSONWriter.document(
      .object([
        .init("asOf", .string(report.asOf.description)), .init("currency", .string(report.currency.code)),
        .init("decisions", .array(DecisionOrder.byName(report.decisions).map { node($0, report.currency, locale) })),
        .init(
          "portfolio",
          .object([
            .init(
              "exitShare", .number(NumberText.decimal(report.portfolio.exitShare, digits: DecisionFields.shareDigits))),
            .init("note", .string(report.portfolio.note.map(locale.forMachines.callAsFunction))),
          ])),
        .init("diagnostics", .diagnostics(report.diagnostics, locale)),
      ]))
  }

  private static func node(_ decision: Decision, _ currency: Currency, _ locale: TextLocale) -> JSONNode {
    let fields = DecisionFields.scalars(decision, currency: currency)
    var members = fields.map { field in
      JSONNode.Member(field.key, field.isText ? .string(field.value) : .number(field.value))
    }
    let machines = locale.forMachines
    members.append(.init("sensitivity", SensitivityText.json(decision, currency: currency)))
    members.append(.init("reasons", .array(decision.reasons.map { .string(machines($0)) })))
    members.append(.init("plan", .array(decision.plan.map { .string(machines($0)) })))
    return .object(members)
  }
}
