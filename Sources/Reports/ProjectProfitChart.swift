import Analysis
import Domain
import Localization

/// The profit of each project of the clients with several, as horizontal bars from zero (losses
/// to the left, in the warning colour), grouped by client: where a client's mixed result comes
/// from. Its profit is attributed by billable value (spec §4b), so the chart says it is an estimate.
enum ProjectProfitChart {
  static let width = 400.0
  static let top = 16.0
  static let rowHeight = 26.0
  static let barHeight = 16.0
  static let bottom = 28.0

  /// The parts of the clients with at least two projects, in the breakdown's order (by client,
  /// then project); empty when no client has two.
  static func parts(_ breakdown: Breakdown) -> [Breakdown.Part] {
    var counts: [ClientKey: Int] = [:]
    for part in breakdown.parts { counts[part.client ?? ClientKey(""), default: 0] += 1 }
    return breakdown.parts.filter { (counts[$0.client ?? ClientKey("")] ?? 0) >= 2 }
  }

  /// The rows drawn of `parts`: every part up to `ChartRows.maximum`; beyond, the clients whose
  /// worst project does worst (a project's loss is what the chart is read for), as many as fit,
  /// at least one, in the parts' order; and a row for the clients left out.
  static func rows(_ parts: [Breakdown.Part]) -> ChartRows<Breakdown.Part> {
    guard parts.count > ChartRows<Breakdown.Part>.maximum else { return ChartRows(parts) { _ in true } }
    var clients: [ClientKey: (parts: Int, worst: Int64)] = [:]
    for part in parts {
      let (client, profit) = (part.client ?? ClientKey(""), part.profit?.minorUnits ?? 0)
      let seen = clients[client] ?? (0, profit)
      clients[client] = (seen.parts + 1, min(seen.worst, profit))
    }
    let ranked = clients.sorted { $0.value.worst != $1.value.worst ? $0.value.worst < $1.value.worst : $0.key < $1.key }
    var (chosen, rows): (Set<ClientKey>, Int) = ([], 0)
    for (client, figures) in ranked where chosen.isEmpty || rows + figures.parts <= ChartRows<Breakdown.Part>.maximum {
      chosen.insert(client)
      rows += figures.parts
    }
    return ChartRows(
      shown: parts.filter { chosen.contains($0.client ?? ClientKey("")) }, thenLeftOut: clients.count - chosen.count)
  }

  /// `Support · Kettle & Crane Ltd`: the project first, so a name cut short keeps it. Plain text:
  /// the chart's labels isolate each name themselves (`ChartLabels.names`).
  static func name(_ part: Breakdown.Part, _ locale: TextLocale) -> String {
    let project = part.name ?? locale(LocalizedText(en: "(none)", ar: "(بلا اسم)"))
    return project + " · " + (part.clientName ?? "")
  }

  static func svg(_ all: [Breakdown.Part], currency: Currency, _ locale: TextLocale) -> String {
    let rows = rows(all)
    let parts = rows.shown
    let height = top + Double(rows.count) * rowHeight + bottom
    var canvas = SVGCanvas(width: width, height: height, id: "projects-chart", locale)
    let size = SVGCanvas.fontSize
    let names = ChartLabels.names(
      parts.map { name($0, locale) }, size: size, maximum: width * ChartLabels.nameShare, locale)
    let labels = parts.map { part in
      part.profit.map { MoneyText.brief($0.exact, currency, locale) } ?? "—"
    }
    let values = parts.map { $0.profit.map { ChartLabels.major($0.exact, currency) } ?? 0 }
    let labelled = zip(values, labels).map { value, label in (max(0, value), 6 + TextMetrics.width(label, size: size)) }
    let scale = ChartScale.fitting(
      minimum: min(0, values.min() ?? 0), maximum: max(0, values.max() ?? 0), start: 4 + names.width + 8,
      limit: width - 4, labelled: labelled, size: size, width: width,
      label: { ChartLabels.money(tick: $0, currency, locale) })
    let plotBottom = top + Double(rows.count) * rowHeight
    canvas.moneyGrid(scale, top: top, bottom: plotBottom, currency: currency, locale)
    let zero = scale.position(0)
    canvas.line(x1: zero, y1: top - 4, x2: zero, y2: plotBottom, stroke: ChartPalette.ink)
    func rowMiddle(_ row: Int) -> Double { top + (Double(row) + 0.5) * rowHeight }
    rows.drawLeftOut(
      {
        LocalizedText(
          en: "\(count: $0, .client) not shown (see \(code: "report --by project"))",
          ar: "\(count: $0, .client) لم يُعرضوا (انظر \(code: "report --by project"))")
      }, rowMiddle: rowMiddle, on: &canvas, locale)
    for (index, part) in parts.enumerated() {
      let middle = rowMiddle(rows.row(of: index))
      canvas.text(names.labels[index], x: 4 + names.width, y: middle + 4.5, anchor: .end, fill: ChartPalette.ink)
      let losing = part.profit?.isNegative ?? false
      if part.profit != nil {
        let end = scale.position(values[index])
        canvas.rect(
          x: min(zero, end), y: middle - barHeight / 2, width: abs(end - zero), height: barHeight,
          fill: losing ? ChartPalette.warning : ChartPalette.primary,
          title: names.labels[index] + ": " + labels[index])
      }
      canvas.text(
        labels[index], x: max(zero, scale.position(max(0, values[index]))) + 6, y: middle + 4.5, bold: losing,
        fill: losing ? ChartPalette.warning : ChartPalette.ink, halo: true)
    }
    return canvas.document(
      title: locale(LocalizedText(en: "Profit per project (estimate)", ar: "الربح لكل مشروع (تقدير)")),
      description: zip(names.labels, labels).map { "\($0) \($1)" }.joined(separator: "; "))
  }

  static let explanation = LocalizedText(
    en: "Each project's profit for the clients with several: the client's earned revenue, expenses and carrying cost "
      + "shared by billable value (an estimate), less the cost of the project's hours.",
    ar: "ربح كل مشروع للعملاء الذين لهم أكثر من مشروع: إيراد العميل المكتسب ومصروفاته وكلفة تأخر مستحقاته موزعة "
      + "بحسب القيمة القابلة للفوترة (تقديرًا)، مطروحًا منها تكلفة ساعات المشروع.")
}
