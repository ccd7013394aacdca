import Analysis
import Decisions
import Domain
import Reports

/// `clientworth whatif`: the report and the decisions again on changed facts, before and after.
struct WhatIfCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    name: "whatif",
    abstract: "Show what a change would do: a new rate, billed extra hours, terms, a deposit, a dropped client.",
    discussion: """
      Changes the facts as each option says (docs/spec.md, "What if"), then runs the real report and \
      decisions again on them, not an estimate, and shows each client's profit, effective rate and \
      recommendation before and after, the profit of the year ahead at the decision window's run-rate, \
      and which recommendations flip. Options combine, and may be repeated for several clients. With no \
      change, it shows the report and the decisions as they are.
      """)

  var analysis = AnalysisOptions()
  var rates: [ClientChange<RateValue>] = []
  var billNonBillable: [ClientChange<ShareValue>] = []
  var terms: [ClientChange<DaysValue>] = []
  var deposits: [ClientChange<ShareValue>] = []
  var dropped: [String] = []
  var noRefill = false
  var costRate: MajorAmount?
  var wide = false

  static let arguments: [Argument<Self>] =
    InputOptions.arguments.lifted(\.analysis.input)
    + SettingFlags.arguments.filter { $0.info.name != "cost-rate" }.lifted(\.analysis.settings)
    + PeriodOptions.arguments.lifted(\.analysis.period)
    + OutputOptions.arguments(formats: WhatIfRenderer.formats).lifted(\.analysis.output)
    + MessageOptions.arguments.lifted(\.analysis.messages) + [
      .repeating(
        "rate", \.rates, value: "client=change",
        help: "Change a client's rate: by a share (Acme=+20%, Acme=-10%), or to an hourly rate (Acme=120); "
          + "its billable values, invoices and payments follow."),
      .repeating(
        "bill-nonbillable", \.billNonBillable, value: "client=share",
        help: "Bill this share of a client's non-billable hours (Acme=50%); the invoices of their spans grow with them."
      ),
      .repeating(
        "terms", \.terms, value: "client=days",
        help: "Make a client's invoices due this many days after issue (Acme=15); payments keep their days late."),
      .repeating(
        "deposit", \.deposits, value: "client=share",
        help: "Have a client pay this share of each invoice on its issue date (Acme=30%)."),
      .repeating(
        "drop", \.dropped, value: "client",
        help: "Drop a client; its hours are worked for a new client at the target rate, unless --no-refill."),
      .flag("no-refill", \.noRefill, help: "Leave a dropped client's hours idle."),
      .amount("cost-rate", \.costRate, help: "Change the cost rate (what one hour of your time costs you)."),
      .flag("wide", \.wide, help: "Show every column of the table, however wide the terminal."),
    ]

  func validate() throws(ValidationError) {
    try analysis.validate()
    if noRefill && dropped.isEmpty { throw ValidationError(.noRefillWithoutDrop) }
  }

  func run(_ context: RunContext, stderr: inout some TextOutputStream) throws(CLIError) -> CommandOutput {
    let run = AnalysisRun(options: analysis, context: context)
    let amounts =
      [costRate].compactMap(\.self) + rates.compactMap { if case .to(let amount) = $0.value { amount } else { nil } }
    let prepared = try run.prepare(money: amounts, stderr: &stderr)
    let changes = try self.changes(prepared, context: context)
    let report: WhatIfReport
    do {
      report = try WhatIf.compare(
        ledger: prepared.ledger, settings: prepared.settings, changes: changes, refill: !noRefill)
    } catch {
      throw context.usageError(ValidationError(error.message))
    }
    run.write(report.before.diagnostics, to: &stderr)
    var text = ""
    WhatIfRenderer.render(report, format: analysis.output.format, options: run.renderOptions(wide: wide), to: &text)
    return run.output(text, of: prepared)
  }

  /// The options as changes, in the order of the options' declarations; a client named twice by one
  /// option, or not in the data, is a usage error.
  private func changes(_ prepared: AnalysisRun.Prepared, context: RunContext) throws(CLIError) -> [WhatIfChange] {
    let directory = prepared.ledger.clients
    let currency = prepared.settings.currency
    var changes: [WhatIfChange] = []
    var rateChanges: [(ClientKey, RateValue)] = []
    do {
      func keys<Value>(_ option: String, _ items: [ClientChange<Value>]) throws(ValidationError) -> [(ClientKey, Value)]
      {
        var seen = Set<ClientKey>()
        var result: [(ClientKey, Value)] = []
        for item in items {
          let key = try ClientSelection.key(for: item.client, in: directory)
          guard seen.insert(key).inserted else { throw ValidationError(.twice(option, item.client)) }
          result.append((key, item.value))
        }
        return result
      }
      rateChanges = try keys("--rate", rates)
      changes += try keys("--bill-nonbillable", billNonBillable).map { .billNonBillable($0.0, $0.1.share) }
      changes += try keys("--terms", terms).map { .terms($0.0, days: $0.1.days) }
      changes += try keys("--deposit", deposits).map { .deposit($0.0, $0.1.share) }
      var droppedKeys = Set<ClientKey>()
      for name in dropped {
        let key = try ClientSelection.key(for: name, in: directory)
        if droppedKeys.insert(key).inserted { changes.append(.drop(key)) }
      }
    } catch {
      throw context.usageError(error)
    }
    var rateChangesResolved: [WhatIfChange] = []
    for (key, value) in rateChanges {
      switch value {
      case .by(let share): rateChangesResolved.append(.rate(key, .by(share)))
      case .to(let amount):
        if let money = try prepared.resolver.money(amount, in: currency) {
          rateChangesResolved.append(.rate(key, .to(money)))
        }
      }
    }
    if let money = try prepared.resolver.money(costRate, in: currency) { changes.append(.costRate(money)) }
    return rateChangesResolved + changes
  }
}

extension String {
  fileprivate static let noRefillWithoutDrop =
    "'--no-refill' says what becomes of a dropped client's hours; give it with '--drop'"

  fileprivate static func twice(_ option: String, _ client: String) -> String {
    "'\(option)' names \(client) twice; give one change per client"
  }
}
