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

  var settlement: Settlement { decision.settlement }

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
  struct Letter {
    var subject: LocalizedText
    var greeting: LocalizedText
    var paragraphs: [LocalizedText]
    var closing: LocalizedText
  }

  var greeting: LocalizedText {
    LocalizedText(
      en: "Dear \(name: decision.name),", ar: "السادة \(name: decision.name) المحترمين،\n\nتحية طيبة وبعد،")
  }

  static let kindRegards = LocalizedText(en: "Kind regards", ar: "مع أطيب التحيات،")

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
        ] + alongsideTheRate() + [
          LocalizedText(
            en: "I would be glad to talk it through. Could you let me know by \(deadline(.iso)) whether this works for "
              + "you?",
            ar: "يسعدني أن نتحدث في الأمر. هل يمكنكم إبلاغي بحلول \(deadline(.long)) إن كان هذا يناسبكم؟")
        ], closing: Self.kindRegards)
    case .fix where decision.waitsOnAttempt:
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

  /// The deadline, ISO in English and written out in Arabic.
  func deadline(_ style: CalendarDay.Style) -> LocalizedText {
    guard let deadline = decision.deadline else {
      return LocalizedText(en: "the end of the month", ar: "نهاية الشهر")
    }
    return .same("\(day: deadline, style)")
  }

  /// When new terms start: the first of the month after the deadline.
  func from(_ style: CalendarDay.Style) -> LocalizedText {
    guard let from = decision.effectiveFrom else { return LocalizedText(en: "next month", ar: "الشهر القادم") }
    return .same("\(day: from, style)")
  }

  /// The day the work ends after a failed fix: the contract's end, else a month's notice.
  var lastDay: Day {
    if let end = settlement.contractEnd, end > report.asOf { return end }
    return report.asOf + 30
  }

  /// The proposed rate in the client's currency.
  func rate() -> LocalizedText {
    guard let clientCurrency = decision.clientCurrency, let rate = decision.proposedRateInClientCurrency else {
      return decision.proposedRate.map { .same("\(money: $0, report.currency)") }
        ?? LocalizedText(en: "a new rate", ar: "سعرًا جديدًا")
    }
    return .same("\(money: rate, clientCurrency)")
  }

  /// `the open balance of $1,566.00`, or without the amount for a client billed in another currency.
  func openBalance() -> LocalizedText {
    guard settlement.clientCurrency == report.currency else {
      return LocalizedText(en: "the open balance on your invoices", ar: "الرصيد المستحق على فواتيركم")
    }
    return LocalizedText(
      en: "the open balance of \(money: settlement.openBalance)",
      ar: "الرصيد المستحق البالغ \(money: settlement.openBalance)")
  }

  /// `Thank you for the work together over the past 11 months.`
  func thanks() -> LocalizedText {
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
  func confirming() -> LocalizedText {
    settlement.isLargeClient
      ? LocalizedText(
        en: "Following our conversation, I am confirming in writing what we discussed. ",
        ar: "إلحاقًا بحديثنا، أؤكد لكم كتابةً ما اتفقنا عليه. ")
      : .empty
  }
}

extension LocalizedText {
  /// `, and ` between two clauses of a letter's sentence.
  static let andThen = LocalizedText(en: ", and ", ar: "، و")
}
