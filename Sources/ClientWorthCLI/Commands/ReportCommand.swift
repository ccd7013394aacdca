import Analysis
import Decisions
import Domain
import Localization
import Parallel
import Reports

/// `clientworth report`: every client's figures (spec §4), or period by period.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    name: "report",
    abstract: LocalizedText(
      en: "Show each client's profitability: hours, revenue, cost, profit, effective rate, lateness.",
      ar: "اعرض ربحية كل عميل: الساعات والإيراد والتكلفة والربح وسعر الساعة الفعلي والتأخر في الدفع."),
    discussion: .settingsSources)

  var analysis = AnalysisOptions()
  var sort: ClientSort?
  var interval: TrendInterval?
  var breakdown: Breakdown.Dimension?
  var wide = false

  static let arguments: [Argument<Self>] =
    AnalysisOptions.arguments.lifted(\.analysis) + [
      .option(
        "sort", \.sort, value: .fieldValue,
        help: LocalizedText(
          en: "Order the rows by this field, named as in the JSON, smallest first; -FIELD for largest first "
            + "(default: client).",
          ar: "رتّب الصفوف حسب هذا الحقل، باسمه في \(code: "JSON")، من الأصغر إلى الأكبر؛ و\(code: "-FIELD") من "
            + "الأكبر (الافتراضي: \(code: "client")).")),
      .flag(
        "monthly", \.interval, setting: .month,
        help: LocalizedText(
          en: "The figures month by month, as 'trend --by month'.",
          ar: "الأرقام شهرًا بشهر، مثل «\(code: "trend --by month")».")),
      .flag(
        "quarterly", \.interval, setting: .quarter,
        help: LocalizedText(
          en: "The figures quarter by quarter, as 'trend --by quarter'.",
          ar: "الأرقام ربعًا بربع، مثل «\(code: "trend --by quarter")».")),
      .option(
        "by", \.breakdown, value: LocalizedText(en: "part", ar: "جزء"),
        help: LocalizedText(
          en: "Split the figures by each client's project, or by person (earned and profit attributed, an estimate).",
          ar: "قسّم الأرقام حسب مشروع كل عميل، أو حسب الشخص (مع توزيع المكتسب والربح تقديرًا).")),
      .flag("wide", \.wide, help: .wideHelp),
    ]

  func validate() throws(ValidationError) {
    try analysis.validate()
    if breakdown != nil && (sort != nil || interval != nil) {
      throw ValidationError(
        LocalizedText(
          en: "'--by' splits the report's figures by project or person; it takes neither '--sort' nor a trend",
          ar: "«\(code: "--by")» يقسّم أرقام التقرير حسب المشروع أو الشخص؛ ولا يجتمع مع «\(code: "--sort")» ولا مع "
            + "الاتجاه"))
    }
    if sort != nil && interval != nil {
      let flag = interval == .month ? "--monthly" : "--quarterly"
      throw ValidationError(
        LocalizedText(
          en: "'--sort' orders the report's table; the trend of '\(code: flag)' lists clients by name",
          ar: "«\(code: "--sort")» يرتّب جدول التقرير؛ أما اتجاه «\(code: flag)» فيسرد العملاء بأسمائهم"))
    }
  }

  func run(_ context: RunContext, stderr: inout some TextOutputStream) throws(CLIError) -> CommandOutput {
    let run = AnalysisRun(options: analysis, context: context)
    let prepared = try run.prepare(stderr: &stderr)
    if let interval {
      return run.output(try run.trendText(prepared, interval: interval, wide: wide, stderr: &stderr), of: prepared)
    }
    let (ledger, settings, filter) = (prepared.ledger, prepared.settings, prepared.filter)
    if let breakdown {
      var split = FigureCalculator.breakdown(ledger: ledger, settings: settings, by: breakdown, filter: filter)
      run.write(split.diagnostics, to: &stderr)
      split.diagnostics = prepared.diagnostics + split.diagnostics
      var text = ""
      BreakdownRenderer.render(split, format: analysis.output.format, options: run.renderOptions(wide: wide), to: &text)
      return run.output(text, of: prepared)
    }
    // The report and the decisions' trailing window, from one book of the invoices and one pass
    // over the time.
    let book = FigureCalculator.invoiceBook(ledger: ledger, settings: settings)
    let reports = FigureCalculator.reports(
      ledger: ledger,
      [(settings, filter), (DecisionMaker.windowSettings(ledger: ledger, settings: settings), nil)], book: book)
    var (report, window) = (reports[0], reports[1])
    // The decisions weigh every client against the others: never from a report that leaves some out.
    // Without a cost rate there is no profit to decide on: the table shows no Decision column.
    let decisions = try? DecisionMaker.decide(
      ledger: ledger, settings: settings, report: filter == nil ? report : nil, window: window, book: book)
    run.write(report.diagnostics, to: &stderr)
    report.diagnostics = prepared.diagnostics + report.diagnostics
    let format = analysis.output.format
    // Only the HTML page draws the monthly trend and links each client to its explanation; the other
    // formats need neither. Both only read the ledger: one on each core. A span too long for a trend
    // leaves the month charts out of the page, with a warning, not the page.
    var trend: TrendReport?
    var explanations: [Explanation] = []
    var projects: Breakdown?
    if format == .html {
      let clients = Set(ReportRenderer.explainedClients(of: report))
      if clients.count < report.clients.count {
        run.write([.explanationsLeftOut(clients: report.clients.count, explained: clients.count)], to: &stderr)
      }
      let trendResult: Result<TrendReport, TrendCalculator.TooManyPeriods>
      var trendSettings = settings
      (trendSettings.from, trendSettings.to) = ReportRenderer.trendPeriod(of: report)
      (trendResult, explanations) = bothAtOnce(
        {
          Result { () throws(TrendCalculator.TooManyPeriods) in
            try TrendCalculator.trend(ledger: ledger, settings: trendSettings, interval: .month, filter: filter)
          }
        },
        { Array(DecisionMaker.explain(ledger: ledger, settings: settings, clients: clients).explanations.values) })
      switch trendResult {
      case .success(let computed): trend = computed
      case .failure(let error): run.write([.monthChartsLeftOut(error)], to: &stderr)
      }
      projects = FigureCalculator.breakdown(of: report, ledger: ledger, settings: settings, by: .project, parts: filter)
    }
    var text = ""
    ReportRenderer.render(
      report, decisions: decisions, format: format, sort: sort, options: run.renderOptions(wide: wide), trend: trend,
      explanations: explanations, projects: projects, to: &text)
    return run.output(text, of: prepared)
  }
}

