import Decisions
import Domain
import Localization

/// The sentences of a `whatif` output: what was changed, what the after side is, the year ahead
/// and the flips. One function per message.
enum WhatIfWords {
  /// `Kettle & Crane Ltd's rate +20%`, one per change.
  static func change(_ change: WhatIfChange, report: WhatIfReport) -> LocalizedText {
    let currency = report.before.currency
    func name(_ key: ClientKey) -> String { report.clients.first { $0.client == key }?.name ?? key.normalized }
    switch change {
    case .rate(let client, .by(let share)):
      return .rateBy(name(client), percent(share, signed: true))
    case .rate(let client, .to(let rate)):
      let factor = report.scenario.rateFactors[client].map {
        LocalizedText.same(" (× \(number: DecimalNumber($0, decimals: 4)))")
      }
      return .rateTo(name(client), .same("\(rate: rate.exact, currency)"), factor: factor ?? .empty)
    case .billNonBillable(let client, let share):
      return .billNonBillable(name(client), percent(share))
    case .terms(let client, let days):
      return .terms(name(client), days: days)
    case .deposit(let client, let share):
      return .deposit(name(client), percent(share))
    case .drop(let client):
      guard report.scenario.refill, let target = report.before.targetRate else { return .droppedIdle(name(client)) }
      return .droppedRefilled(name(client), .same("\(rate: target.exact, currency)"))
    case .costRate(let rate):
      let was = report.before.costRate.map { LocalizedText.same("\(rate: $0.exact, currency)") }
      return .costRate(.same("\(rate: rate.exact, currency)"), was: was)
    }
  }

  /// `What if: …; …`, or the note that nothing was changed.
  static func title(_ report: WhatIfReport) -> LocalizedText {
    guard !report.changes.isEmpty else { return .nothingChanged }
    return .whatIf(report.changes.map { change($0, report: report) })
  }

  static func details(_ report: WhatIfReport) -> LocalizedText {
    .details(
      asOf: report.before.asOf, period: ReportHeader.period(from: report.before.from, to: report.before.to),
      currency: report.before.currency.code)
  }

  /// `Profit over the next 12 months at the last 90 days' run-rate: $13,781 → $20,410 (+$6,629)`.
  static func yearly(_ report: WhatIfReport) -> LocalizedText {
    let currency = report.before.currency
    let change = report.yearlyProfitAfter - report.yearlyProfitBefore
    return .yearly(
      days: windowDays(report), before: .same("\(brief: report.yearlyProfitBefore, currency)"),
      after: .same("\(brief: report.yearlyProfitAfter, currency)"),
      change: change > .zero ? .same("+\(brief: change, currency)") : .same("\(brief: change, currency)"))
  }

  /// `Recommendations that flip: Kettle & Crane Ltd (fix → renegotiate)`, or that none does.
  static func flips(_ report: WhatIfReport) -> LocalizedText {
    let flips = report.flips.map { client in
      LocalizedText.flip(
        client.name, from: client.before?.recommendation?.words ?? .empty,
        to: client.after?.recommendation?.words ?? .empty)
    }
    return flips.isEmpty ? .noFlips : .flips(flips)
  }

  static func windowDays(_ report: WhatIfReport) -> Int {
    report.beforeDecisions.decisions.first.map { $0.windowEnd - $0.windowStart + 1 } ?? 0
  }

  /// `+20%`, `12.5%`: a share as typed, with a decimal only where it has one.
  static func percent(_ share: Fraction, signed: Bool = false) -> LocalizedText {
    let whole = (share * Fraction(100)).denominator == 1
    return .same("\(percent: share, decimals: whole ? 0 : 1, trimmed: false, signed: signed)")
  }

  /// `before → after` (`before ← after` in Arabic, read from the right).
  static func pair(_ before: LocalizedText, _ after: LocalizedText) -> LocalizedText {
    LocalizedText(en: "\(before) → \(after)", ar: "\(before) ← \(after)")
  }

  /// A cell for a client on one side that is not there.
  static let dropped = LocalizedText(en: "dropped", ar: "أُنهي التعامل")
  static let new = LocalizedText(en: "new", ar: "جديد")
}

extension LocalizedText {
  fileprivate static func rateBy(_ client: String, _ percent: LocalizedText) -> LocalizedText {
    LocalizedText(en: "\(name: client)'s rate \(percent)", ar: "سعر الساعة لـ\(name: client) بنسبة \(percent)")
  }

