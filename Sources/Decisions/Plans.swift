import Analysis
import Domain
import Localization

/// What to do about a client, step by step (spec §5): bill first, look again, the fixes for the
/// flags or the loss with their deadline and what follows, the proposal, or the exit plan.
///
/// The Arabic steps are verbal nouns (`مراجعة…`, `إصدار فاتورة…`), as Arabic checklists write
/// them, which also speaks to the reader whoever they are.
struct Plans {
  var input: DecisionInput
  var figures: DecisionFigures
  var decision: Decision

  var currency: Currency { input.currency }
  var settings: Settings { input.settings }
  var lastDays: LocalizedText { Wording.lastDays(settings.windowDays) }

  /// The steps for `rule`; none for keep and inactive.
  func steps(for rule: DecisionRule) -> [LocalizedText] {
    switch rule {
    case .keep, .inactive: return []
    case .invoiceFirst: return [invoiceFirst()]
    case .new: return [lookAgain()]
    case .watch: return decision.remedies.map(remedy)
    case .renegotiate: return renegotiate()
    case .fix: return decision.remedies.map(remedy) + [record(), ifNotFixed()]
    case .pendingFix: return followUp() + [ifNotFixed()]
    case .severeIncident, .failedFix, .contractEnd, .phaseOut:
      return ExitPlan(input: input, figures: figures, decision: decision).steps(for: rule)
    }
  }

  private func invoiceFirst() -> LocalizedText {
    let allData = input.allData
    let since =
      allData.oldestUnbilledWork.map { LocalizedText(en: " since \(day: $0)", ar: " منذ \(day: $0)") } ?? .empty
    let value =
      allData.figures.unbilledValue.map { LocalizedText(en: " (about \(money: $0))", ar: " (نحو \(money: $0))") }
      ?? .empty
    return LocalizedText(
      en: "Invoice the billable work\(since)\(value), then run the decision again",
      ar: "إصدار فاتورة بالعمل القابل للفوترة\(since)\(value)، ثم إعادة تشغيل القرار")
  }

  private func lookAgain() -> LocalizedText {
    let history = settings.minHistoryDays
    guard let deadline = decision.deadline else {
      return LocalizedText(
        en: "Look again later, with \(number: history) days of history; invoice its work as you go so the figures "
          + "can tell",
        ar: "إعادة النظر لاحقًا بعد \(count: history, .day, .oblique) من التعامل، مع فوترة العمل أولًا بأول لتتضح الأرقام"
      )
    }
    return LocalizedText(
      en: "Look again on \(day: deadline), with \(number: history) days of history; invoice its work as you go so the "
        + "figures can tell",
      ar: "إعادة النظر في \(day: deadline) بعد \(count: history, .day, .oblique) من التعامل، مع فوترة العمل أولًا بأول "
        + "لتتضح الأرقام")
  }

  /// Propose the rate from a date, the answer due by the deadline, and what follows a no.
  private func renegotiate() -> [LocalizedText] {
    guard let deadline = decision.deadline else { return [] }
    let offer = Wording.proposedRate(decision, currency: currency)
    let from = decision.effectiveFrom ?? deadline + 1
    let loss =
      figures.monthlyProfit.map {
        LocalizedText(
          en: "at the current rate the work loses \(money: -$0, currency) a month",
          ar: "بالسعر الحالي يخسر العمل \(money: -$0, currency) شهريًا")
      } ?? LocalizedText(en: "at the current rate the work loses money", ar: "بالسعر الحالي يخسر العمل")
    let otherFixes = decision.remedies.filter { $0 != .raiseRate }.map(remedy)
    return [
      LocalizedText(
        en: "Propose \(offer)\(capped()) from \(day: from), and ask for an answer by \(day: deadline)",
        ar: "اقتراح \(offer)\(capped()) اعتبارًا من \(day: from)، وطلب الرد بحلول \(day: deadline)")
    ] + otherFixes + [
      LocalizedText(
        en: "Record the proposal as a \(code: "rate-proposed") incident, so the decision gives it "
          + "\(count: settings.fixDays, .day)",
        ar:
          "تسجيل الاقتراح واقعةً من نوع \(code: "rate-proposed")، ليمنحه القرار \(count: settings.fixDays, .day, .oblique)"
      ),
      LocalizedText(en: "If they decline, plan to leave: \(loss)", ar: "إن رفض العميل، فالتخطيط للمغادرة: \(loss)"),
    ]
  }

  /// Keep a record of each attempt, so that the decision can time it.
  private func record() -> LocalizedText {
    let kinds = [IncidentKind.warning, .fixAttempt, .rateProposed, .boundarySet].map {
      LocalizedText.same("\(code: $0.rawValue)")
    }
    return LocalizedText(
      en:
        "Record each step as an incident (\(list: kinds, .comma)): the decision gives it \(count: settings.fixDays, .day)",
      ar: "تسجيل كل خطوة واقعةً (\(list: kinds, .comma)): يمنحها القرار \(count: settings.fixDays, .day, .oblique)")
  }

  /// What was asked on the last attempt, and to look again.
  private func followUp() -> [LocalizedText] {
    guard let attempt = input.lastAttempt, let deadline = decision.deadline else { return [] }
    return [
      LocalizedText(
        en: "Follow up \(Wording.attempt(attempt)) of \(day: attempt.day), and look again on \(day: deadline)",
        ar: "متابعة محاولتك بتاريخ \(day: attempt.day)، وهي \(Wording.attempt(attempt))؛ وإعادة النظر في "
          + "\(day: deadline)")
    ]
  }