extension TrendInterval: ArgumentValue {}
extension Breakdown.Dimension: ArgumentValue {}

extension Diagnostic {
  fileprivate static func explanationsLeftOut(clients: Int, explained: Int) -> Diagnostic {
    let limit = ReportRenderer.maximumExplainedClients
    let text =
      explained == 0
      ? LocalizedText(
        en: "the page does not link its \(plain: clients) clients to explanations, more than the \(plain: limit) a "
          + "page explains, and none loses money (clientworth explain CLIENT explains one)",
        ar: "لا تربط الصفحة عملاءها الـ\(plain: clients) بشروح أرقامهم، فهم أكثر من \(plain: limit) عميل تشرحهم صفحة "
          + "واحدة، ولا أحد منهم يخسر (الأمر \(code: "clientworth explain CLIENT") يشرح أي عميل)")
      : LocalizedText(
        en:
          "the page explains \(plain: explained) of its \(plain: clients) clients, more than the \(plain: limit) a page "
          + "explains: those that lose money, the largest loss first (clientworth explain CLIENT explains any other)",
        ar: "تشرح الصفحة \(plain: explained) من عملائها الـ\(plain: clients)، فهم أكثر من \(plain: limit) عميل تشرحهم "
          + "صفحة واحدة: الخاسرين منهم، الأكبر خسارة أولًا (الأمر \(code: "clientworth explain CLIENT") يشرح أي عميل آخر)"
      )
    return Diagnostic(file: "", line: nil, column: nil, severity: .note, text: text)
  }

  fileprivate static func monthChartsLeftOut(_ error: TrendCalculator.TooManyPeriods) -> Diagnostic {
    Diagnostic(
      file: "", line: nil, column: nil, severity: .warning,
      text: LocalizedText(
        en: "the page leaves out the month charts: the data runs from \(error.first.text) to \(error.last.text), "
          + "\(plain: error.count) months, more than the \(plain: TrendCalculator.maximumPeriods) a trend shows "
          + "(narrow it with --period or --from and --to)",
        ar: "تُحذف الرسوم الشهرية من الصفحة: تمتد البيانات من \(error.first.text) إلى \(error.last.text)، أي "
          + "\(count: error.count, .month)، وهذا يتجاوز الحد الأقصى للاتجاه (\(number: TrendCalculator.maximumPeriods)) "
          + "(ضيّقها بـ\(code: "--period") أو بـ\(code: "--from") و\(code: "--to"))"))
  }
}
