import Analysis
import Domain
import Localization

/// `report --by project` and `report --by person` in every output format: one row per client's
/// project, or per person, with hours, billable share, the time's cost, and the earned revenue
/// and profit attributed to it, marked as an estimate (spec §4b). See docs/output.md.
public enum BreakdownRenderer {
  public static func render(
    _ breakdown: Breakdown, format: OutputFormat, options: RenderOptions, to output: inout some TextOutputStream
  ) {
    let locale = options.locale
    switch format {
    case .table:
      var lines = [title(breakdown), estimateNote].flatMap { TextWrap.lines(locale($0), width: options.width) } + [""]
      lines += table(breakdown, cents: false, locale).terminalLines(
        width: options.tableWidth, color: options.color, locale)
      for line in lines { output.write(line + "\n") }
    case .markdown:
      var lines = [
        "# " + MarkdownText.escaped(locale(title(breakdown))), "", MarkdownText.escaped(locale(estimateNote)), "",
      ]
      lines += table(breakdown, cents: true, locale).markdownLines()
      for line in lines { output.write(line + "\n") }
    case .html:
      let heading = locale(title(breakdown))
      let body =
        ["<main>", "<h1>\(HTMLText.prose(heading))</h1>", HTMLPage.paragraph(locale(estimateNote), class: "note")]
        + HTMLPage.table(table(breakdown, cents: false, locale), label: heading) + ["</main>"]
      output.write(HTMLPage.document(title: heading, body: body, locale))
    case .csv: output.write(csv(breakdown))
    case .json: output.write(json(breakdown, locale))
    }
  }

  /// `client,project,...` or `person,...`: one row per part, money in major units, empty for unknown.
  static func csv(_ breakdown: Breakdown) -> String {
    let byProject = breakdown.dimension == .project
    var text = CSVWriter.header(
      (byProject ? ["client", "project"] : ["person"])
        + ["hours", "billable_hours", "billable_share", "time_cost", "earned", "profit", "estimate"])
    for part in breakdown.parts {
      let names: [CSVWriter.Cell] =
        byProject ? [.text(part.clientName ?? ""), .text(part.name ?? "")] : [.text(part.name ?? "")]
      text += CSVWriter.row(
        names + [
          .number(NumberText.hours(seconds: part.seconds, digits: 2)),
          .number(NumberText.hours(seconds: part.billableSeconds, digits: 2)),
          .number(part.billableShare.map { NumberText.decimal($0, digits: 4) }),
          .number(part.timeCost.map(NumberText.major)), .number(part.earned.map(NumberText.major)),
          .number(part.profit.map(NumberText.major)), .number("true"),
        ])
    }
    return text
  }

  /// `{"asOf", "from", "to", "currency", "by", "estimate": true, "parts": [{"client", "project" | "person", ...}],
  /// "diagnostics"}`.
  static func json(_ breakdown: Breakdown, _ locale: TextLocale) -> String {
    let byProject = breakdown.dimension == .project
    return JSONWriter.document(
      .object([
        .init("asOf", .string(breakdown.asOf.description)), .init("from", .string(breakdown.from?.description)),
        .init("to", .string(breakdown.to?.description)), .init("currency", .string(breakdown.currency.code)),
        .init("by", .string(breakdown.dimension.rawValue)), .init("estimate", .bool(true)),
        .init(
          "parts",
          .array(
            breakdown.parts.map { part in
              let names: [JSONNode.Member] =
                byProject
                ? [.init("client", .string(part.clientName)), .init("project", .string(part.name))]
                : [.init("person", .string(part.name))]
              return .object(
                names + [
                  .init("hours", .number(NumberText.hours(seconds: part.seconds, digits: 2))),
                  .init("billableHours", .number(NumberText.hours(seconds: part.billableSeconds, digits: 2))),
                  .init("billableShare", .number(part.billableShare.map { NumberText.decimal($0, digits: 4) })),
                  .init("timeCost", .number(part.timeCost.map(NumberText.major))),
                  .init("earned", .number(part.earned.map(NumberText.major))),
                  .init("profit", .number(part.profit.map(NumberText.major))),
                ])
            })),
        .init("diagnostics", .diagnostics(breakdown.diagnostics, locale)),
      ]))
  }

