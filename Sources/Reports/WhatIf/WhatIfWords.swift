import Decisions
import Domain

/// The sentences of a `whatif` output: what was changed, what the after side is, the year ahead
/// and the flips. One function per message.
enum WhatIfWords {
  /// `Kettle & Crane Ltd's rate +20%`, one per change.
  static func change(_ change: WhatIfChange, report: WhatIfReport) -> String {
    let currency = report.before.currency
    func name(_ key: ClientKey) -> String {
      PrintableText.of(report.clients.first { $0.client == key }?.name ?? key.normalized)
    }
    switch change {
    case .rate(let client, .by(let share)):
      return "\(name(client))'s rate \(percent(share, signed: true))"
    case .rate(let client, .to(let rate)):
      let factor = report.scenario.rateFactors[client].map { " (× \(NumberText.decimal($0, digits: 4)))" } ?? ""
      return "\(name(client))'s rate to \(MoneyText.rate(rate.exact, currency))\(factor)"
    case .billNonBillable(let client, let share):
      return "\(name(client)) billed for \(percent(share)) of its non-billable hours"
    case .terms(let client, let days):
      return "\(name(client)) on \(days)-day terms"
    case .deposit(let client, let share):
      return "\(name(client)) paying a \(percent(share)) deposit"
    case .drop(let client):
      guard report.scenario.refill, let target = report.before.targetRate else {
        return "\(name(client)) dropped, its hours left idle"
      }
      return "\(name(client)) dropped, its hours worked for a new client at the target rate, "
        + MoneyText.rate(target.exact, currency)
    case .costRate(let rate):
      let was = report.before.costRate.map { " (was \(MoneyText.rate($0.exact, currency)))" } ?? ""
      return "cost rate \(MoneyText.rate(rate.exact, currency))\(was)"
    }
  }

  /// `What if: …; …`, or the note that nothing was changed.
  static func title(_ report: WhatIfReport) -> String {
    guard !report.changes.isEmpty else { return "What if nothing changed: the report and the decisions as they are" }
    return "What if: " + report.changes.map { change($0, report: report) }.joined(separator: "; ")
  }

  static func details(_ report: WhatIfReport) -> String {
    let period = "period: " + ReportHeader.period(from: report.before.from, to: report.before.to)
    return "As of \(report.before.asOf) · \(period) · \(report.before.currency.code) · every \"after\" figure is the "
      + "real analysis and decision run again on the changed facts, not an estimate"
  }

  /// `Profit over the next 12 months at the last 90 days' run-rate: $13,781 → $20,410 (+$6,629)`.
  static func yearly(_ report: WhatIfReport) -> String {
    let currency = report.before.currency
    let change = report.yearlyProfitAfter - report.yearlyProfitBefore
    let sign = change > .zero ? "+" : ""
    return "Profit over the next 12 months at the last \(windowDays(report)) days' run-rate: "
      + "\(MoneyText.brief(report.yearlyProfitBefore, currency)) → \(MoneyText.brief(report.yearlyProfitAfter, currency)) "
      + "(\(sign)\(MoneyText.brief(change, currency)))"
  }

  /// `Recommendations that flip: Kettle & Crane Ltd (fix → renegotiate)`, or that none does.
  static func flips(_ report: WhatIfReport) -> String {
    let flips = report.flips
    guard !flips.isEmpty else { return "No recommendation flips." }
    return "Recommendations that flip: "
      + flips.map { client in
        "\(PrintableText.of(client.name)) (\(client.before?.recommendation?.words ?? "") → "
          + "\(client.after?.recommendation?.words ?? ""))"
      }.joined(separator: ", ")
  }

  static func windowDays(_ report: WhatIfReport) -> Int {
    report.beforeDecisions.decisions.first.map { $0.windowEnd - $0.windowStart + 1 } ?? 0
  }

  /// `+20%`, `12.5%`: a share as typed, with a decimal only where it has one.
  static func percent(_ share: Fraction, signed: Bool = false) -> String {
    let whole = (share * Fraction(100)).denominator == 1
    return NumberText.percent(share, digits: whole ? 0 : 1, signed: signed)
  }

  /// A cell for a client on one side that is not there.
  static let dropped = "dropped"
  static let new = "new"
}
