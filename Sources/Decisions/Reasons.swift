import Analysis
import Domain
import Localization

/// The short sentences that say why a client got its recommendation: the figures, flags,
/// incidents and attempts that led there (spec §5), each figure with its span. Money is rounded
/// for the sentence only.
struct Reasons {
  var input: DecisionInput
  var figures: DecisionFigures
  var decision: Decision

  var currency: Currency { input.currency }
  var settings: Settings { input.settings }
  var window: Figures { input.window.figures }
  var lastDays: LocalizedText { Wording.lastDays(settings.windowDays) }

  /// The reasons for `rule`; none for keep (unless its loss lies in its band) and inactive, which
  /// explain themselves.
  func reasons(for rule: DecisionRule) -> [LocalizedText] {
    var lines: [LocalizedText]
    switch rule {
    case .inactive: return []
    // A keep explains itself, but for a small loss taken for noise.
    case .keep: return input.lossInBand == nil ? [] : [runRate(), lossInBand()].compactMap { $0 }
    case .severeIncident: lines = severeIncidents() + [runRate()].compactMap { $0 }
    case .invoiceFirst: lines = unbilledWork()
    case .new: lines = [tenure(), runRate().map { $0 + partOfWindow() }].compactMap { $0 }
    case .watch: lines = [runRate(), lossInBand()].compactMap { $0 } + flagged()
    case .contractEnd: lines = [runRate(), failedAttempt(), horizon()].compactMap { $0 } + lossDrivers() + flagged()
    case .phaseOut:
      lines = [runRate(), failedAttempt(), concentration(), horizon()].compactMap { $0 } + lossDrivers() + flagged()
    case .failedFix: lines = [runRate(), failedAttempt(), horizon()].compactMap { $0 } + lossDrivers() + flagged()
    case .pendingFix:
      lines = [runRate(), pendingAttempt(), renewalWhilePending()].compactMap { $0 } + lossDrivers() + flagged()
    case .renegotiate:
      lines = [runRate(), recovery(), renewal()].compactMap { $0 } + lossDrivers() + rateRise() + flagged()
    case .fix:
      lines = [runRate(), recovery(), renewal()].compactMap { $0 } + lossDrivers() + whyNotRenegotiate() + flagged()
    }
    // A line can come from two places (the conduct flag and the incidents that block a rate rise).
    // Compared rather than hashed: a few lines, which differ in their first words, where a hash
    // reads every word and argument of each.
    return lines.indices.filter { index in !lines[..<index].contains(lines[index]) }.map { lines[$0] }
  }

  /// `Over the last 90 days the Audit project lost $4,100 of the $5,985 the client lost (…)`: the
  /// project or person behind most of the loss (spec §5, an estimate by §4b).
  func lossDrivers() -> [LocalizedText] {
    input.lossDrivers.map { driver in
      let part =
        driver.dimension == .project
        ? LocalizedText(en: "the \(name: driver.name) project", ar: "مشروع «\(name: driver.name)»")
        : LocalizedText(en: "the hours of \(name: driver.name)", ar: "ساعات «\(name: driver.name)»")
      let (loss, total) = (driver.loss, driver.clientLoss)
      let amount =
        loss.minorUnits <= total.minorUnits
        ? LocalizedText(
          en: "lost \(money: loss) of the \(money: total) the client lost",
          ar: "\(money: loss) من أصل \(money: total) خسرها العميل")
        : LocalizedText(
          en: "lost \(money: loss), more than the \(money: total) the client lost in all: its other work earned",
          ar: "\(money: loss)، أكثر من \(money: total) خسرها العميل كله: فقد ربح باقي عمله")
      return LocalizedText(
        en: "Over \(lastDays) \(part) \(amount) (revenue shared by billable value: an estimate)",
        ar: "خلال \(lastDays) خسر \(part) \(amount) (بتوزيع الإيراد حسب القيمة القابلة للفوترة: تقديرًا)")
    }
  }

  /// `Severe incident: abuse on 2026-08-14 (Shouted at the designer)`, one per severe incident in W.
  func severeIncidents() -> [LocalizedText] {
    input.severeIncidentsInWindow.map {
      LocalizedText(en: "Severe incident: \(Wording.incident($0))", ar: "واقعة جسيمة: \(Wording.incident($0))")
    }
  }

