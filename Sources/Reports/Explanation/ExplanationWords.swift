import Analysis
import Domain
import Localization

/// The words of an explanation: what each figure, span, constant and note is called, in English
/// and Arabic. The tables' and columns' names are in `ExplanationWords+Tables.swift`.
enum ExplanationWords {
  /// `effective rate`: a figure's name as a sentence says it (its JSON name when it has none).
  static func figure(_ name: String) -> LocalizedText {
    switch name {
    case "hours": LocalizedText(en: "hours", ar: "الساعات")
    case "billableHours": LocalizedText(en: "billable hours", ar: "الساعات القابلة للفوترة")
    case "billableValue": LocalizedText(en: "billable value", ar: "قيمة العمل القابل للفوترة")
    case "invoiced": LocalizedText(en: "invoiced", ar: "المفوتر")
    case "collected": LocalizedText(en: "collected", ar: "المحصّل")
    case "outstanding": LocalizedText(en: "outstanding", ar: "الرصيد المستحق")
    case "badDebt": LocalizedText(en: "bad debt", ar: "الديون المعدومة")
    case "netRevenue": LocalizedText(en: "net revenue", ar: "صافي الإيراد")
    case "unbilledValue": LocalizedText(en: "unbilled value", ar: "قيمة العمل غير المفوتر")
    case "unbilledWork": LocalizedText(en: "unbilled work (unrounded)", ar: "العمل غير المفوتر (دون تقريب)")
    case "earned": LocalizedText(en: "earned", ar: "الإيراد المكتسب")
    case "effectiveRate": LocalizedText(en: "effective rate", ar: "سعر الساعة الفعلي")
    case "collectedRate": LocalizedText(en: "collected rate", ar: "سعر الساعة المحصّل")
    case "realization": LocalizedText(en: "realization", ar: "نسبة التحقق")
    case "expenses": LocalizedText(en: "expenses", ar: "المصروفات")
    case "cost": LocalizedText(en: "cost", ar: "التكلفة")
    case "carryingCost": LocalizedText(en: "carrying cost", ar: "تكلفة تمويل المتأخرات")
    case "profit": LocalizedText(en: "profit", ar: "الربح")
    case "margin": LocalizedText(en: "margin", ar: "هامش الربح")
    case "opportunityCost": LocalizedText(en: "opportunity cost", ar: "تكلفة الفرصة البديلة")
    case "benchmark": LocalizedText(en: "benchmark rate", ar: "السعر المرجعي")
    case "avgDaysLate": LocalizedText(en: "average days late", ar: "متوسط أيام التأخير")
    case "avgDaysToPay": LocalizedText(en: "average days to pay", ar: "متوسط أيام السداد")
    case "lateShare": LocalizedText(en: "late share", ar: "حصة المتأخر")
    case "maxDaysLate": LocalizedText(en: "most days late", ar: "أطول تأخير")
    case "share": LocalizedText(en: "share of revenue", ar: "الحصة من الإيراد")
    case "aging": LocalizedText(en: "open balances", ar: "الأرصدة المفتوحة")
    default: decisionFigure(name)
    }
  }

