import Decisions
import Localization
import Reports

/// `clientworth decide`: keep, renegotiate or exit, client by client (spec §5).
struct DecideCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    name: "decide",
    abstract: LocalizedText(
      en: "Recommend, for each client, keep, watch, fix, renegotiate or leave, with the reasons and a plan.",
      ar: "أوصِ لكل عميل بالإبقاء أو المراقبة أو الإصلاح أو إعادة التفاوض أو المغادرة، مع الأسباب وخطة العمل."),
    discussion: LocalizedText(
      en: "The decision projects the trailing --window days over the --horizon months (or to the client's contract "
        + "end); it needs --cost-rate. ",
      ar: "يُسقط القرار أرقام الفترة الأخيرة (\(code: "--window")) على الأشهر القادمة (\(code: "--horizon")) أو حتى "
        + "نهاية عقد العميل؛ ويحتاج إلى \(code: "--cost-rate"). ") + .settingsSources)

  var analysis = AnalysisOptions()
  var refund: MajorAmount?
  /// `--letters DIR`: a draft message to each client to contact, one file a client.
  var letters: String?

  static let arguments: [Argument<Self>] =
    AnalysisOptions.arguments.lifted(\.analysis) + [
      .amount(
        "refund", \.refund,
        help: LocalizedText(
          en: "Weigh one refund offer, in the report currency: is leaving with this refund cheaper than staying?",
          ar: "وازن عرض استرداد واحدًا بعملة التقرير: هل المغادرة مع هذا الاسترداد أرخص من البقاء؟")),
      .option(
        "letters", \.letters, value: .folderValue, completion: .folder,
        help: LocalizedText(
          en: "Write a draft message to each client to renegotiate with, fix things with or leave, one file a "
            + "client in this folder.",
          ar: "اكتب مسودة رسالة لكل عميل يلزم التفاوض معه أو إصلاح الأمور معه أو مغادرته، ملفًا لكل عميل في هذا "
            + "المجلد.")),
    ]

  func validate() throws(ValidationError) {
    try analysis.validate()
  }

  func run(_ context: RunContext, stderr: inout some TextOutputStream) throws(CLIError) -> CommandOutput {
    let run = AnalysisRun(options: analysis, context: context)
    let prepared = try run.prepare(money: [refund].compactMap(\.self), stderr: &stderr)
    let refund = try prepared.resolver.money(refund, in: prepared.settings.currency)
    var decisions: DecisionReport
    do {
      decisions = try DecisionMaker.decide(ledger: prepared.ledger, settings: prepared.settings, refund: refund)
    } catch {
      throw context.usageError(ValidationError(error.message))
    }
    if let filter = prepared.filter { decisions.decisions.removeAll { !filter.includes($0.client) } }
    run.write(decisions.diagnostics, to: &stderr)
    decisions.diagnostics = prepared.diagnostics + decisions.diagnostics
    if let letters {
      let writer = LetterWriter(fileSystem: context.fileSystem, protected: prepared.protected)
      let written = try writer.write(DecisionLetters.letters(decisions, context.locale), into: letters)
      stderr.write(context.locale(LetterWriter.summary(written, folder: letters)))
    }
    var text = ""
    DecisionRenderer.render(decisions, format: analysis.output.format, options: run.renderOptions(), to: &text)
    return run.output(text, of: prepared)
  }
}
