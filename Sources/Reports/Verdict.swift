import Decisions
import Domain
import Localization

/// A decision in one plain sentence: what to do, by when, and the money that makes it right.
///
/// Amounts and rates are whole major units here (the card's figures carry the cents).
enum Verdict {
  /// `it makes $640 a month` for a client kept or watched; for one whose small loss lies in its
  /// band after a window that made money, `it loses $12 a month, close to breaking even after a
  /// profitable run`.
  private static func earning(_ decision: Decision, _ monthly: LocalizedText) -> LocalizedText {
    guard decision.monthlyProfit?.isNegative == true else {
      return LocalizedText(en: "it makes \(monthly) a month", ar: "يربح \(monthly) شهريًا")
    }
    return LocalizedText(
      en: "it loses \(monthly) a month, close to breaking even after a profitable run",
      ar: "يخسر \(monthly) شهريًا، قريبًا من التعادل بعد فترة ربح")
  }

  /// `Fix: it loses $1,416 a month; make the fixes below by 2026-12-18, or plan to leave.`
  static func sentence(_ decision: Decision, currency: Currency) -> LocalizedText {
    let monthly =
      decision.monthlyProfit.map { LocalizedText.same("\(brief: $0.isNegative ? -$0 : $0, currency)") }
      ?? LocalizedText(en: "an unknown amount", ar: "مبلغًا غير معروف")
    let deadline = decision.deadline.map(\.text) ?? LocalizedText(en: "the deadline", ar: "الموعد النهائي")
    switch decision.recommendation {
    case .exitNow:
      return exitNow(decision, currency: currency)
    case .exitAtContractEnd:
      guard let horizon = decision.horizonMonths, !horizon.isZero else {
        return LocalizedText(
          en: "Exit at contract end: the contract has ended; do not renew it, as it loses \(monthly) a month.",
          ar: "إنهاء عند نهاية العقد: انتهى العقد؛ فلا تجدده، لأنه يخسر \(monthly) شهريًا.")
      }
      return LocalizedText(
        en:
          "Exit at contract end: the contract ends within \(count: horizon, .month); finish it and do not renew, as it "
          + "loses \(monthly) a month.",
        ar: "إنهاء عند نهاية العقد: ينتهي العقد خلال \(count: horizon, .month, .oblique)؛ أكمله ولا تجدده، لأنه يخسر "
          + "\(monthly) شهريًا.")
    case .phaseOut:
      let share =
        decision.share.map { LocalizedText.same("\(percent: $0, decimals: 0, trimmed: false)") }
        ?? LocalizedText(en: "much", ar: "جزءًا كبيرًا")
      let revenue =
        decision.monthlyRevenue.map {
          LocalizedText(en: "its \(brief: $0, currency) a month", ar: "إيراده البالغ \(brief: $0, currency) شهريًا")
        } ?? LocalizedText(en: "its revenue", ar: "إيراده")
      return LocalizedText(
        en: "Phase out: it still loses \(monthly) a month after \(attempt(decision)), but brings \(share) of your "
          + "revenue; replace \(revenue) by \(deadline), then leave.",
        ar: "إنهاء تدريجي: ما زال يخسر \(monthly) شهريًا بعد \(attempt(decision))، لكنه يمثل \(share) من إيرادك؛ عوّض "
          + "\(revenue) بحلول \(deadline)، ثم غادر.")
    case .fix:
      if decision.waitsOnAttempt {
        return LocalizedText(
          en: "Fix: \(attempt(decision)) has until \(deadline) to work; it loses \(monthly) a month meanwhile.",
          ar: "إصلاح: أمام \(attempt(decision)) حتى \(deadline) لتؤتي ثمارها؛ وفي الأثناء يخسر \(monthly) شهريًا.")
      }
      return LocalizedText(
        en: "Fix: it loses \(monthly) a month; make the fixes below by \(deadline), or plan to leave.",
        ar: "إصلاح: يخسر \(monthly) شهريًا؛ نفّذ الإصلاحات أدناه بحلول \(deadline)، وإلا فخطّط للمغادرة.")
    case .renegotiate:
      let proposed =
        decision.proposedRate.map { LocalizedText.same("\(briefRate: $0, currency)") }
        ?? LocalizedText(en: "a higher rate", ar: "سعرًا أعلى")
      let clientRate = briefClientRate(decision) ?? proposed
      let rise =
        decision.currentRate.flatMap { current in
          decision.proposedRate.map {
            LocalizedText.same(" (\(percent: $0 / current - .one, decimals: 0, signed: true))")
          }
        } ?? .empty
      return LocalizedText(
        en: "Renegotiate: it loses \(monthly) a month; propose \(clientRate)\(rise), with an answer by \(deadline).",
        ar: "إعادة تفاوض: يخسر \(monthly) شهريًا؛ اقترح \(clientRate)\(rise)، واطلب الرد بحلول \(deadline).")
    case .watch:
      let flags = (decision.window.flags.filter { $0 != .losing } + decision.heldFlags).sorted().map(\.text)
      let money = earning(decision, monthly)
      if flags.isEmpty {
        return LocalizedText(
          en: "Watch: \(money), but keep an eye on it.", ar: "مراقبة: \(money)، لكن راقبه عن كثب.")
      }
      return LocalizedText(
        en: "Watch: \(money), but it is flagged \(list: flags, .comma).",
        ar: "مراقبة: \(money)، لكن عليه مؤشرات: \(list: flags, .comma).")
    case .invoiceFirst:
      return LocalizedText(
        en: "Invoice first: bill the work that is not invoiced yet before judging this client.",
        ar: "الفوترة أولًا: أصدر فواتير العمل غير المفوتر قبل الحكم على هذا العميل.")
    case .new:
      let days =
        decision.tenureDays.map { LocalizedText(en: "\(count: $0, .day)", ar: "\(count: $0, .day, .oblique)") }
        ?? LocalizedText(en: "a short time", ar: "مدة قصيرة")
      return LocalizedText(
        en: "New: a client for \(days), too soon to judge; look again on \(deadline).",
        ar: "عميل جديد: يتعامل معك منذ \(days)، وهذا أبكر من أن يُحكم عليه؛ أعد النظر في \(deadline).")
    case .keep:
      let money = earning(decision, monthly)
      // The loss's clause ends in a comma of its own.
      let and =
        decision.monthlyProfit?.isNegative == true
        ? LocalizedText(en: ", and", ar: "، و") : LocalizedText(en: " and", ar: " و")
      return LocalizedText(
        en: "Keep: \(money)\(and) nothing is flagged.", ar: "إبقاء: \(money)\(and)لا مؤشرات عليه.")
    case .inactive:
      return LocalizedText(
        en: "Inactive: no time, invoice or expense from \(day: decision.windowStart) to \(day: decision.windowEnd); "
          + "nothing to decide.",
        ar: "غير نشط: لا وقت ولا فواتير ولا مصروفات من \(day: decision.windowStart) إلى \(day: decision.windowEnd)؛ "
          + "فلا قرار يُتخذ.")
    }
  }