  fileprivate static func rateTo(_ client: String, _ rate: LocalizedText, factor: LocalizedText) -> LocalizedText {
    LocalizedText(
      en: "\(name: client)'s rate to \(rate)\(factor)", ar: "سعر الساعة لـ\(name: client) إلى \(rate)\(factor)")
  }

  fileprivate static func billNonBillable(_ client: String, _ percent: LocalizedText) -> LocalizedText {
    LocalizedText(
      en: "\(name: client) billed for \(percent) of its non-billable hours",
      ar: "فوترة \(percent) من الساعات غير القابلة للفوترة لدى \(name: client)")
  }

  fileprivate static func terms(_ client: String, days: Int) -> LocalizedText {
    LocalizedText(
      en: "\(name: client) on \(plain: days)-day terms",
      ar: "مهلة سداد قدرها \(count: days, .day) لفواتير \(name: client)")
  }

  fileprivate static func deposit(_ client: String, _ percent: LocalizedText) -> LocalizedText {
    LocalizedText(
      en: "\(name: client) paying a \(percent) deposit",
      ar: "دفعة مقدمة نسبتها \(percent) من كل فاتورة يدفعها \(name: client)")
  }

  fileprivate static func droppedIdle(_ client: String) -> LocalizedText {
    LocalizedText(
      en: "\(name: client) dropped, its hours left idle",
      ar: "إنهاء التعامل مع \(name: client) وترك ساعاته بلا عمل")
  }

  fileprivate static func droppedRefilled(_ client: String, _ target: LocalizedText) -> LocalizedText {
    LocalizedText(
      en: "\(name: client) dropped, its hours worked for a new client at the target rate, \(target)",
      ar: "إنهاء التعامل مع \(name: client) وتشغيل ساعاته لعميل جديد بالسعر المستهدف، \(target)")
  }

  fileprivate static func costRate(_ rate: LocalizedText, was: LocalizedText?) -> LocalizedText {
    guard let was else { return LocalizedText(en: "cost rate \(rate)", ar: "تكلفة الساعة \(rate)") }
    return LocalizedText(en: "cost rate \(rate) (was \(was))", ar: "تكلفة الساعة \(rate) (كانت \(was))")
  }

  fileprivate static let nothingChanged = LocalizedText(
    en: "What if nothing changed: the report and the decisions as they are",
    ar: "ماذا لو لم يتغير شيء: التقرير والقرارات كما هي")

  fileprivate static func whatIf(_ changes: [LocalizedText]) -> LocalizedText {
    LocalizedText(en: "What if: \(list: changes, .semicolon)", ar: "ماذا لو: \(list: changes, .semicolon)")
  }

  fileprivate static func details(asOf: Day, period: LocalizedText, currency: String) -> LocalizedText {
    LocalizedText(
      en: "As of \(day: asOf) · \(period) · \(code: currency) · every \"after\" figure is the real analysis and "
        + "decision run again on the changed facts, not an estimate",
      ar: "بتاريخ \(day: asOf) · \(period) · العملة: \(code: currency) · كل رقم «بعد» هو نتيجة التحليل والقرار "
        + "الفعليين وقد أعيد تشغيلهما على الوقائع بعد تغييرها، وليس تقديرًا")
  }

  fileprivate static func yearly(days: Int, before: LocalizedText, after: LocalizedText, change: LocalizedText)
    -> LocalizedText
  {
    LocalizedText(
      en: "Profit over the next 12 months at the last \(plain: days) days' run-rate: \(before) → \(after) (\(change))",
      ar: "الربح خلال السنة القادمة بوتيرة آخر \(count: days, .day, .oblique): "
        + "\(before) ← \(after) (\(change))")
  }

  fileprivate static let noFlips = LocalizedText(en: "No recommendation flips.", ar: "لا تتغير أي توصية.")

  fileprivate static func flips(_ flips: [LocalizedText]) -> LocalizedText {
    LocalizedText(
      en: "Recommendations that flip: \(list: flips, .comma)", ar: "التوصيات التي تتغير: \(list: flips, .comma)")
  }

  fileprivate static func flip(_ client: String, from: LocalizedText, to: LocalizedText) -> LocalizedText {
    LocalizedText(en: "\(name: client) (\(from) → \(to))", ar: "\(name: client) (\(from) ← \(to))")
  }
}
