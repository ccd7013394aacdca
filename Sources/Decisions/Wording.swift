import Domain

/// How figures read inside reasons and plans: rounded for the sentence only, never for the
/// decision.
enum Wording {
  /// An exact minor-unit amount, half-to-even to the minor unit: `$770.25`.
  static func money(_ exactMinorUnits: Fraction, _ currency: Currency) -> String {
    Money.formatted(exactMinorUnits: exactMinorUnits, currency: currency)
  }

  /// A share as a percentage with at most one decimal, half-to-even: 0.41 → `41%`, 0.125 → `12.5%`.
  static func percent(_ share: Fraction) -> String {
    number(share * Fraction(100)) + "%"
  }

  /// A quantity with at most one decimal, half-to-even, without a trailing `.0`: `38`, `2.5`.
  static func number(_ value: Fraction) -> String {
    let tenths = (value * Fraction(10)).roundedHalfEven()
    let whole = tenths / 10
    let tenth = (tenths % 10).magnitude
    let sign = tenths < 0 && whole == 0 ? "-" : ""
    return tenth == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(tenth)"
  }

  /// `1 month`, `2.5 months`.
  static func months(_ value: Fraction) -> String {
    let text = number(value)
    return text == "1" ? "1 month" : "\(text) months"
  }

  /// `1 day`, `90 days`.
  static func days(_ count: Int) -> String {
    count == 1 ? "1 day" : "\(count) days"
  }

  /// `abuse on 2026-08-14 (Shouted at the designer)`.
  static func incident(_ incident: Incident) -> String {
    var text = "\(incident.kind.rawValue) on \(incident.day)"
    if let note = incident.note, !note.isEmpty { text += " (\(note))" }
    return text
  }

  /// An attempt to fix things as a noun phrase: `a warning ("Pay within 30 days")`.
  static func attempt(_ incident: Incident) -> String {
    let noun = "a \(incident.kind.attemptName)"
    guard let note = incident.note, !note.isEmpty else { return noun }
    return "\(noun) (\(note))"
  }

  /// The proposed rate as a card and a letter propose it: in the client's currency, with the
  /// report currency's figure beside it when they differ (`€104.32 per billable hour ($112.67)`).
  static func proposedRate(_ decision: Decision, currency: Currency) -> String {
    guard let proposed = decision.proposedRate else { return "a higher rate" }
    let report = money(proposed, currency)
    guard let clientCurrency = decision.clientCurrency, clientCurrency != currency,
      let converted = decision.proposedRateInClientCurrency
    else { return report + " per billable hour" }
    return money(converted, clientCurrency) + " per billable hour (\(report))"
  }
}

extension IncidentKind {
  /// What you did, in words: `warning`, `rate proposal`, `boundary`, `fix attempt`.
  public var attemptName: String {
    switch self {
    case .warning: "warning"
    case .rateProposed: "rate proposal"
    case .boundarySet: "boundary"
    default: "fix attempt"
    }
  }
}
