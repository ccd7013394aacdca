import Decisions
import Reports

/// `clientworth decide`: keep, renegotiate or exit, client by client (spec §5).
struct DecideCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    name: "decide",
    abstract: "Recommend, for each client, keep, watch, fix, renegotiate or leave, with the reasons and a plan.",
    discussion: """
      The decision projects the trailing --window days over the --horizon months (or to the \
      client's contract end); it needs --cost-rate. Settings come from --config FILE, else ./clientworth.json, else the \
      clientworth.json inside the first folder given; every flag below wins over the file.
      """)

  var analysis = AnalysisOptions()
  var refund: MajorAmount?
  /// `--letters DIR`: a draft message to each client to contact, one file a client.
  var letters: String?

  static let arguments: [Argument<Self>] =
    AnalysisOptions.arguments.lifted(\.analysis) + [
      .amount(
        "refund", \.refund,
        help: "Weigh one refund offer, in the report currency: is leaving with this refund cheaper than staying?"),
      .option(
        "letters", \.letters, value: "folder", completion: .folder,
        help: "Write a draft message to each client to renegotiate with, fix things with or leave, one file a "
          + "client in this folder."),
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
      let written = try writer.write(DecisionLetters.letters(decisions), into: letters)
      stderr.write(LetterWriter.summary(written, folder: letters))
    }
    var text = ""
    DecisionRenderer.render(decisions, format: analysis.output.format, options: run.renderOptions(), to: &text)
    return run.output(text, of: prepared)
  }
}
