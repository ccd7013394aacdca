import Analysis

/// The trend as GitHub-flavoured markdown: a heading, the details line, then a `##` section per
/// client with the terminal's table (with cents), and one for all clients.
enum TrendMarkdown {
  /// Writes the markdown document.
  static func render(_ trend: TrendReport, to output: inout some TextOutputStream) {
    var lines = ["# " + MarkdownText.escaped(TrendTable.title(trend)), ""]
    let details = TrendTable.details(trend).joined(separator: " · ")
    lines.append(MarkdownText.escaped(details.prefix(1).uppercased() + details.dropFirst()))
    if trend.clients.isEmpty {
      lines += ["", "No client has any figures in this period."]
    }
    for client in trend.clients {
      lines += ["", "## " + MarkdownText.escaped(client.name), ""]
      lines += TrendTable.table(Array(client.activeSpan), trend: trend, precision: .full).markdownLines()
      if let comparison = client.comparison {
        lines += ["", MarkdownText.escaped(TrendSummary.sentence(comparison, currency: trend.currency))]
      }
    }
    if !trend.clients.isEmpty {
      lines += ["", "## " + TrendTable.totalsTitle, ""]
      lines += TrendTable.table(trend.totals, trend: trend, precision: .full).markdownLines()
    }
    for line in lines { output.write(line + "\n") }
  }
}
