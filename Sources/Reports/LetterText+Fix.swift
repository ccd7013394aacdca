import Decisions
import Domain
import Localization

/// The letters of a fix: the changes proposed, and the follow-up while an attempt has its time.
extension LetterText {
  /// Constructive and specific: one proposed change per cause, a date, an answer by the deadline.
  func fix() -> Letter {
    return Letter(
      subject: LocalizedText(en: "Keeping our work on a good footing", ar: "الحفاظ على تعاوننا على أساس سليم"),
      greeting: greeting,
      paragraphs: [
        thanks()
          + LocalizedText(
            en: " Looking back at the last months, a few things make this work hard to sustain on my side, and I would "
              + "rather fix them with you than let them grow. From \(from(.iso)) I propose:",
            ar: " وعند مراجعة الأشهر الأخيرة، وجدت أن بعض الأمور تجعل الاستمرار في هذا العمل صعبًا من جهتي، وأفضّل أن "
              + "نعالجها معًا على أن أتركها تتفاقم. لذا أقترح، اعتبارًا من \(from(.long))، ما يلي:"),
        numbered(decision.remedies),
        LocalizedText(
          en: "Could we agree on these by \(deadline(.iso))? I am happy to go through them together.",
          ar: "هل يمكن أن نتفق على هذه النقاط بحلول \(deadline(.long))؟ يسعدني أن نراجعها معًا."),
      ], closing: Self.kindRegards)
  }

  /// The other changes a capped rate needs beside it, numbered; none when the rate alone breaks even.
  func alongsideTheRate() -> [LocalizedText] {
    let others = decision.remedies.filter { $0 != .raiseRate }
    guard !others.isEmpty else { return [] }
    return [LocalizedText(en: "Alongside it, I propose:", ar: "وإلى جانب ذلك، أقترح ما يلي:"), numbered(others)]
  }

  /// The changes as a numbered list, one a line.
  private func numbered(_ remedies: [Remedy]) -> LocalizedText {
    let changes = remedies.enumerated().map { LocalizedText.same("\(number: $0.offset + 1). \(change($0.element))") }
    return .joined(changes, separator: .same("\n"))
  }

  /// A reminder of what was asked, with the date an answer is needed by.
  func followUp() -> Letter {
    let attempt = decision.lastAttempt
    let when =
      attempt.map { LocalizedText(en: "\(day: $0.day)", ar: "\(day: $0.day, .long)") }
      ?? LocalizedText(en: "earlier", ar: "سابقًا")
    let what =
      attempt?.note.flatMap { note in
        note.isEmpty ? nil : LocalizedText(en: " (\(name: note))", ar: " («\(name: note)»)")
      } ?? .empty
    return Letter(
      subject: LocalizedText(en: "Following up on my message of \(when)", ar: "متابعة لرسالتي بتاريخ \(when)"),
      greeting: greeting,
      paragraphs: [
        LocalizedText(
          en: "I am following up on what I raised with you on \(when)\(what). I would like to settle this together: "
            + "could you let me know by \(deadline(.iso)) how you would like to go forward?",
          ar: "أتابع معكم ما طرحته بتاريخ \(when)\(what). وأودّ أن نحسم هذا الأمر معًا: هل يمكنكم إبلاغي بحلول "
            + "\(deadline(.long)) كيف تودّون المضي قدمًا؟")
      ], closing: Self.kindRegards)
  }

  /// A remedy as a change proposed to the client.
  func change(_ remedy: Remedy) -> LocalizedText {
    switch remedy {
    case .raiseRate:
      return LocalizedText(
        en: "My rate for your work becomes \(rate()) per hour.", ar: "يصبح سعر ساعة العمل لديكم \(rate()).")
    case .billExtraWork:
      return LocalizedText(
        en: "Work outside the agreed scope is quoted and agreed in writing (a short change order) before I start it, "
          + "and billed as extra.",
        ar: "أي عمل خارج النطاق المتفق عليه يُسعَّر ويُتفق عليه كتابيًا (بأمر تغيير قصير) قبل أن أبدأه، ويُفوتَر "
          + "إضافةً إلى ما سبق.")
    case .payOnTime(_, _, let days):
      return LocalizedText(
        en: "New work starts after a deposit, invoices are due within \(number: days) days, a late fee applies to "
          + "overdue invoices, and work pauses while an invoice is more than \(number: days) days overdue.",
        ar: "يبدأ أي عمل جديد بعد دفعة مقدمة، وتُستحق الفواتير خلال \(count: days, .day, .oblique)، وتُفرض رسوم على "
          + "الفواتير المتأخرة، ويتوقف العمل ما دامت فاتورةٌ متأخرة أكثر من \(count: days, .day).")
    case .billExpenses:
      return LocalizedText(
        en: "Expenses I incur for your work are billed at cost with each invoice.",
        ar: "تُضاف المصروفات التي أتحملها في سبيل عملكم إلى كل فاتورة بتكلفتها الفعلية.")
    case .setBoundaries:
      return LocalizedText(
        en: "Requests come by email during working hours, and changes to scope or deadlines are agreed in writing "
          + "before work starts.",
        ar: "تصلني الطلبات بالبريد الإلكتروني خلال ساعات العمل، ويُتفق كتابيًا على أي تغيير في النطاق أو المواعيد "
          + "قبل بدء العمل.")
    }
  }
}
