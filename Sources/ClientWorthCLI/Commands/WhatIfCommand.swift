import Analysis
import Decisions
import Domain
import Localization
import Reports

/// `clientworth whatif`: the report and the decisions again on changed facts, before and after.
struct WhatIfCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    name: "whatif",
    abstract: LocalizedText(
      en: "Show what a change would do: a new rate, billed extra hours, terms, a deposit, a dropped client.",
      ar: "اعرض أثر تغيير ما: سعر جديد، أو فوترة ساعات إضافية، أو مهلة سداد، أو دفعة مقدمة، أو إنهاء التعامل مع عميل."),
    discussion: LocalizedText(
      en: "Changes the facts as each option says (docs/spec.md, \"What if\"), then runs the real report and decisions "
        + "again on them, not an estimate, and shows each client's profit, effective rate and recommendation before "
        + "and after, the profit of the year ahead at the decision window's run-rate, and which recommendations "
        + "flip. Options combine, and may be repeated for several clients. With no change, it shows the report and "
        + "the decisions as they are.",
      ar: "يغيّر الوقائع كما يقول كل خيار (\(code: "docs/spec.md")، قسم «\(code: "What if")»)، ثم يعيد تشغيل التقرير "
        + "والقرارات الفعلية عليها، لا تقديرًا، ويعرض ربح كل عميل وسعر ساعته الفعلي والتوصية قبل التغيير وبعده، "
        + "وربح السنة القادمة بوتيرة الفترة التي يُبنى عليها القرار، والتوصيات التي تتغير. تجتمع الخيارات، ويجوز "
        + "تكرارها لأكثر من عميل. ومن دون أي تغيير يعرض التقرير والقرارات كما هي."))

  var analysis = AnalysisOptions()
  var rates: [ClientChange<RateValue>] = []
  var billNonBillable: [ClientChange<ShareValue>] = []
  var terms: [ClientChange<DaysValue>] = []
  var deposits: [ClientChange<ShareValue>] = []
  var dropped: [String] = []
  var noRefill = false
  var costRate: MajorAmount?
  var wide = false

  static let arguments: [Argument<Self>] =
    InputOptions.arguments.lifted(\.analysis.input)
    + SettingFlags.arguments.filter { $0.info.name != "cost-rate" }.lifted(\.analysis.settings)
    + PeriodOptions.arguments.lifted(\.analysis.period)
    + OutputOptions.arguments(formats: WhatIfRenderer.formats).lifted(\.analysis.output)
    + MessageOptions.arguments.lifted(\.analysis.messages) + changes

  private static let changes: [Argument<Self>] = [
    .repeating(
      "rate", \.rates, value: LocalizedText(en: "client=change", ar: "عميل=تغيير"),
      help: LocalizedText(
        en: "Change a client's rate: by a share (Acme=+20%, Acme=-10%), or to an hourly rate (Acme=120); its billable "
          + "values, invoices and payments follow.",
        ar: "غيّر سعر ساعة العميل: بنسبة (\(code: "Acme=+20%")، \(code: "Acme=-10%"))، أو إلى سعر للساعة "
          + "(\(code: "Acme=120"))؛ وتتبعه قيم عمله القابل للفوترة وفواتيره ودفعاته.")),
    .repeating(
      "bill-nonbillable", \.billNonBillable, value: LocalizedText(en: "client=share", ar: "عميل=نسبة"),
      help: LocalizedText(
        en: "Bill this share of a client's non-billable hours (Acme=50%); the invoices of their spans grow with them.",
        ar: "فوتر هذه النسبة من ساعات العميل غير القابلة للفوترة (\(code: "Acme=50%"))؛ وتكبر معها فواتير فتراتها.")),
    .repeating(
      "terms", \.terms, value: LocalizedText(en: "client=days", ar: "عميل=أيام"),
      help: LocalizedText(
        en: "Make a client's invoices due this many days after issue (Acme=15); payments keep their days late.",
        ar: "اجعل فواتير العميل مستحقة بعد هذا العدد من الأيام من إصدارها (\(code: "Acme=15"))؛ وتحتفظ الدفعات "
          + "بأيام تأخرها.")),
    .repeating(
      "deposit", \.deposits, value: LocalizedText(en: "client=share", ar: "عميل=نسبة"),
      help: LocalizedText(
        en: "Have a client pay this share of each invoice on its issue date (Acme=30%).",
        ar: "اجعل العميل يدفع هذه النسبة من كل فاتورة يوم إصدارها (\(code: "Acme=30%")).")),
    .repeating(
      "drop", \.dropped, value: LocalizedText(en: "client", ar: "عميل"),
      help: LocalizedText(
        en: "Drop a client; its hours are worked for a new client at the target rate, unless --no-refill.",
        ar: "أنهِ التعامل مع عميل؛ وتُشغَّل ساعاته لعميل جديد بالسعر المستهدف، ما لم يُعطَ \(code: "--no-refill").")),
    .flag(
      "no-refill", \.noRefill,
      help: LocalizedText(
        en: "Leave a dropped client's hours idle.", ar: "اترك ساعات العميل المنتهي التعامل معه بلا عمل.")),
    .amount(
      "cost-rate", \.costRate,
      help: LocalizedText(
        en: "Change the cost rate (what one hour of your time costs you).",
        ar: "غيّر تكلفة الساعة (ما تكلّفك ساعة واحدة من وقتك).")),
    .flag(
      "wide", \.wide,
      help: LocalizedText(
        en: "Show every column of the table, however wide the terminal.",
        ar: "اعرض كل أعمدة الجدول مهما كان عرض الطرفية.")),
  ]

  func validate() throws(ValidationError) {
    try analysis.validate()
    if noRefill && dropped.isEmpty { throw ValidationError(.noRefillWithoutDrop) }
  }

  func run(_ context: RunContext, stderr: inout some TextOutputStream) throws(CLIError) -> CommandOutput {
    let run = AnalysisRun(options: analysis, context: context)
    let amounts =
      [costRate].compactMap(\.self) + rates.compactMap { if case .to(let amount) = $0.value { amount } else { nil } }
    let prepared = try run.prepare(money: amounts, stderr: &stderr)
    let changes = try self.changes(prepared, context: context)
    let report: WhatIfReport
    do {
      report = try WhatIf.compare(
        ledger: prepared.ledger, settings: prepared.settings, changes: changes, refill: !noRefill)
    } catch {
      throw context.usageError(ValidationError(error.message))
    }
    run.write(report.before.diagnostics, to: &stderr)
    var text = ""
    WhatIfRenderer.render(report, format: analysis.output.format, options: run.renderOptions(wide: wide), to: &text)
    return run.output(text, of: prepared)
  }

  /// The options as changes, in the order of the options' declarations; a client named twice by one
  /// option, or not in the data, is a usage error.
  private func changes(_ prepared: AnalysisRun.Prepared, context: RunContext) throws(CLIError) -> [WhatIfChange] {
    let directory = prepared.ledger.clients
    let currency = prepared.settings.currency
    var changes: [WhatIfChange] = []
    var rateChanges: [(ClientKey, RateValue)] = []
    do {
      func keys<Value>(_ option: String, _ items: [ClientChange<Value>]) throws(ValidationError) -> [(ClientKey, Value)]
      {
        var seen = Set<ClientKey>()
        var result: [(ClientKey, Value)] = []
        for item in items {
          let key = try ClientSelection.key(for: item.client, in: directory)
          guard seen.insert(key).inserted else { throw ValidationError(.twice(option, item.client)) }
          result.append((key, item.value))
        }
        return result
      }
      rateChanges = try keys("--rate", rates)
      changes += try keys("--bill-nonbillable", billNonBillable).map { .billNonBillable($0.0, $0.1.share) }
      changes += try keys("--terms", terms).map { .terms($0.0, days: $0.1.days) }
      changes += try keys("--deposit", deposits).map { .deposit($0.0, $0.1.share) }
      var droppedKeys = Set<ClientKey>()
      for name in dropped {
        let key = try ClientSelection.key(for: name, in: directory)
        if droppedKeys.insert(key).inserted { changes.append(.drop(key)) }
      }
    } catch {
      throw context.usageError(error)
    }
    var rateChangesResolved: [WhatIfChange] = []
    for (key, value) in rateChanges {
      switch value {
      case .by(let share): rateChangesResolved.append(.rate(key, .by(share)))
      case .to(let amount):
        if let money = try prepared.resolver.money(amount, in: currency) {
          rateChangesResolved.append(.rate(key, .to(money)))
        }
      }
    }
    if let money = try prepared.resolver.money(costRate, in: currency) { changes.append(.costRate(money)) }
    return rateChangesResolved + changes
  }
}

extension LocalizedText {
  fileprivate static let noRefillWithoutDrop = LocalizedText(
    en: "'--no-refill' says what becomes of a dropped client's hours; give it with '--drop'",
    ar: "«\(code: "--no-refill")» يحدد مصير ساعات العميل المنتهي التعامل معه؛ فأعطه مع «\(code: "--drop")»")

  fileprivate static func twice(_ option: String, _ client: String) -> LocalizedText {
    LocalizedText(
      en: "'\(code: option)' names \(name: client) twice; give one change per client",
      ar: "«\(code: option)» يذكر \(name: client) مرتين؛ أعطِ تغييرًا واحدًا لكل عميل")
  }
}