  /// The decision's figures (spec §5) and the sensitivity's.
  private static func decisionFigure(_ name: String) -> LocalizedText {
    switch name {
    case "monthlyProfit": LocalizedText(en: "monthly profit", ar: "الربح الشهري")
    case "horizonMonths": LocalizedText(en: "horizon", ar: "الأفق")
    case "continueLoss": LocalizedText(en: "staying loses", ar: "خسارة البقاء")
    case "exitCost": LocalizedText(en: "leaving costs", ar: "تكلفة المغادرة")
    case "walkAway": LocalizedText(en: "leaving is worth", ar: "صافي مكسب المغادرة")
    case "refundOffer": LocalizedText(en: "refund offer", ar: "عرض الاسترداد")
    case "currentRate": LocalizedText(en: "current rate", ar: "السعر الحالي")
    case "breakEvenRate": LocalizedText(en: "break-even rate", ar: "سعر التعادل")
    case "proposedRate": LocalizedText(en: "proposed rate", ar: "السعر المقترح")
    case "proposedRateInClientCurrency":
      LocalizedText(en: "proposed rate in the client's currency", ar: "السعر المقترح بعملة العميل")
    case "increaseNeeded": LocalizedText(en: "increase needed", ar: "الزيادة المطلوبة")
    case "tenureDays": LocalizedText(en: "client for", ar: "مدة التعامل")
    case "rateRise": LocalizedText(en: "rate rise that breaks even", ar: "زيادة السعر التي تبلغ التعادل")
    case "rateAfterRise": LocalizedText(en: "rate after that rise", ar: "السعر بعد هذه الزيادة")
    case "billNonBillable":
      LocalizedText(
        en: "share of non-billable hours to bill to break even",
        ar: "حصة الساعات غير القابلة للفوترة التي تلزم فوترتها لبلوغ التعادل")
    case "hoursCap": LocalizedText(en: "hours a month the pay covers", ar: "الساعات الشهرية التي يغطيها الأجر")
    case "hoursNow": LocalizedText(en: "hours a month now", ar: "الساعات الشهرية حاليًا")
    case ExplainedVerdict.figureName: LocalizedText(en: "recommendation", ar: "التوصية")
    default: .same("\(code: name)")
    }
  }

  /// `earned (last 12 months)`: a figure named with its span when it is not the section's own.
  static func figure(_ key: FigureKey, in section: Scope, of explanation: Explanation) -> LocalizedText {
    key.scope == section || key.scope == .decision
      ? figure(key.name) : .same("\(figure(key.name)) (\(scopeShort(key.scope, in: explanation)))")
  }

  /// `last 90 days`, `all data`, `last 12 months`, `the period`, as `explanation` covers them.
  static func scopeShort(_ scope: Scope, in explanation: Explanation) -> LocalizedText {
    let span = explanation.span(of: scope)
    switch scope {
    case .period:
      return span?.from == nil ? allData : LocalizedText(en: "the period", ar: "الفترة")
    case .allData: return allData
    case .window: return lastDays(windowDays(explanation))
    case .year: return LocalizedText(en: "last 12 months", ar: "آخر \(count: 12, .month, .oblique)")
    case .decision: return LocalizedText(en: "the decision", ar: "القرار")
    }
  }

  /// The days of the decision's window.
  static func windowDays(_ explanation: Explanation) -> Int {
    explanation.span(of: .window).flatMap { span in span.from.map { span.to - $0 + 1 } } ?? 0
  }

  static let allData = LocalizedText(en: "all data", ar: "كل البيانات")

  static func lastDays(_ days: Int) -> LocalizedText {
    LocalizedText(en: "last \(count: days, .day)", ar: "آخر \(count: days, .day, .oblique)")
  }

  /// A named constant: a setting or a fixed number.
  static func constant(_ id: String) -> LocalizedText {
    switch id {
    case "costRate": LocalizedText(en: "cost rate", ar: "تكلفة الساعة")
    case "targetRate": LocalizedText(en: "target rate", ar: "السعر المستهدف")
    case "realization": LocalizedText(en: "realization of the billed work", ar: "نسبة التحقق من العمل المفوتر")
    case "netPerBilledHour": LocalizedText(en: "net invoiced per billed hour", ar: "صافي المفوتر لكل ساعة مفوترة")
    case "horizonMonthsSetting": LocalizedText(en: "horizon setting", ar: "إعداد الأفق")
    case "contractEnd": LocalizedText(en: "contract end", ar: "نهاية العقد")
    case "asOf": LocalizedText(en: "as-of", ar: "تاريخ التقرير")
    case "daysPerMonth": LocalizedText(en: "days a month", ar: "أيام الشهر")
    case "wrapUpHours": LocalizedText(en: "wrap-up hours", ar: "ساعات تسليم العمل")
    case "exitCollectionRisk": LocalizedText(en: "exit collection risk", ar: "خطر عدم التحصيل عند المغادرة")
    case "maxRateIncrease": LocalizedText(en: "max rate increase", ar: "أقصى زيادة في السعر")
    case "paidInWindow": LocalizedText(en: "paid in the window", ar: "المدفوع خلال الفترة الأخيرة")
    case "exchangeRate": LocalizedText(en: "exchange rate", ar: "سعر الصرف")
    case "minorUnitScale": LocalizedText(en: "minor units", ar: "الوحدات الفرعية")
    case "firstDay": LocalizedText(en: "first day", ar: "أول يوم")
    default: .same("\(code: id)")
    }
  }

