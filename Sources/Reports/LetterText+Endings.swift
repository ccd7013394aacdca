import Decisions
import Domain
import Localization

/// The letters that end the work: at the contract's end, after a failed fix, after abuse, and the
/// money and the work every ending but the last settles.
extension LetterText {
  /// Appreciative: the contract runs its course and is not renewed.
  func contractEnd() -> Letter {
    let end = settlement.contractEnd
    let endsLater = end.map { $0 > report.asOf } ?? false
    let opening: LocalizedText
    let subject: LocalizedText
    if let end {
      subject = LocalizedText(en: "Our contract ending on \(day: end)", ar: "انتهاء عقدنا في \(day: end, .long)")
      opening =
        endsLater
        ? LocalizedText(
          en: " Our contract ends on \(day: end), and I have decided not to renew it.",
          ar: " ينتهي عقدنا في \(day: end, .long)، وقد قررت عدم تجديده.")
        : LocalizedText(
          en: " Our contract ended on \(day: end), and I will not be renewing it.",
          ar: " انتهى عقدنا في \(day: end, .long)، ولن أجدده.")
    } else {
      subject = LocalizedText(en: "Our contract ending", ar: "انتهاء عقدنا")
      opening = LocalizedText(
        en: " Our contract has come to its end, and I will not be renewing it.", ar: " بلغ عقدنا نهايته، ولن أجدده.")
    }
    return Letter(
      subject: subject, greeting: greeting,
      paragraphs: [confirming() + thanks() + opening] + handover()
        + [
          LocalizedText(
            en: "Thank you again for the work together; I wish you every success.",
            ar: "أشكركم مجددًا على العمل معًا، وأتمنى لكم كل النجاح.")
        ], closing: Self.kindRegards)
  }

  /// Courteous and plain: the attempt, the decision, the money and the work settled, the transition.
  func parting() -> Letter {
    let attempt =
      decision.lastAttempt.map {
        LocalizedText(
          en: "On \(day: $0.day) I raised with you the problems in our work together. ",
          ar: "في \(day: $0.day, .long) طرحتُ معكم المشكلات التي تعترض عملنا المشترك. ")
      } ?? .empty
    let end = lastDay
    var paragraphs = [
      confirming() + attempt
        + LocalizedText(
          en: "As things have not changed, I have decided to end our work together. My last working day for you will "
            + "be \(day: end).",
          ar: "وبما أن الأمور لم تتغير، فقد قررت إنهاء تعاوننا. سيكون آخر يوم عمل لي لديكم \(day: end, .long).")
    ]
    paragraphs += handover()
    if let refund = decision.refundOffer, settlement.clientCurrency == report.currency {
      let net =
        settlement.openBalance.isZero
        ? LocalizedText.empty
        : LocalizedText(
          en: ", net of what is still open when we part", ar: "، بعد خصم ما يبقى مستحقًا عند انتهاء تعاوننا")
      paragraphs.append(
        LocalizedText(
          en: "As a goodwill gesture, I will refund \(money: refund, report.currency) of what you paid recently\(net).",
          ar: "وبادرةَ حسن نية، سأردّ إليكم \(money: refund, report.currency) مما دفعتموه مؤخرًا\(net)."))
    }
    paragraphs.append(
      LocalizedText(
        en: "Thank you for the work we did together; I wish you well.",
        ar: "أشكركم على ما أنجزناه معًا، وأتمنى لكم التوفيق."))
    return Letter(
      subject: LocalizedText(en: "Ending our work together on \(day: end)", ar: "إنهاء تعاوننا في \(day: end, .long)"),
      greeting: greeting, paragraphs: paragraphs, closing: Self.kindRegards)
  }

  /// Firm, brief and final, in writing: no thanks to soften it, no "maybe".
  func severe() -> Letter {
    let incident = decision.incidents.last { $0.kind.isSevere && $0.day >= decision.windowStart }
    let when =
      incident.map { LocalizedText(en: "on \(day: $0.day)", ar: "في \(day: $0.day, .long)") }
      ?? LocalizedText(en: "recently", ar: "مؤخرًا")
    let files = LocalizedText(
      en: "I will send the files for the work completed to date", ar: "سأرسل إليكم ملفات العمل المنجز حتى تاريخه")
    var sending = [files]
    if let value = settlement.unbilledValue, !value.isZero {
      sending.append(
        LocalizedText(
          en: "a final invoice for the work not yet billed", ar: "فاتورة نهائية بالعمل الذي لم يُفوتَر بعد"))
    }
    var paragraphs = [
      LocalizedText(
        en: "After what happened \(when), I am ending our working relationship with immediate effect, under the "
          + "termination terms of our contract.",
        ar: "بعد ما حدث \(when)، أُنهي علاقة العمل بيننا بأثر فوري، وفق شروط الإنهاء في عقدنا."),
      .same("\(LocalizedText.joined(sending, separator: .andThen))."),
    ]
    if !settlement.openBalance.isZero {
      paragraphs.append(
        LocalizedText(
          en: "Please settle \(openBalance()) under the terms of its invoices.",
          ar: "يُرجى سداد \(openBalance()) وفق شروط فواتيره."))
    }
    paragraphs.append(LocalizedText(en: "This decision is final.", ar: "هذا القرار نهائي."))
    return Letter(
      subject: LocalizedText(en: "Ending our work together", ar: "إنهاء التعاون"),
      greeting: LocalizedText(en: "Dear \(name: decision.name),", ar: "السادة \(name: decision.name)،"),
      paragraphs: paragraphs, closing: LocalizedText(en: "Regards", ar: "مع التحية،"))
  }

  /// The money and the work settled before the end, and the transition offered.
  func handover() -> [LocalizedText] {
    var money: [LocalizedText] = []
    if let value = settlement.unbilledValue, !value.isZero {
      money.append(
        LocalizedText(
          en: "I will send a final invoice for the work not yet billed",
          ar: "سأرسل إليكم فاتورة نهائية بالعمل الذي لم يُفوتَر بعد"))
    }
    if !settlement.openBalance.isZero {
      money.append(
        LocalizedText(
          en: "I would ask you to settle \(openBalance()) before then, or agree a schedule with me",
          ar: "أرجو سداد \(openBalance()) قبل ذلك الموعد، أو الاتفاق معي على جدول للسداد"))
    }
    var work = LocalizedText(
      en: "I will finish the work in progress or hand it over", ar: "سأُنجز العمل الجاري أو أسلّمه")
    if let hours = settlement.wrapUpHours, hours > .zero {
      let whole = DecimalNumber(hours, decimals: 0)
      work = LocalizedText(
        en: "I will finish the work in progress (about \(number: whole) hours) or hand it over",
        ar: "سأُنجز العمل الجاري (نحو \(count: whole, .hour)) أو أسلّمه")
    }
    var paragraphs =
      money.isEmpty
      ? [] : [LocalizedText.same("\(LocalizedText.joined(money, separator: .andThen)).")]
    paragraphs.append(
      work
        + LocalizedText(
          en: ", with all files, access and notes, and I am glad to recommend someone who may be a better fit for what "
            + "you need next.",
          ar: "، مع جميع الملفات وصلاحيات الوصول والملاحظات، ويسعدني أن أرشّح لكم من قد يكون أنسب لاحتياجاتكم "
            + "القادمة."))
    return paragraphs
  }
}
