import Decisions
import Domain
import Localization

/// One client's draft message (spec §5 "Letters"), by its reason: warm and open for a rate
/// proposal, constructive and specific for a fix, appreciative with long notice for a phase-out,
/// courteous for an ordinary parting, and firm, brief and final after a severe incident.
///
/// The Arabic letters are written for an Arabic-speaking client as a careful writer would: the
/// client addressed in the respectful plural (`السادة … المحترمين`, `لديكم`), the opening
/// courtesy (`تحية طيبة وبعد`) for every letter but the one after abuse, which states the end once,
/// without softening and without "maybe" (صارمة وموجزة ونهائية); dates written out (`١ ديسمبر
/// ٢٠٢٦`), as letters write them.
struct LetterText {
  var decision: Decision
  var report: DecisionReport
  var locale: TextLocale

  private var settlement: Settlement { decision.settlement }

  /// The whole letter: a subject line, the greeting, the body, the sign-off, wrapped at 78 columns;
  /// a paragraph's lines (a numbered list) wrap under their own text.
  var text: String {
    let letter = body()
    let subject = locale(LocalizedText(en: "Subject: \(letter.subject)", ar: "الموضوع: \(letter.subject)"))
    let lines =
      [subject, "", locale(letter.greeting), ""] + letter.paragraphs.flatMap { [locale($0), ""] }
      + [locale(letter.closing)]
    return lines.flatMap { paragraph in
      paragraph.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line in
        let numbered = line.first?.isNumber == true && line.contains(". ")
        return TextWrap.lines(String(line), width: 78, indent: numbered ? "   " : "", firstIndent: "")
      }
    }.joined(separator: "\n") + "\n"
  }

  /// A letter's parts, each in both languages.
  private struct Letter {
    var subject: LocalizedText
    var greeting: LocalizedText
    var paragraphs: [LocalizedText]
    var closing: LocalizedText
  }

  private var greeting: LocalizedText {
    LocalizedText(
      en: "Dear \(name: decision.name),", ar: "السادة \(name: decision.name) المحترمين،\n\nتحية طيبة وبعد،")
  }

  private static let kindRegards = LocalizedText(en: "Kind regards", ar: "مع أطيب التحيات،")

  private func body() -> Letter {
    switch decision.recommendation {
    case .renegotiate:
      return Letter(
        subject: LocalizedText(en: "My rate from \(from(.iso))", ar: "تعديل سعري اعتبارًا من \(from(.long))"),
        greeting: greeting,
        paragraphs: [
          thanks()
            + LocalizedText(
              en: " I have reviewed what my work for you takes to deliver well, and my rate needs to change so that I "
                + "can keep giving it the time it deserves.",
              ar: " وقد راجعتُ ما يتطلبه العمل لديكم لأؤديه على الوجه الذي يليق به، ووجدت أن سعري يحتاج إلى تعديل "
                + "حتى أواصل منحه ما يستحقه من وقت وعناية."),
          LocalizedText(
            en: "From \(from(.iso)), my rate for your work will be \(rate()) per hour.",
            ar: "اعتبارًا من \(from(.long))، يصبح سعر ساعة العمل لديكم \(rate())."),
          LocalizedText(
            en: "I would be glad to talk it through. Could you let me know by \(deadline(.iso)) whether this works for "
              + "you?",
            ar: "يسعدني أن نتحدث في الأمر. هل يمكنكم إبلاغي بحلول \(deadline(.long)) إن كان هذا يناسبكم؟"),
        ], closing: Self.kindRegards)
    case .fix where decision.lastAttempt != nil:
      return followUp()
    case .fix:
      return fix()
    case .phaseOut:
      return Letter(
        subject: LocalizedText(
          en: "Winding down our work together by \(deadline(.iso))",
          ar: "إنهاء تعاوننا تدريجيًا بحلول \(deadline(.long))"),
        greeting: greeting,
        paragraphs: [
          confirming() + thanks()
            + LocalizedText(
              en: " After a lot of thought I have decided to wind down my work for you, and I want to give you plenty "
                + "of time: my last working day for you will be \(deadline(.iso)). Until then, everything continues "
                + "as agreed.",
              ar: " وبعد تفكير طويل قررت أن أُنهي عملي لديكم تدريجيًا، وحرصت على أن أمنحكم وقتًا كافيًا: سيكون آخر "
                + "يوم عمل لي لديكم \(deadline(.long)). وحتى ذلك الحين يستمر كل شيء كما اتفقنا.")
        ] + handover()
          + [LocalizedText(en: "Thank you again for your trust.", ar: "أشكركم مجددًا على ثقتكم.")],
        closing: Self.kindRegards)
    case .exitAtContractEnd:
      return contractEnd()
    case .exitNow where decision.exitCause == .severeIncident:
      return severe()
    case .exitNow:
      return parting()
    case .keep, .watch, .new, .invoiceFirst, .inactive:
      return Letter(subject: .empty, greeting: greeting, paragraphs: [], closing: Self.kindRegards)
    }
  }

  /// Constructive and specific: one proposed change per cause, a date, an answer by the deadline.
  private func fix() -> Letter {
    let changes = decision.remedies.enumerated().map {
      LocalizedText.same("\(number: $0.offset + 1). \(change($0.element))")
    }
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
        .joined(changes, separator: .same("\n")),
        LocalizedText(
          en: "Could we agree on these by \(deadline(.iso))? I am happy to go through them together.",
          ar: "هل يمكن أن نتفق على هذه النقاط بحلول \(deadline(.long))؟ يسعدني أن نراجعها معًا."),
      ], closing: Self.kindRegards)
  }

  /// A reminder of what was asked, with the date an answer is needed by.
  private func followUp() -> Letter {
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

  /// Appreciative: the contract runs its course and is not renewed.
  private func contractEnd() -> Letter {
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
  private func parting() -> Letter {
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
  private func severe() -> Letter {
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
  private func handover() -> [LocalizedText] {
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

  /// A remedy as a change proposed to the client.
  private func change(_ remedy: Remedy) -> LocalizedText {
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

  /// The deadline, ISO in English and written out in Arabic.
  private func deadline(_ style: CalendarDay.Style) -> LocalizedText {
    guard let deadline = decision.deadline else {
      return LocalizedText(en: "the end of the month", ar: "نهاية الشهر")
    }
    return .same("\(day: deadline, style)")
  }

  /// When new terms start: the first of the month after the deadline.
  private func from(_ style: CalendarDay.Style) -> LocalizedText {
    guard let from = decision.effectiveFrom else { return LocalizedText(en: "next month", ar: "الشهر القادم") }
    return .same("\(day: from, style)")
  }

  /// The day the work ends after a failed fix: the contract's end, else a month's notice.
  private var lastDay: Day {
    if let end = settlement.contractEnd, end > report.asOf { return end }
    return report.asOf + 30
  }

  /// The proposed rate in the client's currency.
  private func rate() -> LocalizedText {
    guard let clientCurrency = decision.clientCurrency, let rate = decision.proposedRateInClientCurrency else {
      return decision.proposedRate.map { .same("\(money: $0, report.currency)") }
        ?? LocalizedText(en: "a new rate", ar: "سعرًا جديدًا")
    }
    return .same("\(money: rate, clientCurrency)")
  }

  /// `the open balance of $1,566.00`, or without the amount for a client billed in another currency.
  private func openBalance() -> LocalizedText {
    guard settlement.clientCurrency == report.currency else {
      return LocalizedText(en: "the open balance on your invoices", ar: "الرصيد المستحق على فواتيركم")
    }
    return LocalizedText(
      en: "the open balance of \(money: settlement.openBalance)",
      ar: "الرصيد المستحق البالغ \(money: settlement.openBalance)")
  }

  /// `Thank you for the work together over the past 11 months.`
  private func thanks() -> LocalizedText {
    let months = (decision.tenureDays ?? 0) * 10_000 / 304_375
    guard months >= 2 else {
      return LocalizedText(
        en: "Thank you for the work together these past weeks.", ar: "أشكركم على تعاونكم في الأسابيع الماضية.")
    }
    return LocalizedText(
      en: "Thank you for the work together over the past \(number: months) months.",
      ar: "أشكركم على تعاونكم منذ بدأنا العمل معًا قبل \(count: months, .month, .oblique).")
  }

  /// A large client hears it in a call or meeting first; the letter then confirms it in writing.
  private func confirming() -> LocalizedText {
    settlement.isLargeClient
      ? LocalizedText(
        en: "Following our conversation, I am confirming in writing what we discussed. ",
        ar: "إلحاقًا بحديثنا، أؤكد لكم كتابةً ما اتفقنا عليه. ")
      : .empty
  }
}

extension LocalizedText {
  /// `, and ` between two clauses of a letter's sentence.
  fileprivate static let andThen = LocalizedText(en: ", and ", ar: "، و")
}
