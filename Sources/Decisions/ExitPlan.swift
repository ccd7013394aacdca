import Analysis
import Domain

/// The steps of an exit, following the field's practice for firing a difficult client (spec §5):
/// read the contract, prefer its end, wrap up the work, document, choose the channel by the
/// client's size, state the facts without blame, offer a transition and, when it pays, a refund.
struct ExitPlan {
  var input: DecisionInput
  var figures: DecisionFigures

  private var currency: Currency { input.settings.currency }

  /// The plan for an exit decided by `rule` (`severeIncident`, `contractEnd` or `loss`).
  func steps(for rule: DecisionRule) -> [String] {
    var steps = ["Check the contract's notice and termination terms before telling the client"]
    steps.append(ending(for: rule))
    steps.append(workInProgress())
    steps += documentation()
    steps.append(channel())
    steps.append("State the facts plainly, without blame: the figures and the incidents, not the person")
    steps.append(
      "Offer a transition plan: hand over the work, files and access, and refer them to someone who fits")
    if figures.economics.maxRefund > .zero {
      steps.append("Offer a refund of up to \(Wording.money(figures.economics.maxRefund, currency))")
    }
    return steps
  }

  /// When to end: at the contract's end where the rules allow it, else with the notice it asks.
  func ending(for rule: DecisionRule) -> String {
    guard let end = input.terms?.contractEnd, end > input.asOf else {
      if let end = input.terms?.contractEnd { return "The contract ended on \(end): end now and do not renew" }
      if rule == .contractEnd {
        return "End when the current commitment runs out, within \(Wording.months(figures.horizonMonths)), "
          + "and do not renew"
      }
      return "No contract end is known: give the notice the contract asks for and end now"
    }
    switch rule {
    case .severeIncident:
      return "End now under the termination terms, without waiting for the contract's end on \(end)"
    case .contractEnd:
      return "End at the contract's end on \(end) and do not renew"
    default:
      return "Prefer ending at the contract's end on \(end) if the terms make leaving earlier costly; "
        + "otherwise give notice now"
    }
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

  /// The record to keep: every incident with its date, kind and note, and the attempts to fix them.
  func documentation() -> [String] {
    let incidents = input.incidents
    guard !incidents.isEmpty else {
      return ["Document the figures that led here and the attempts to fix them (no incidents recorded)"]
    }
    var steps = ["Document the incidents and the attempts to fix them:"]
    for incident in incidents {
      var line = "Incident \(incident.day), \(incident.kind.rawValue)"
      if let note = incident.note, !note.isEmpty { line += ": \(note)" }
      steps.append(line)
    }
    return steps
  }

  /// A call or meeting for a large client, writing for a small one (see `ClientSize`).
  func channel() -> String {
    switch input.size {
    case .large:
      return "Tell them in a call or meeting, as one of your larger clients, then confirm in writing"
    case .small:
      return "Tell them in writing, as one of your smaller clients"
    }
  }
}
