import Domain
import Localization

/// How figures read inside reasons and plans: rounded for the sentence only, never for the
/// decision.
enum Wording {
  /// `the last 90 days` · `آخر ٩٠ يومًا`.
  static func lastDays(_ days: Int) -> LocalizedText {
    LocalizedText(en: "the last \(count: days, .day)", ar: "آخر \(count: days, .day, .oblique)")
  }

  /// `abuse on 2026-08-14 (Shouted at the designer)`.
  static func incident(_ incident: Incident) -> LocalizedText {
    guard let note = incident.note, !note.isEmpty else {
      return LocalizedText(
        en: "\(incident.kind.text) on \(day: incident.day)", ar: "\(incident.kind.text) بتاريخ \(day: incident.day)")
    }
    return LocalizedText(
      en: "\(incident.kind.text) on \(day: incident.day) (\(name: note))",
      ar: "\(incident.kind.text) بتاريخ \(day: incident.day) («\(name: note)»)")
  }

  /// An attempt to fix things as a noun phrase: `a warning (Pay within 30 days)` · `تنبيه («…»)`.
  static func attempt(_ incident: Incident) -> LocalizedText {
    let noun = incident.kind.attemptText
    guard let note = incident.note, !note.isEmpty else { return noun }
    return LocalizedText(en: "\(noun) (\(name: note))", ar: "\(noun) («\(name: note)»)")
  }

  /// The proposed rate as a card and a letter propose it: in the client's currency, with the
  /// report currency's figure beside it when they differ (`€104.32 per billable hour ($112.67)`).
  static func proposedRate(_ decision: Decision, currency: Currency) -> LocalizedText {
    guard let proposed = decision.proposedRate else { return LocalizedText(en: "a higher rate", ar: "سعر أعلى") }
    guard let clientCurrency = decision.clientCurrency, clientCurrency != currency,
      let converted = decision.proposedRateInClientCurrency
    else {
      return LocalizedText(
        en: "\(money: proposed, currency) per billable hour", ar: "\(money: proposed, currency) للساعة القابلة للفوترة")
    }
    return LocalizedText(
      en: "\(money: converted, clientCurrency) per billable hour (\(money: proposed, currency))",
      ar: "\(money: converted, clientCurrency) للساعة القابلة للفوترة (\(money: proposed, currency))")
  }
}