  /// `Loses $770.00 a month over the last 90 days`; nil when W's profit is unknown.
  func runRate() -> LocalizedText? {
    guard let profit = figures.monthlyProfit else { return nil }
    if profit.isZero {
      return LocalizedText(en: "Breaks even over \(lastDays)", ar: "لا يربح ولا يخسر خلال \(lastDays)")
    }
    if profit.isNegative {
      return LocalizedText(
        en: "Loses \(money: -profit, currency) a month over \(lastDays)",
        ar: "يخسر \(money: -profit, currency) شهريًا خلال \(lastDays)")
    }
    return LocalizedText(
      en: "Earns \(money: profit, currency) a month over \(lastDays)",
      ar: "يربح \(money: profit, currency) شهريًا خلال \(lastDays)")
  }

  /// What is not invoiced yet, since when, and what it is worth (rule 3).
  func unbilledWork() -> [LocalizedText] {
    let allData = input.allData
    var lines: [LocalizedText] = []
    if let oldest = allData.oldestUnbilledWork {
      let age = input.asOf - oldest
      let value =
        allData.figures.unbilledValue.map {
          LocalizedText(en: ": about \(money: $0) (all data)", ar: ": نحو \(money: $0) (كل البيانات)")
        } ?? .empty
      lines.append(
        LocalizedText(
          en: "Billable work since \(day: oldest) (\(count: age, .day) ago) is not invoiced\(value)",
          ar: "عمل قابل للفوترة منذ \(day: oldest) (قبل \(count: age, .day, .oblique)) لم تصدر به فاتورة\(value)"))
    }
    if allData.figures.unbilledValue == nil {
      lines.append(
        LocalizedText(
          en: "Its value cannot be estimated: some entries have no rate or amount and nothing billed shows what an "
            + "hour earns",
          ar: "لا يمكن تقدير قيمته: بعض القيود بلا سعر ولا مبلغ، ولا شيء مفوتر يبيّن ما تكسبه الساعة"))
    }
    return lines
  }

  /// `A client for 45 days (since 2026-09-05): too little history to judge before 60`.
  func tenure() -> LocalizedText {
    let days = input.tenureDays ?? 0
    let since =
      input.allData.firstDay.map { LocalizedText(en: " (since \(day: $0))", ar: " (منذ \(day: $0))") } ?? .empty
    return LocalizedText(
      en: "A client for \(count: days, .day)\(since): too little history to judge before "
        + "\(count: settings.minHistoryDays, .day)",
      ar: "عميل منذ \(count: days, .day, .oblique)\(since): مدة أقصر من أن يُحكم عليه قبل "
        + "\(count: settings.minHistoryDays, .day, .oblique)")
  }

  /// `, 54 of them as a client`, when the client is younger than the window.
  func partOfWindow() -> LocalizedText {
    guard let days = input.tenureDays, days < settings.windowDays else { return .empty }
    return LocalizedText(
      en: ", \(number: days) of them as a client", ar: "، كان عميلًا في \(count: days, .day, .oblique) منها")
  }

  /// How long staying would last and what it would cost.
  func horizon() -> LocalizedText? {
    guard let loss = figures.economics.continueLoss else { return nil }
    let months = figures.horizonMonths
    if let end = input.terms?.contractEnd {
      if end <= input.asOf {
        return LocalizedText(
          en: "The contract ended on \(day: end): nothing is left to stay for",
          ar: "انتهى العقد في \(day: end): لم يعد هناك ما يستدعي البقاء")
      }
      return LocalizedText(
        en:
          "The contract ends on \(day: end), in \(count: months, .month): staying until then loses \(money: loss, currency)",
        ar: "ينتهي العقد في \(day: end)، بعد \(count: months, .month, .oblique): البقاء حتى ذلك الحين يعني خسارة "
          + "\(money: loss, currency)")
    }
    return LocalizedText(
      en: "Over the next \(count: months, .month), staying loses \(money: loss, currency)",
      ar: "خلال \(count: months, .month, .oblique) من اليوم، يعني البقاء خسارة \(money: loss, currency)")
  }

  /// Why leaving at once would hurt (rule 8).
  func concentration() -> LocalizedText? {
    guard let share = input.share else { return nil }
    let revenue =
      figures.monthlyEarned.flatMap { revenue in
        revenue > .zero
          ? LocalizedText(
            en: " (\(money: revenue, currency) a month over \(lastDays))",
            ar: " (\(money: revenue, currency) شهريًا خلال \(lastDays))") : nil
      } ?? .empty
    return LocalizedText(
      en:
        "It brings \(percent: share) of your revenue over the last 12 months\(revenue): leaving at once would cut deep",
      ar:
        "يأتي منه \(percent: share) من إيرادك خلال آخر \(count: 12, .month, .oblique)\(revenue): تركه دفعة واحدة سيكون موجعًا"
    )
  }
}
