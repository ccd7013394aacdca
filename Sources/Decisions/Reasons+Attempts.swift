import Domain
import Localization

/// The reasons that name the attempts on record and the contract's end: what was tried, whether it
/// worked, and what the renewal asks.
extension Reasons {
  /// `The contract ends on 2026-10-20, within the 30 days a fix is given: …`, when a first
  /// proposal is for the contract's renewal (`DecisionRules.firstProposal`).
  func renewal() -> LocalizedText? {
    guard let end = decision.deadline, DecisionRules.renewalBefore(end, input) == end else { return nil }
    return LocalizedText(
      en: "The contract ends on \(day: end), within the \(count: settings.fixDays, .day) a fix is given: propose the "
        + "new terms for its renewal, and let it end if they are declined; no fix has been tried for this loss, so it "
        + "is not ended outright",
      ar: "ينتهي العقد في \(day: end)، ضمن المهلة المعطاة للإصلاح وهي \(count: settings.fixDays, .day): اقترح "
        + "الشروط الجديدة لتجديده، ودعه ينتهي إن رُفضت؛ لم يُجرَّب إصلاح لهذه الخسارة، فلا يُنهى مباشرةً")
  }

  /// `You recorded a boundary (…) on 2026-01-10, and it worked for a while: …`, when the last
  /// attempt stopped the loss after its deadline (`AttemptOutcome`).
  func recovery() -> LocalizedText? {
    guard let attempt = input.lastAttempt, let end = input.recoveredAfterAttempt else { return nil }
    return LocalizedText(
      en: "You recorded \(Wording.attempt(attempt)) on \(day: attempt.day), and it worked for a while: no loss over "
        + "the \(count: settings.windowDays, .day) to \(day: end); the loss since is a new one, to be fixed before "
        + "anyone leaves",
      ar: "سُجّلت في \(day: attempt.day) محاولة: \(Wording.attempt(attempt))، ونجحت حينًا: لا خسارة خلال "
        + "\(count: settings.windowDays, .day, .oblique) المنتهية في \(day: end)؛ والخسارة منذئذ جديدة، تُعالَج قبل أي "
        + "إنهاء")
  }

  /// `The contract ends on 2026-10-05, before the attempt's deadline: …`, when a pending attempt's
  /// time runs past the contract's end.
  func renewalWhilePending() -> LocalizedText? {
    guard let deadline = decision.deadline, let end = input.terms?.contractEnd, end > input.asOf, end < deadline
    else { return nil }
    return LocalizedText(
      en: "The contract ends on \(day: end), before the attempt's deadline: renew it only on terms that stop the loss",
      ar: "ينتهي العقد في \(day: end)، قبل موعد المحاولة النهائي: لا تجدّده إلا بشروط توقف الخسارة")
  }

  /// The attempt that had its time and did not stop the loss.
  func failedAttempt() -> LocalizedText? {
    guard let attempt = input.lastAttempt else { return nil }
    let age = input.asOf - attempt.day
    return LocalizedText(
      en:
        "You recorded \(Wording.attempt(attempt)) on \(day: attempt.day), \(count: age, .day) ago; it still loses money",
      ar: "سُجّلت في \(day: attempt.day) محاولة: \(Wording.attempt(attempt))، قبل \(count: age, .day, .oblique)؛ "
        + "وما زال العميل يخسر")
  }

  /// The attempt still within its time.
  func pendingAttempt() -> LocalizedText? {
    guard let attempt = input.lastAttempt, let deadline = decision.deadline else { return nil }
    return LocalizedText(
      en: "You recorded \(Wording.attempt(attempt)) on \(day: attempt.day); it has until \(day: deadline) to work",
      ar: "سُجّلت في \(day: attempt.day) محاولة: \(Wording.attempt(attempt))؛ وأمامها حتى \(day: deadline) لتؤتي ثمارها")
  }
}
