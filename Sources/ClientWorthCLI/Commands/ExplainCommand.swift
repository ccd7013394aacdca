import Analysis
import Decisions
import Domain
import Localization
import Reports

/// `clientworth explain CLIENT [FIGURE]`: one client's figures down to the rows that made them.
struct ExplainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    name: "explain",
    abstract: LocalizedText(
      en: "Explain one client's figures, or one of them, down to the rows of the files that made them.",
      ar: "اشرح أرقام عميل واحد، أو رقمًا واحدًا منها، وصولًا إلى صفوف الملفات التي صنعتها."),
    discussion: LocalizedText(
      en: "Every figure of the report and of the decision, with its formula in words and numbers, and the rows that "
        + "fed it, with file and line: time by month, invoices with their spans and what each earned in the period, "
        + "payments with their days late, expenses and incidents. Name a figure as in the JSON (effectiveRate, "
        + "profit, monthlyProfit, …) to see only it and what it reads. Each table adds up to the figures it feeds.",
      ar: "كل رقم من أرقام التقرير والقرار، مع معادلته بالكلمات والأرقام، والصفوف التي غذّته مع الملف والسطر: الوقت "
        + "شهرًا بشهر، والفواتير مع فتراتها وما اكتسبته كل منها في الفترة، والدفعات مع أيام تأخرها، والمصروفات "
        + "والوقائع. سمِّ رقمًا باسمه في \(code: "JSON") (\(code: "effectiveRate")، \(code: "profit")، "
        + "\(code: "monthlyProfit")، …) لترى هذا الرقم وحده وما يقرؤه. ومجموع كل جدول يساوي الأرقام التي يغذّيها."))

  var analysis = AnalysisOptions()
  var client: String?
  var figure: FigureName?
  var wide = false

  static let arguments: [Argument<Self>] = positionals + options

  private static let positionals: [Argument<Self>] = [
    .positional(
      "client", \.client, value: LocalizedText(en: "client", ar: "عميل"),
      help: LocalizedText(
        en: "The client, as the report names it (or any spelling of it).",
        ar: "العميل كما يسمّيه التقرير (أو بأي تهجئة لاسمه).")),
    .positional(
      "figure", \.figure, value: LocalizedText(en: "figure", ar: "رقم"), optional: true,
      help: LocalizedText(
        en: "Only this figure, named as in the JSON, and what it reads (default: all).",
        ar: "هذا الرقم وحده، باسمه في \(code: "JSON")، وما يقرؤه (الافتراضي: الأرقام كلها).")),
  ]

  private static let options: [Argument<Self>] =
    InputOptions.arguments.lifted(\.analysis.input) + SettingFlags.arguments.lifted(\.analysis.settings)
    + PeriodOptions.arguments.lifted(\.analysis.period)
    + OutputOptions.arguments(formats: ExplanationRenderer.formats).lifted(\.analysis.output)
    + MessageOptions.arguments.lifted(\.analysis.messages) + [
      .flag(
        "wide", \.wide,
        help: LocalizedText(
          en: "Show every column of the tables, however wide the terminal.",
          ar: "اعرض كل أعمدة الجداول مهما كان عرض الطرفية."))
    ]

  func validate() throws(ValidationError) { try analysis.validate() }

  func run(_ context: RunContext, stderr: inout some TextOutputStream) throws(CLIError) -> CommandOutput {
    for file in analysis.input.files where context.fileSystem.status(of: file) == nil && FigureName.looksLikeOne(file) {
      throw context.usageError(ValidationError(.unknownFigure(file)))
    }
    var options = analysis
    options.selection = ClientSelection(clients: client.map { [$0] } ?? [], excluded: [])
    let run = AnalysisRun(options: options, context: context)
    let prepared = try run.prepare(stderr: &stderr)
    guard let key = prepared.filter?.only?.first else { return run.output("", of: prepared) }
    let (report, _, explanations) = DecisionMaker.explain(
      ledger: prepared.ledger, settings: prepared.settings, clients: [key])
    run.write(report.diagnostics, to: &stderr)
    guard var explanation = explanations[key] else { return run.output("", of: prepared) }
    if let figure {
      guard let narrowed = explanation.narrowed(to: figure.name) else {
        throw context.usageError(ValidationError(.decisionFigureWithoutCostRate(figure.name)))
      }
      explanation = narrowed
    }
    var text = ""
    ExplanationRenderer.render(
      explanation, focus: figure?.name, format: analysis.output.format, options: run.renderOptions(wide: wide),
      to: &text)
    return run.output(text, of: prepared)
  }
}

/// A figure `explain` can be asked for, named as in the JSON.
struct FigureName: ArgumentValue, Equatable {
  let name: String

  init(argument text: String) throws(ArgumentValueError) {
    guard Explanation.askableNames.contains(text) else { throw .notOneOf(Explanation.askableNames, typed: text) }
    name = text
  }

  static var choices: [String]? { Explanation.askableNames }

  /// True when `text` reads as a figure's name rather than a file's: no folder, no extension.
  static func looksLikeOne(_ text: String) -> Bool {
    !text.isEmpty && text.allSatisfy { $0.isLetter || $0.isNumber }
  }
}

extension LocalizedText {
  fileprivate static func unknownFigure(_ typed: String) -> LocalizedText {
    // A figure named after the files: the order is CLIENT, then FIGURE, then the files.
    guard !Explanation.askableNames.contains(typed) else {
      return LocalizedText(
        en: "'\(code: typed)' is a figure, but it comes right after the client: "
          + "\(code: "explain CLIENT [FIGURE] [FILE ...]")",
        ar: "«\(code: typed)» رقم، لكن موضعه بعد العميل مباشرة: \(code: "explain CLIENT [FIGURE] [FILE ...]")")
    }
    let figures = Explanation.askableNames.map { LocalizedText.same("\(code: $0)") }
    let hint =
      Suggestion.nearest(to: typed, in: Explanation.askableNames) == nil
      ? LocalizedText(en: "; figures: \(list: figures, .comma)", ar: "؛ الأرقام: \(list: figures, .comma)")
      : Suggestion.didYouMean(typed, in: Explanation.askableNames)
    return LocalizedText(
      en: "'\(name: typed)' is no figure and no file or folder", ar: "«\(name: typed)» ليس رقمًا ولا ملفًا ولا مجلدًا")
      + hint
  }

  fileprivate static func decisionFigureWithoutCostRate(_ figure: String) -> LocalizedText {
    LocalizedText(
      en: "'\(code: figure)' is a figure of the decision, which needs a cost rate: set \"costRate\" in "
        + "clientworth.json or pass --cost-rate AMOUNT",
      ar: "«\(code: figure)» من أرقام القرار، والقرار يحتاج إلى تكلفة الساعة: اضبط \(code: "\"costRate\"") في "
        + "\(code: "clientworth.json") أو مرّر \(code: "--cost-rate") ومعه المبلغ")
  }
}
