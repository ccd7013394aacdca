import Analysis
import Domain
import Localization

extension Reasons {
  /// The rise that would break even and the rate to propose (rule 11).
  func rateRise() -> [LocalizedText] {
    let rate = figures.rate
    guard let increase = rate.increaseNeeded, let breakEven = rate.breakEvenRate, let current = rate.currentRate
    else { return [] }
    let cap = settings.maxRateIncrease
    if increase > cap, let smoothed = input.smoothedRise {
      return [
        LocalizedText(
          en: "A rate rise of \(percent: increase) (from \(money: current, currency) to \(money: breakEven, currency) "
            + "per billable hour over \(lastDays)) would break even, a little more than the \(percent: cap) worth "
            + "proposing; \(smoothedSpan(smoothed)) it is \(percent: smoothed.increaseNeeded), within it, so "
            + "renegotiating stays the advice rather than turning on one week's figures",
          ar: "رفع السعر بنسبة \(percent: increase) (من \(money: current, currency) إلى \(money: breakEven, currency) "
            + "للساعة القابلة للفوترة، حسب \(lastDays)) يكفي لتغطية التكلفة، وهذا أكثر بقليل من حد \(percent: cap) "
            + "الذي يستحق الاقتراح؛ \(smoothedSpan(smoothed)) تبلغ النسبة \(percent: smoothed.increaseNeeded)، وهي ضمنه، "
            + "فتبقى إعادة التفاوض هي النصيحة بدل أن تتبدل بأرقام أسبوع واحد")
      ] + proposal()
    }
    return [
      LocalizedText(
        en: "A rate rise of \(percent: increase) (from \(money: current, currency) to \(money: breakEven, currency) "
          + "per billable hour over \(lastDays)) would break even; within the \(percent: cap) worth proposing",
        ar: "رفع السعر بنسبة \(percent: increase) (من \(money: current, currency) إلى \(money: breakEven, currency) "
          + "للساعة القابلة للفوترة، حسب \(lastDays)) يكفي لتغطية التكلفة؛ وهو ضمن حد \(percent: cap) الذي يستحق الاقتراح"
      )
    ] + proposal()
  }

  /// Why the proposed rate is what it is: break-even, the target, or the cap.
  func proposal() -> [LocalizedText] {
    let rate = figures.rate
    guard let proposed = rate.proposedRate, let breakEven = rate.breakEvenRate else { return [] }
    let offer = Wording.proposedRate(decision, currency: currency)
    let cap = settings.maxRateIncrease
    if proposed == breakEven {
      return [LocalizedText(en: "Propose \(offer), the break-even rate", ar: "يُقترح \(offer)، وهو سعر التعادل")]
    }
    if rate.isCapped {
      return [
        LocalizedText(
          en: "Propose \(offer): the most a \(percent: cap) rise allows; it does not break even alone",
          ar: "يُقترح \(offer): أقصى ما تسمح به زيادة \(percent: cap)، ولا يغطي التكلفة وحده")
      ]
    }
    guard let target = settings.targetRate else {
      return [LocalizedText(en: "Propose \(offer)", ar: "يُقترح \(offer)")]
    }
    let targetLevel = target.exact * window.hours / window.billableHours
    if proposed < targetLevel {
      return [
        LocalizedText(
          en: "Propose \(offer): it breaks even, and is as close to the target of \(money: target) an hour as a "
            + "\(percent: cap) rise allows",
          ar: "يُقترح \(offer): يغطي التكلفة، وهو أقرب ما تسمح به زيادة \(percent: cap) إلى المستهدف البالغ "
            + "\(money: target) للساعة")
      ]
    }
    return [
      LocalizedText(
        en: "Propose \(offer): it earns the target of \(money: target) an hour over all hours",
        ar: "يُقترح \(offer): يحقق المستهدف البالغ \(money: target) للساعة على جميع الساعات")
    ]
  }

  /// Why rule 11 did not apply: no rate to raise, a rise too large, or too many moderate incidents.
  func whyNotRenegotiate() -> [LocalizedText] {
    guard let increase = figures.rate.increaseNeeded else {
      if window.billableHours.isZero {
        return [
          LocalizedText(
            en: "No billable hours in \(lastDays) to raise a rate on",
            ar: "لا ساعات قابلة للفوترة خلال \(lastDays) يمكن رفع سعرها")
        ]
      }
      return [
        LocalizedText(
          en: "Nothing earned in \(lastDays): a rate rise alone cannot close the gap",
          ar: "لا إيراد مكتسب خلال \(lastDays): رفع السعر وحده لا يسد الفجوة")
      ]
    }
    let cap = settings.maxRateIncrease
    if increase > cap {
      return [
        LocalizedText(
          en:
            "Breaking even needs a rate rise of \(percent: increase); more than the \(percent: cap) worth proposing, so "
            + "the other causes must be fixed too",
          ar: "تغطية التكلفة تتطلب رفع السعر بنسبة \(percent: increase)، وهذا يتجاوز حد \(percent: cap) الذي يستحق "
            + "الاقتراح، فلا بد من معالجة الأسباب الأخرى أيضًا")
      ]
    }
    if let smoothed = input.smoothedRise, smoothed.increaseNeeded > cap {
      return [
        LocalizedText(
          en: "A rate rise of \(percent: increase) would break even over \(lastDays), only just within the "
            + "\(percent: cap) worth proposing; \(smoothedSpan(smoothed)) it is \(percent: smoothed.increaseNeeded), "
            + "more than that, so the other causes must be fixed too",
          ar: "رفع السعر بنسبة \(percent: increase) يغطي التكلفة حسب \(lastDays)، وهو بالكاد ضمن حد \(percent: cap) "
            + "الذي يستحق الاقتراح؛ \(smoothedSpan(smoothed)) تبلغ النسبة \(percent: smoothed.increaseNeeded)، "
            + "وهذا يتجاوزه، فلا بد من معالجة الأسباب الأخرى أيضًا")
      ]
    }
    if input.moderateIncidentsInWindow >= DecisionRules.moderateIncidentLimit {
      return [
        LocalizedText(
          en: "A rate rise of \(percent: increase) would break even, but the incidents must be settled first",
          ar: "رفع السعر بنسبة \(percent: increase) يغطي التكلفة، لكن يجب حل الوقائع أولًا"),
        moderateIncidents(),
      ]
    }
    return []
  }

  /// `pooled over 45 windows of 90 days ending each day from 2026-06-05 to 2026-07-19,`.
  private func smoothedSpan(_ smoothed: SmoothedRise) -> LocalizedText {
    let (first, last) = (smoothed.ends.first ?? input.asOf, smoothed.ends.last ?? input.asOf)
    let (count, days) = (smoothed.ends.count, settings.windowDays)
    return LocalizedText(
      en: "pooled over \(count: count, .window) of \(count: days, .day) ending each day from \(day: first) to "
        + "\(day: last),",
      ar: "ومجمّعةً على \(count: count, .window, .oblique) من \(count: days, .day, .oblique) تنتهي كل يوم من "
        + "\(day: first) إلى \(day: last)،")
  }

  /// `3 moderate incidents in the last 90 days: late-payment, scope-change, disrespect`.
  func moderateIncidents() -> LocalizedText {
    let moderate = input.windowIncidents.filter { $0.kind.isModerate }
    let kinds = moderate.map(\.kind.text)
    return LocalizedText(
      en: "\(count: moderate.count, .moderateIncident) in \(lastDays): \(list: kinds, .comma)",
      ar: "\(count: moderate.count, .moderateIncident) خلال \(lastDays): \(list: kinds, .comma)")
  }
}
