import Analysis
import Domain
import Localization

/// The steps of an exit, following the field's practice for ending a client relationship (spec §5,
/// PRACTICE.md): read the contract, prefer its end, settle the money and the work before notice,
/// document, choose the channel and tone by the reason and size, state the facts, offer a
/// transition and a referral, a refund where it helps, and learn from it.
struct ExitPlan {
  var input: DecisionInput
  var figures: DecisionFigures
  var decision: Decision

  private var currency: Currency { input.currency }
  private var severe: Bool { decision.exitCause == .severeIncident }

  /// The plan for an exit decided by `rule` (`severeIncident`, `failedFix`, `contractEnd` or `phaseOut`).
  func steps(for rule: DecisionRule) -> [LocalizedText] {
    var steps = [
      LocalizedText(
        en: "Check the contract's notice and termination terms before telling the client",
        ar: "مراجعة شروط الإشعار والإنهاء في العقد قبل إبلاغ العميل")
    ]
    steps.append(ending(for: rule))
    steps += money()
    steps.append(workInProgress())
    steps.append(documentation())
    steps.append(channel())
    steps.append(
      severe
        ? LocalizedText(
          en: "Say what happened and that the work ends, once: no debate, no \"maybe\" or \"perhaps\"",
          ar: "ذكر ما حدث وأن العمل انتهى، مرة واحدة: بلا نقاش، وبلا «ربما» أو «قد»")
        : LocalizedText(
          en: "State the facts plainly, without blame, and thank them for the work together",
          ar: "عرض الحقائق بوضوح ودون لوم، وشكر العميل على العمل المشترك"))
    steps.append(
      LocalizedText(
        en: "Offer a transition: hand over the files, access and notes, and refer them to someone who fits",
        ar: "عرض خطة انتقال: تسليم الملفات وصلاحيات الوصول والملاحظات، وترشيح من يناسبه أكثر"))
    steps += refund()
    steps.append(
      LocalizedText(
        en: "Afterwards, note what showed the problem first, to see it sooner with new clients",
        ar: "بعد ذلك: تدوين أول ما كشف المشكلة، لرصدها مبكرًا مع العملاء الجدد"))
    return steps
  }

  /// When to end: at the contract's end where the rules allow it, else with the notice it asks.
  func ending(for rule: DecisionRule) -> LocalizedText {
    let end = input.terms?.contractEnd
    switch rule {
    case .severeIncident:
      return LocalizedText(
        en: "End now under the termination terms, without waiting for the contract's end",
        ar: "إنهاء العلاقة الآن وفق شروط الإنهاء، دون انتظار نهاية العقد")
    case .contractEnd:
      guard let end, end > input.asOf else {
        guard let end else {
          return LocalizedText(en: "The contract ended: do not renew it", ar: "انتهى العقد: فلا يُجدَّد")
        }
        return LocalizedText(
          en: "The contract ended on \(day: end): do not renew it", ar: "انتهى العقد في \(day: end): فلا يُجدَّد")
      }
      return LocalizedText(
        en: "Let the contract end on \(day: end) and do not renew it", ar: "ترك العقد ينتهي في \(day: end) وعدم تجديده")
    case .phaseOut:
      let revenue =
        decision.monthlyRevenue.map {
          LocalizedText(en: " worth \(money: $0, currency) a month", ar: " بقيمة \(money: $0, currency) شهريًا")
        } ?? .empty
      let by = decision.deadline.map { LocalizedText(en: " by \(day: $0)", ar: " بحلول \(day: $0)") } ?? .empty
      return LocalizedText(
        en: "Replace its revenue first: find work\(revenue)\(by); then give notice, at the contract's end if it comes "
          + "first",
        ar: "تعويض إيراده أولًا: إيجاد عمل\(revenue)\(by)؛ ثم تقديم الإشعار، عند نهاية العقد إن حلّت قبل ذلك")
    default:
      if let end, end > input.asOf {
        return LocalizedText(
          en: "Prefer ending at the contract's end on \(day: end); give notice in time",
          ar: "تفضيل الإنهاء عند نهاية العقد في \(day: end)، مع تقديم الإشعار في وقته")
      }
      return LocalizedText(
        en: "Give the notice the contract asks for; without one, a month's notice is the courteous minimum",
        ar: "تقديم الإشعار الذي يشترطه العقد؛ وإن لم يشترط إشعارًا، فإشعار قبل شهر هو الحد الأدنى اللائق")
    }
  }

