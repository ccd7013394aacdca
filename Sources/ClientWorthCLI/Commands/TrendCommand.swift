import Analysis
import Localization

/// `clientworth trend`: each client's figures month by month, or quarter by quarter.
struct TrendCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    name: "trend",
    abstract: LocalizedText(
      en: "Show each client's hours, revenue, effective rate, lateness and profit period by period.",
      ar: "اعرض ساعات كل عميل وإيراده وسعر ساعته الفعلي وتأخره في الدفع وربحه فترةً بفترة."),
    discussion: LocalizedText(
      en: "Periods are calendar months (or quarters) from the first to the last one with data within the period "
        + "asked for. Each period counts the time and expenses dated in it and the invoices issued in it, measured at "
        + "the report's as-of date, so a period's lateness includes what is still unpaid today. ",
      ar: "الفترات أشهر تقويمية (أو أرباع سنة) من أول فترة فيها بيانات إلى آخرها ضمن الفترة المطلوبة. تحسب كل فترة "
        + "الوقت والمصروفات المؤرخة فيها والفواتير الصادرة فيها، مقيسةً في تاريخ احتساب التقرير، فيشمل تأخر الفترة "
        + "ما لم يُدفع حتى اليوم. ") + .settingsSources)

  var analysis = AnalysisOptions()
  var interval = TrendInterval.month
  var wide = false

  static let arguments: [Argument<Self>] =
    AnalysisOptions.arguments.lifted(\.analysis) + [
      .option(
        "by", \.interval, value: .periodValue, help: LocalizedText(en: "How long each period is.", ar: "طول كل فترة.")),
      .flag("wide", \.wide, help: .wideHelp),
    ]

  func validate() throws(ValidationError) { try analysis.validate() }

  func run(_ context: RunContext, stderr: inout some TextOutputStream) throws(CLIError) -> CommandOutput {
    let run = AnalysisRun(options: analysis, context: context)
    let prepared = try run.prepare(stderr: &stderr)
    return run.output(try run.trendText(prepared, interval: interval, wide: wide, stderr: &stderr), of: prepared)
  }
}
