import Analysis
import Domain

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
  func steps(for rule: DecisionRule) -> [String] {
    var steps = ["Check the contract's notice and termination terms before telling the client"]
    steps.append(ending(for: rule))
    steps += money()
    steps.append(workInProgress())
    steps.append(documentation())
    steps.append(channel())
    steps.append(
      severe
        ? "Say what happened and that the work ends, once: no debate, no \"maybe\" or \"perhaps\""
        : "State the facts plainly, without blame, and thank them for the work together")
    steps.append("Offer a transition: hand over the files, access and notes, and refer them to someone who fits")
    steps += refund()
    steps.append("Afterwards, note what showed the problem first, to see it sooner with new clients")
    return steps
  }

  /// When to end: at the contract's end where the rules allow it, else with the notice it asks.
  func ending(for rule: DecisionRule) -> String {
    let end = input.terms?.contractEnd
    switch rule {
    case .severeIncident:
      return "End now under the termination terms, without waiting for the contract's end"
    case .contractEnd:
      guard let end, end > input.asOf else {
        return "The contract ended\(end.map { " on \($0)" } ?? ""): do not renew it"
      }
      return "Let the contract end on \(end) and do not renew it"
    case .phaseOut:
      let revenue = decision.monthlyRevenue.map { " worth \(Wording.money($0, currency)) a month" } ?? ""
      let by = decision.deadline.map { " by \($0)" } ?? ""
      return "Replace its revenue first: find work\(revenue)\(by); then give notice, at the contract's end if "
        + "it comes first"
    default:
      if let end, end > input.asOf { return "Prefer ending at the contract's end on \(end); give notice in time" }
      return "Give the notice the contract asks for; without one, a month's notice is the courteous minimum"
    }
  }

  /// Invoice what is unbilled and collect or schedule what is owed, before notice.
  func money() -> [String] {
    let settlement = decision.settlement
    var owed: [String] = []
    if let value = settlement.unbilledValue, !value.isZero {
      owed.append("invoice the unbilled work (about \(value.formatted()))")
    }
    let open = settlement.openBalance
    if !open.isZero {
      let pastDue = settlement.pastDue
      let detail = pastDue.isZero ? "" : pastDue == open ? " (all past due)" : " (\(pastDue.formatted()) past due)"
      owed.append("collect the open balance of \(open.formatted())\(detail), or agree a schedule for it")
    }
    guard !owed.isEmpty else { return [] }
    let when = severe ? "With the notice" : "Before giving notice"
    return ["\(when), " + owed.joined(separator: " and ")]
  }

  /// Finish or hand over what is under way, with the hours still owed when known.
  func workInProgress() -> String {
    guard let hours = input.terms?.wrapUpHours, hours > .zero else {
      return "Finish or hand over the work in progress"
    }
    var step = "Finish or hand over the work in progress: \(Wording.number(hours)) hours still owed"
    if let costRate = input.settings.costRate {
      step += " (\(Wording.money(hours * costRate.exact, currency)) of your time)"
    }
    return step
  }

  /// The record to keep: every incident and attempt with its date, kind and note.
  func documentation() -> String {
    guard !input.incidents.isEmpty else {
      return "Document the figures that led here (no incidents or attempts recorded)"
    }
    let record = input.incidents.map { incident in
      var line = "\(incident.day) \(incident.kind.rawValue)"
      if let note = incident.note, !note.isEmpty { line += " (\(note))" }
      return line
    }
    return "Document the incidents and the attempts to fix them: " + record.joined(separator: "; ")
  }

  /// In writing after a severe incident; otherwise a call or meeting for a large client, writing for
  /// a small one (see `ClientSize`).
  func channel() -> String {
    if severe { return "Tell them in writing: brief, firm and final" }
    switch input.size {
    case .large: return "Tell them in a call or meeting, as one of your larger clients, then confirm in writing"
    case .small: return "Tell them in writing, as one of your smaller clients"
    }
  }

  /// The goodwill refund, or why there is none although leaving pays.
  func refund() -> [String] {
    if let offer = decision.refundOffer {
      let open = decision.settlement.openBalance
      let net = open.isZero ? "" : ", net of the \(open.formatted()) still open"
      return [
        "Offer a refund of up to \(Wording.money(offer, currency)) as a goodwill gesture, if it helps to end "
          + "cleanly\(net)"
      ]
    }
    let pastDue = decision.settlement.pastDue
    if decision.recommendation == .exitNow, let walkAway = decision.walkAway, walkAway > .zero, !pastDue.isZero {
      return ["No refund: they owe \(pastDue.formatted()) past due; collect it, or net it against any gesture"]
    }
    return []
  }
}
