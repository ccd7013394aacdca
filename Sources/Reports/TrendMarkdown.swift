import Analysis
import Localization

/// The trend as GitHub-flavoured markdown: a heading, the details line, then a `##` section per
/// client with the terminal's table (with cents), and one for all clients.
enum TrendMarkdown {
  /// Writes the markdown document.
  static func render(_ trend: TrendReport, _ locale: TextLocale, to output: inout some TextOutputStream) {
    var lines = ["# " + MarkdownText.escaped(locale(TrendTable.title(trend))), ""]
    lines.append(MarkdownText.escaped(MarkdownText.sentence(TrendTable.details(trend), locale)))
    if trend.clients.isEmpty {
      lines += ["", MarkdownText.escaped(locale(.noFigures))]
    }
    for client in trend.clients {
      lines += ["", "## " + MarkdownText.escaped(locale(.same("\(name: client.name)"))), ""]
      lines += TrendTable.table(Array(client.activeSpan), trend: trend, precision: .full, locale).markdownLines()
      if let comparison = client.comparison {
        lines += ["", MarkdownText.escaped(locale(TrendSummary.sentence(comparison, currency: trend.currency)))]
      }
    }
    if !trend.clients.isEmpty {
      lines += ["", "## " + MarkdownText.escaped(locale(.total)), ""]
      lines += TrendTable.table(trend.totals, trend: trend, precision: .full, locale).markdownLines()
    }
    for line in lines { output.write(line + "\n") }
  }
}