  static func table(_ breakdown: Breakdown, cents: Bool, _ locale: TextLocale) -> TextTable {
    let currency = breakdown.currency
    @Sendable func money(_ amount: Money?, loss: Bool = false) -> TextTable.Cell {
      guard let amount else { return TextTable.Cell("—", .muted) }
      let text = MoneyText.amount(amount.exact, currency, cents: cents, locale)
      return TextTable.Cell(text, loss && amount.isNegative ? .loss : .plain)
    }
    let none = locale(LocalizedText(en: "(none)", ar: "(بلا اسم)"))
    var columns: [TableColumn<Breakdown.Part>] = []
    if breakdown.dimension == .project {
      columns.append(
        TableColumn(locale(LocalizedText(en: "Client", ar: "العميل")), .left, priority: 0) {
          TextTable.Cell(locale(.same("\(name: $0.clientName ?? "")")))
        })
    }
    let nameTitle =
      breakdown.dimension == .project
      ? LocalizedText(en: "Project", ar: "المشروع") : LocalizedText(en: "Person", ar: "الشخص")
    columns += [
      TableColumn(locale(nameTitle), .left, priority: 0) { part in
        TextTable.Cell(part.name.map { locale(.same("\(name: $0)")) } ?? none)
      },
      TableColumn(locale(LocalizedText(en: "Hours", ar: "الساعات")), .right, priority: 1) {
        TextTable.Cell(locale(.same("\(number: $0.hours, decimals: 1, trimmed: false)")))
      },
      TableColumn(locale(LocalizedText(en: "Billable", ar: "القابل للفوترة")), .right, priority: 2) {
        TextTable.Cell($0.billableShare.map { NumberText.percent($0, digits: 0, locale) } ?? "—")
      },
      TableColumn(locale(LocalizedText(en: "Cost of time", ar: "تكلفة الوقت")), .right, priority: 1) {
        money($0.timeCost)
      },
      TableColumn(locale(LocalizedText(en: "Earned*", ar: "المكتسب*")), .right, priority: 1) { money($0.earned) },
      TableColumn(locale(LocalizedText(en: "Profit*", ar: "الربح*")), .right, priority: 0) {
        money($0.profit, loss: true)
      },
    ]
    return TextTable(columns, rows: breakdown.parts)
  }

  static func title(_ breakdown: Breakdown) -> LocalizedText {
    let period =
      breakdown.from == nil && breakdown.to == nil
      ? LocalizedText(en: "all data", ar: "كل البيانات")
      : LocalizedText.same(
        "\(code: breakdown.from?.description ?? "…") – \(code: breakdown.to?.description ?? "…")")
    return breakdown.dimension == .project
      ? LocalizedText(
        en: "Profitability by project as of \(day: breakdown.asOf) · \(period) · \(code: breakdown.currency.code)",
        ar: "الربحية حسب المشروع حتى \(day: breakdown.asOf) · \(period) · \(code: breakdown.currency.code)")
      : LocalizedText(
        en: "Profitability by person as of \(day: breakdown.asOf) · \(period) · \(code: breakdown.currency.code)",
        ar: "الربحية حسب الشخص حتى \(day: breakdown.asOf) · \(period) · \(code: breakdown.currency.code)")
  }

  static let estimateNote = LocalizedText(
    en: "* An estimate: invoices are per client, so each client's earned revenue, expenses and carrying cost are "
      + "attributed to its parts in proportion to their billable value (billable hours where a value is missing).",
    ar: "* تقدير: الفواتير لكل عميل، فيُوزَّع إيراد كل عميل المكتسب ومصروفاته وكلفة تأخر مستحقاته على أجزائه "
      + "بنسبة قيمتها القابلة للفوترة (أو ساعاتها القابلة للفوترة حين تغيب القيمة).")
}