  /// What an operand without a value shows.
  static let unknown = LocalizedText(en: "unknown", ar: "غير معروف")

  /// Why a figure is null, or zero with nothing to add up.
  static func note(_ note: FigureNote) -> LocalizedText {
    switch note {
    case .noTime: LocalizedText(en: "no time in this span", ar: "لا وقت مسجّل في هذه الفترة")
    case .noInvoices: LocalizedText(en: "no invoice issued in this span", ar: "لم تصدر أي فاتورة في هذه الفترة")
    case .noExpenses: LocalizedText(en: "no expense in this span", ar: "لا مصروفات في هذه الفترة")
    case .noBillableValue:
      LocalizedText(
        en: "no billable entry has an amount or a rate", ar: "لا يحمل أي قيد قابل للفوترة مبلغًا ولا سعرًا")
    case .noUnbilledWork:
      LocalizedText(
        en: "every billable hour lies in an invoice's span", ar: "كل ساعة قابلة للفوترة تقع ضمن فترة فاتورة")
    case .unbilledCannotBeValued:
      LocalizedText(
        en: "unknown: some unbilled entries have no rate or amount, and nothing billed shows what an hour earns",
        ar: "غير معروف: بعض القيود غير المفوترة بلا سعر ولا مبلغ، ولا شيء مفوتر يبيّن ما تكسبه الساعة")
    case .noEarnings: LocalizedText(en: "no invoice and no unbilled work", ar: "لا فواتير ولا عمل غير مفوتر")
    case .noHours: LocalizedText(en: "unknown: no hours", ar: "غير معروف: لا ساعات")
    case .noBillableHours: LocalizedText(en: "unknown: no billable hours", ar: "غير معروف: لا ساعات قابلة للفوترة")
    case .noCostRate: LocalizedText(en: "unknown: no cost rate is set", ar: "غير معروف: لم تُضبط تكلفة الساعة")
    case .noCostRateForSomeTime:
      LocalizedText(
        en: "unknown: some hours have no cost rate (their person has none and no default is in force that day)",
        ar: "غير معروف: بعض الساعات بلا تكلفة ساعة (فليس لصاحبها تكلفة ولا تكلفة افتراضية سارية في ذلك اليوم)")
    case .earnedNotPositive: LocalizedText(en: "unknown: nothing earned", ar: "غير معروف: لا إيراد مكتسب")
    case .noShare:
      LocalizedText(
        en: "unknown: nothing earned over the last 12 months, by this client or all of them",
        ar: "غير معروف: لا إيراد مكتسب خلال آخر \(count: 12, .month, .oblique)، لا من هذا العميل ولا من العملاء جميعًا")
    case .noBenchmark:
      LocalizedText(
        en: "zero: no target rate, and no hours with a known earned revenue to set a benchmark",
        ar: "صفر: لا سعر مستهدف، ولا ساعات معروفة الإيراد المكتسب يُبنى عليها سعر مرجعي")
    case .noLatenessItems:
      LocalizedText(
        en: "no payment received and no balance past due", ar: "لم تُستلم أي دفعة، ولا رصيد تجاوز موعد استحقاقه")
    case .noPayments: LocalizedText(en: "unknown: no dated payment", ar: "غير معروف: لا دفعة مؤرخة")
    case .notCarried:
      LocalizedText(
        en: "not part of this recommendation (spec §5)",
        ar: "ليس جزءًا من هذه التوصية (القسم \(number: 5) من المواصفة)")
    case .cannotBreakEven:
      LocalizedText(
        en: "this change alone cannot make the client break even",
        ar: "لا يكفي هذا التغيير وحده ليبلغ العميل نقطة التعادل")
    }
  }
}