  /// The exit that follows a fix that fails, with its figures.
  private func ifNotFixed() -> LocalizedText {
    let leave =
      decision.deadline.map {
        LocalizedText(en: "If it still loses money by \($0.text), leave", ar: "إن ظل يخسر بحلول \($0.text)، فالمغادرة")
      } ?? LocalizedText(en: "If it still loses money in time, leave", ar: "إن ظل يخسر بعد المهلة، فالمغادرة")
    var line = leave
    if let share = input.share, share >= settings.concentrationThreshold {
      line =
        line
        + LocalizedText(
          en: " gradually: it is \(percent: share) of your revenue, so replace it first",
          ar: " تدريجيًا: فهو \(percent: share) من إيرادك، فليُعوَّض أولًا")
    }
    guard let loss = decision.continueLoss, let exitCost = decision.exitCost, let walkAway = decision.walkAway else {
      return line
    }
    let months = figures.horizonMonths
    return line
      + LocalizedText(
        en: ": staying the next \(count: months, .month) would lose \(money: loss, currency), leaving costs "
          + "\(money: exitCost, currency), so leaving is worth \(money: walkAway, currency)",
        ar: ": البقاء خلال \(count: months, .month, .oblique) من اليوم يعني خسارة \(money: loss, currency)، والمغادرة "
          + "تكلّف \(money: exitCost, currency)، فصافي مكسب المغادرة \(money: walkAway, currency)")
  }

  /// ` (+50%, the most worth asking; it leaves $412.10 a month for the other fixes to cover)` when
  /// the proposed rate is capped below break-even, else nothing.
  private func capped() -> LocalizedText {
    let rate = figures.rate
    guard rate.isCapped, let proposed = rate.proposedRate, let breakEven = rate.breakEvenRate,
      let current = rate.currentRate
    else { return .empty }
    let window = input.window.figures
    let gap = (breakEven - proposed) * window.billableHours * RunRate.monthlyFactor(windowDays: settings.windowDays)
    let rise = proposed / current - .one
    return LocalizedText(
      en: " (\(percent: rise, signed: true), the most worth asking; it leaves \(money: gap, currency) a month for the "
        + "other fixes to cover)",
      ar: " (\(percent: rise, signed: true)، أقصى ما يستحق الطلب؛ ويبقى \(money: gap, currency) شهريًا على الإصلاحات "
        + "الأخرى أن تغطيه)")
  }

  /// A remedy as a step for the freelancer.
  func remedy(_ remedy: Remedy) -> LocalizedText {
    switch remedy {
    case .raiseRate:
      let offer = Wording.proposedRate(decision, currency: currency)
      let from =
        decision.effectiveFrom.map { LocalizedText(en: " from \(day: $0)", ar: " اعتبارًا من \(day: $0)") }
        ?? LocalizedText(en: " at renewal", ar: " عند التجديد")
      return LocalizedText(en: "Rate: ask for \(offer)\(from)", ar: "السعر: طلب \(offer)\(from)") + capped()
    case .billExtraWork(let share, let cost):
      let costText =
        cost.map {
          LocalizedText(
            en: ", which cost \(money: $0) over \(lastDays)", ar: "، وقد كلّفت \(money: $0) خلال \(lastDays)")
        } ?? .empty
      return LocalizedText(
        en: "Non-billable hours: \(percent: share) of hours are not billable\(costText); bill extra requests through "
          + "change orders, or cap them in writing",
        ar: "الساعات غير القابلة للفوترة: \(percent: share) من الساعات غير قابلة للفوترة\(costText)؛ فوترة الطلبات "
          + "الإضافية بأوامر تغيير، أو وضع سقف لها كتابيًا")
    case .payOnTime(let late, let carrying, let stopAfter):
      let lateText =
        late.map {
          LocalizedText(en: " (\(number: $0) days late on average)", ar: " (\(count: $0, .day) في المتوسط)")
        } ?? .empty
      let cost =
        carrying.isZero
        ? .empty
        : LocalizedText(
          en: ", which cost \(money: carrying) of capital over \(lastDays)",
          ar: "، وقد كلّف \(money: carrying) من رأس المال خلال \(lastDays)")
      return LocalizedText(
        en: "Late payment\(lateText)\(cost): ask for a deposit, shorter terms and a late fee, and stop work when an "
          + "invoice is more than \(count: stopAfter, .day) late",
        ar: "التأخر في الدفع\(lateText)\(cost): طلب دفعة مقدمة ومهلة سداد أقصر ورسوم تأخير، وإيقاف العمل متى تأخرت "
          + "فاتورة أكثر من \(count: stopAfter, .day)")
    case .billExpenses(let amount):
      return LocalizedText(
        en: "Expenses: \(money: amount) over \(lastDays); bill them on, or agree that the rate covers them",
        ar: "المصروفات: \(money: amount) خلال \(lastDays)؛ تحميلها على العميل، أو الاتفاق على أن السعر يشملها")
    case .setBoundaries(let count):
      return LocalizedText(
        en: "Conduct (\(count: count, .incident) over \(lastDays)): restate the boundaries in writing (scope, channels "
          + "and hours, deadlines, payment terms)",
        ar: "السلوك (\(count: count, .incident) خلال \(lastDays)): إعادة تأكيد الحدود كتابيًا (النطاق، وقنوات التواصل "
          + "وأوقاته، والمواعيد النهائية، وشروط الدفع)")
    }
  }
}