  /// How a refund offer weighs against staying, or nil without `--refund`.
  static func refundLine(_ decision: Decision, currency: Currency) -> LocalizedText? {
    guard let offer = decision.refundWeighed else { return nil }
    let months = decision.horizonMonths ?? .zero
    let gain = offer.gainOfLeaving
    let gap = gain.isNegative ? -gain : gain
    var line: LocalizedText
    if gain.isZero {
      line = LocalizedText(
        en: "A refund of \(money: offer.amount) costs exactly as much as staying \(count: months, .month).",
        ar: "استرداد بمبلغ \(money: offer.amount) يكلّف تمامًا ما يكلّفه البقاء \(count: months, .month, .oblique).")
    } else if gain.isNegative {
      line = LocalizedText(
        en: "A refund of \(money: offer.amount) loses to staying: leaving with it costs \(money: gap, currency) more "
          + "than staying \(count: months, .month).",
        ar: "استرداد بمبلغ \(money: offer.amount) أسوأ من البقاء: المغادرة معه تكلّف \(money: gap, currency) أكثر من "
          + "البقاء \(count: months, .month, .oblique).")
    } else {
      line = LocalizedText(
        en: "A refund of \(money: offer.amount) beats staying: leaving with it costs \(money: gap, currency) less than "
          + "staying \(count: months, .month).",
        ar: "استرداد بمبلغ \(money: offer.amount) أفضل من البقاء: المغادرة معه تكلّف \(money: gap, currency) أقل من "
          + "البقاء \(count: months, .month, .oblique).")
    }
    if !offer.owedPastDue.isZero {
      line =
        line
        + LocalizedText(
          en: " But they owe \(money: offer.owedPastDue) past due: collect it, or net it against the refund.",
          ar: " لكن على العميل \(money: offer.owedPastDue) متأخر السداد: حصّله أولًا، أو اخصمه من الاسترداد.")
    }
    if offer.amount.minorUnits > offer.paidInWindow.minorUnits {
      line =
        line
        + LocalizedText(
          en: " It is more than the \(money: offer.paidInWindow) they paid in the window.",
          ar: " وهو أكثر من \(money: offer.paidInWindow) التي دفعها العميل خلال الفترة.")
    }
    return line
  }

