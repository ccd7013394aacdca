import Decisions
import Domain

/// One client's draft message (spec §5 "Letters"), by its reason: warm and open for a rate
/// proposal, constructive and specific for a fix, appreciative with long notice for a phase-out,
/// courteous for an ordinary parting, and firm, brief and final after a severe incident.
struct LetterText {
  var decision: Decision
  var report: DecisionReport

  private var name: String { PrintableText.of(decision.name) }
  private var settlement: Settlement { decision.settlement }

  /// The whole letter: a subject line, the greeting, the body, the sign-off, wrapped at 78 columns;
  /// a paragraph's lines (a numbered list) wrap under their own text.
  var text: String {
    let (subject, paragraphs, closing) = body()
    let lines = ["Subject: " + subject, "", "Dear \(name),", ""] + paragraphs.flatMap { [$0, ""] } + [closing]
    return lines.flatMap { paragraph in
      paragraph.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line in
        let numbered = line.first?.isNumber == true && line.contains(". ")
        return TextWrap.lines(String(line), width: 78, indent: numbered ? "   " : "", firstIndent: "")
      }
    }.joined(separator: "\n") + "\n"
  }

  private func body() -> (subject: String, paragraphs: [String], closing: String) {
    let regards = "Kind regards"
    switch decision.recommendation {
    case .renegotiate:
      let from = decision.effectiveFrom?.description ?? "next month"
      return (
        "My rate from \(from)",
        [
          thanks() + " I have reviewed what my work for you takes to deliver well, and my rate needs to change "
            + "so that I can keep giving it the time it deserves.",
          "From \(from), my rate for your work will be \(rate()) per hour.",
          "I would be glad to talk it through. Could you let me know by \(deadline) whether this works for you?",
        ], regards
      )
    case .fix where decision.lastAttempt != nil:
      return followUp()
    case .fix:
      return fix()
    case .phaseOut:
      return (
        "Winding down our work together by \(deadline)",
        [
          confirming() + thanks() + " After a lot of thought I have decided to wind down my work for you, and I "
            + "want to give you plenty of time: my last working day for you will be \(deadline). Until then, "
            + "everything continues as agreed."
        ] + handover() + ["Thank you again for your trust."], regards
      )
    case .exitAtContractEnd:
      let end = settlement.contractEnd.map { "\($0)" } ?? "now"
      let opening =
        (settlement.contractEnd.map { $0 > report.asOf } ?? false)
        ? "Our contract ends on \(end), and I have decided not to renew it."
        : "Our contract ended on \(end), and I will not be renewing it."
      return (
        "Our contract ending on \(end)",
        [confirming() + thanks() + " " + opening] + handover()
          + ["Thank you again for the work together; I wish you every success."], regards
      )
    case .exitNow where decision.exitCause == .severeIncident:
      return severe()
    case .exitNow:
      return parting()
    case .keep, .watch, .new, .invoiceFirst, .inactive:
      return ("", [], regards)
    }
  }

  /// Constructive and specific: one proposed change per cause, a date, an answer by the deadline.
  private func fix() -> (String, [String], String) {
    let from = decision.effectiveFrom?.description ?? "next month"
    let changes = decision.remedies.enumerated().map { "\($0.offset + 1). " + change($0.element) }
    return (
      "Keeping our work on a good footing",
      [
        thanks() + " Looking back at the last months, a few things make this work hard to sustain on my side, "
          + "and I would rather fix them with you than let them grow. From \(from) I propose:",
        changes.joined(separator: "\n"),
      ] + ["Could we agree on these by \(deadline)? I am happy to go through them together."],
      "Kind regards"
    )
  }

  /// A reminder of what was asked, with the date an answer is needed by.
  private func followUp() -> (String, [String], String) {
    let attempt = decision.lastAttempt
    let when = attempt.map { "\($0.day)" } ?? "earlier"
    let what = attempt?.note.flatMap { $0.isEmpty ? nil : " (\(PrintableText.of($0)))" } ?? ""
    return (
      "Following up on my message of \(when)",
      [
        "I am following up on what I raised with you on \(when)\(what). I would like to settle this together: "
          + "could you let me know by \(deadline) how you would like to go forward?"
      ], "Kind regards"
    )
  }

  /// Courteous and plain: the attempt, the decision, the money and the work settled, the transition.
  private func parting() -> (String, [String], String) {
    let attempt = decision.lastAttempt.map { "On \($0.day) I raised with you the problems in our work together. " }
    let end = lastDay
    var paragraphs = [
      confirming() + (attempt ?? "") + "As things have not changed, I have decided to end our work together. My "
        + "last working day for you will be \(end)."
    ]
    paragraphs += handover()
    if let refund = decision.refundOffer, settlement.clientCurrency == report.currency {
      let net = settlement.openBalance.isZero ? "" : ", net of what is still open when we part"
      paragraphs.append(
        "As a goodwill gesture, I will refund \(MoneyText.exact(refund, report.currency)) of what you paid "
          + "recently\(net).")
    }
    paragraphs.append("Thank you for the work we did together; I wish you well.")
    return ("Ending our work together on \(end)", paragraphs, "Kind regards")
  }

  /// Firm, brief and final, in writing: no thanks to soften it, no "maybe".
  private func severe() -> (String, [String], String) {
    let incident = decision.incidents.last { $0.kind.isSevere && $0.day >= decision.windowStart }
    let when = incident.map { "on \($0.day)" } ?? "recently"
    var money = ["I will send the files for the work completed to date"]
    if let value = settlement.unbilledValue, !value.isZero {
      money.append("a final invoice for the work not yet billed")
    }
    var paragraphs = [
      "After what happened \(when), I am ending our working relationship with immediate effect, under the "
        + "termination terms of our contract.",
      money.joined(separator: ", and ") + ".",
    ]
    if !settlement.openBalance.isZero {
      paragraphs.append("Please settle \(openBalance()) under the terms of its invoices.")
    }
    paragraphs.append("This decision is final.")
    return ("Ending our work together", paragraphs, "Regards")
  }

  /// The money and the work settled before the end, and the transition offered.
  private func handover() -> [String] {
    var money: [String] = []
    if let value = settlement.unbilledValue, !value.isZero {
      money.append("I will send a final invoice for the work not yet billed")
    }
    if !settlement.openBalance.isZero {
      money.append("I would ask you to settle \(openBalance()) before then, or agree a schedule with me")
    }
    var work = "I will finish the work in progress or hand it over"
    if let hours = settlement.wrapUpHours, hours > .zero {
      work = "I will finish the work in progress (about \(NumberText.decimal(hours, digits: 0)) hours) or hand it over"
    }
    var paragraphs = money.isEmpty ? [] : [money.joined(separator: ", and ") + "."]
    paragraphs.append(
      work + ", with all files, access and notes, and I am glad to recommend someone who may be a better fit "
        + "for what you need next.")
    return paragraphs
  }

  /// A remedy as a change proposed to the client.
  private func change(_ remedy: Remedy) -> String {
    switch remedy {
    case .raiseRate: return "My rate for your work becomes \(rate()) per hour."
    case .billExtraWork:
      return "Work outside the agreed scope is quoted and agreed in writing (a short change order) before I start "
        + "it, and billed as extra."
    case .payOnTime(_, _, let days):
      return "New work starts after a deposit, invoices are due within \(days) days, a late fee applies to "
        + "overdue invoices, and work pauses while an invoice is more than \(days) days overdue."
    case .billExpenses: return "Expenses I incur for your work are billed at cost with each invoice."
    case .setBoundaries:
      return "Requests come by email during working hours, and changes to scope or deadlines are agreed in "
        + "writing before work starts."
    }
  }

  private var deadline: String { decision.deadline?.description ?? "the end of the month" }

  /// The day the work ends after a failed fix: the contract's end, else a month's notice.
  private var lastDay: Day {
    if let end = settlement.contractEnd, end > report.asOf { return end }
    return report.asOf + 30
  }

  /// The proposed rate in the client's currency.
  private func rate() -> String {
    guard let clientCurrency = decision.clientCurrency, let rate = decision.proposedRateInClientCurrency else {
      return decision.proposedRate.map { MoneyText.exact($0, report.currency) } ?? "a new rate"
    }
    return MoneyText.exact(rate, clientCurrency)
  }

  /// `the open balance of $1,566.00`, or without the amount for a client billed in another currency.
  private func openBalance() -> String {
    guard settlement.clientCurrency == report.currency else { return "the open balance on your invoices" }
    return "the open balance of \(settlement.openBalance.formatted())"
  }

  /// `Thank you for the work together over the past 11 months.`
  private func thanks() -> String {
    let months = (decision.tenureDays ?? 0) * 10_000 / 304_375
    let span = months >= 2 ? "over the past \(months) months" : "these past weeks"
    return "Thank you for the work together \(span)."
  }

  /// A large client hears it in a call or meeting first; the letter then confirms it in writing.
  private func confirming() -> String {
    settlement.isLargeClient ? "Following our conversation, I am confirming in writing what we discussed. " : ""
  }
}