  /// Invoice what is unbilled and collect or schedule what is owed, before notice.
  func money() -> [LocalizedText] {
    let settlement = decision.settlement
    var owed: [LocalizedText] = []
    if let value = settlement.unbilledValue, !value.isZero {
      owed.append(
        LocalizedText(
          en: "invoice the unbilled work (about \(money: value))",
          ar: "إصدار فاتورة بالعمل غير المفوتر (نحو \(money: value))"))
    }
    let open = settlement.openBalance
    if !open.isZero {
      let pastDue = settlement.pastDue
      let detail =
        pastDue.isZero
        ? LocalizedText.empty
        : pastDue == open
          ? LocalizedText(en: " (all past due)", ar: " (كله متأخر السداد)")
          : LocalizedText(en: " (\(money: pastDue) past due)", ar: " (منه \(money: pastDue) متأخر السداد)")
      owed.append(
        LocalizedText(
          en: "collect the open balance of \(money: open)\(detail), or agree a schedule for it",
          ar: "تحصيل الرصيد المستحق البالغ \(money: open)\(detail)، أو الاتفاق على جدول لسداده"))
    }
    guard !owed.isEmpty else { return [] }
    let items = LocalizedText.same("\(list: owed)")
    return [
      severe
        ? LocalizedText(en: "With the notice, \(items)", ar: "مع الإشعار: \(items)")
        : LocalizedText(en: "Before giving notice, \(items)", ar: "قبل تقديم الإشعار: \(items)")
    ]
  }

  /// Finish or hand over what is under way, with the hours still owed when known.
  func workInProgress() -> LocalizedText {
    guard let hours = input.terms?.wrapUpHours, hours > .zero else {
      return LocalizedText(en: "Finish or hand over the work in progress", ar: "إنجاز العمل الجاري أو تسليمه")
    }
    guard let costRate = input.settings.costRate else {
      return LocalizedText(
        en: "Finish or hand over the work in progress: \(number: hours) hours still owed",
        ar: "إنجاز العمل الجاري أو تسليمه: بقي منه \(count: hours, .hour)")
    }
    let value = hours * costRate.exact
    return LocalizedText(
      en: "Finish or hand over the work in progress: \(number: hours) hours still owed (\(money: value, currency) of "
        + "your time)",
      ar: "إنجاز العمل الجاري أو تسليمه: بقي منه \(count: hours, .hour) (\(money: value, currency) من وقتك)")
  }

  /// The record to keep: every incident and attempt with its date, kind and note.
  func documentation() -> LocalizedText {
    guard !input.incidents.isEmpty else {
      return LocalizedText(
        en: "Document the figures that led here (no incidents or attempts recorded)",
        ar: "توثيق الأرقام التي أدت إلى هذا القرار (لا وقائع ولا محاولات مسجّلة)")
    }
    let record = input.incidents.map { incident in
      guard let note = incident.note, !note.isEmpty else {
        return LocalizedText.same("\(day: incident.day) \(incident.kind.text)")
      }
      return LocalizedText(
        en: "\(day: incident.day) \(incident.kind.text) (\(name: note))",
        ar: "\(day: incident.day) \(incident.kind.text) («\(name: note)»)")
    }
    return LocalizedText(
      en: "Document the incidents and the attempts to fix them: \(list: record, .semicolon)",
      ar: "توثيق الوقائع ومحاولات الإصلاح: \(list: record, .semicolon)")
  }

  /// In writing after a severe incident; otherwise a call or meeting for a large client, writing for
  /// a small one (see `ClientSize`).
  func channel() -> LocalizedText {
    if severe {
      return LocalizedText(
        en: "Tell them in writing: brief, firm and final", ar: "إبلاغ العميل كتابةً برسالة صارمة وموجزة ونهائية")
    }
    switch input.size {
    case .large:
      return LocalizedText(
        en: "Tell them in a call or meeting, as one of your larger clients, then confirm in writing",
        ar: "إبلاغ العميل في مكالمة أو اجتماع، فهو من كبار عملائك، ثم التأكيد كتابةً")
    case .small:
      return LocalizedText(
        en: "Tell them in writing, as one of your smaller clients", ar: "إبلاغ العميل كتابةً، فهو من صغار عملائك")
    }
  }

  /// The goodwill refund, or why there is none although leaving pays.
  func refund() -> [LocalizedText] {
    if let offer = decision.refundOffer {
      let open = decision.settlement.openBalance
      let net =
        open.isZero
        ? LocalizedText.empty
        : LocalizedText(en: ", net of the \(money: open) still open", ar: "، بعد خصم \(money: open) ما زال مستحقًا")
      return [
        LocalizedText(
          en:
            "Offer a refund of up to \(money: offer, currency) as a goodwill gesture, if it helps to end cleanly\(net)",
          ar: "عرض استرداد يصل إلى \(money: offer, currency) بادرةَ حسن نية، إن كان يساعد على إنهاء العلاقة بسلاسة\(net)"
        )
      ]
    }
    let pastDue = decision.settlement.pastDue
    if decision.recommendation == .exitNow, let walkAway = decision.walkAway, walkAway > .zero, !pastDue.isZero {
      return [
        LocalizedText(
          en: "No refund: they owe \(money: pastDue) past due; collect it, or net it against any gesture",
          ar: "لا استرداد: على العميل \(money: pastDue) متأخر السداد؛ يُحصَّل أولًا، أو يُخصم من أي بادرة")
      ]
    }
    return []
  }
}