  private static func exitNow(_ decision: Decision, currency: Currency) -> LocalizedText {
    if decision.exitCause == .severeIncident {
      let severe = decision.incidents.last { $0.kind.isSevere && $0.day >= decision.windowStart }
      let what =
        severe.map {
          LocalizedText(
            en: "a severe incident (\($0.kind.text) on \(day: $0.day))",
            ar: "واقعة جسيمة (\($0.kind.text) بتاريخ \(day: $0.day))")
        } ?? LocalizedText(en: "a severe incident", ar: "واقعة جسيمة")
      return LocalizedText(
        en: "Exit now: \(what) ends the relationship whatever the money; say so in writing, briefly and firmly.",
        ar: "إنهاء فوري: \(what) تُنهي العلاقة أيًّا كانت الأرقام؛ أبلغه بذلك كتابةً، بإيجاز وحزم.")
    }
    let monthly =
      decision.monthlyProfit.map { LocalizedText.same("\(brief: -$0, currency)") }
      ?? LocalizedText(en: "money", ar: "مالًا")
    var text = LocalizedText(
      en: "Exit now: it still loses \(monthly) a month after \(attempt(decision))",
      ar: "إنهاء فوري: ما زال يخسر \(monthly) شهريًا بعد \(attempt(decision))")
    if let walkAway = decision.walkAway, walkAway > .zero, let horizon = decision.horizonMonths {
      text =
        text
        + LocalizedText(
          en: "; leaving is worth \(brief: walkAway, currency) over the next \(count: horizon, .month)",
          ar:
            "؛ تعود عليك المغادرة بمبلغ \(brief: walkAway, currency) خلال \(count: horizon, .month, .oblique) من اليوم")
    }
    if let refund = decision.refundOffer {
      text =
        text
        + LocalizedText(
          en: ", and a refund of up to \(brief: refund, currency) can help end cleanly",
          ar: "، واسترداد يصل إلى \(brief: refund, currency) قد يساعد على إنهاء العلاقة بسلاسة")
    }
    return text + .same(".")
  }

  /// `your warning of 2026-09-01` · `محاولتك بتاريخ ٢٠٢٦-٠٩-٠١ (التنبيه)`.
  private static func attempt(_ decision: Decision) -> LocalizedText {
    guard let attempt = decision.lastAttempt else {
      return LocalizedText(en: "your attempts to fix it", ar: "محاولاتك لإصلاح الوضع")
    }
    return LocalizedText(
      en: "your \(attempt.kind.attemptName) of \(day: attempt.day)",
      ar: "محاولتك بتاريخ \(day: attempt.day) (\(attempt.kind.attemptName))")
  }

  /// The proposed rate in the client's currency, whole units: `€104/h`; nil when it is the report's.
  private static func briefClientRate(_ decision: Decision) -> LocalizedText? {
    guard let clientCurrency = decision.clientCurrency, let rate = decision.proposedRateInClientCurrency else {
      return nil
    }
    return .same("\(briefRate: rate, clientCurrency)")
  }
}
