import Decisions
import Domain

/// Writes a `whatif` comparison as a table for the terminal, markdown or JSON.
public enum WhatIfRenderer {
  /// The formats `whatif` writes.
  public static let formats: [OutputFormat] = [.table, .markdown, .json]

  public static func render(
    _ report: WhatIfReport, format: OutputFormat, options: RenderOptions, to output: inout some TextOutputStream
  ) {
    switch format {
    case .json: output.write(WhatIfJSON.document(report))
    case .markdown:
      var lines = [
        "# " + MarkdownText.escaped(WhatIfWords.title(report)), "", MarkdownText.escaped(WhatIfWords.details(report)),
        "",
      ]
      lines += WhatIfTable.table(report).markdownLines()
      lines += [
        "", MarkdownText.escaped(WhatIfWords.yearly(report)), "", MarkdownText.escaped(WhatIfWords.flips(report)),
      ]
      for line in lines { output.write(line + "\n") }
    case .table, .csv, .html:
      let width = options.width
      var lines = TextWrap.lines(
        Emphasis.strong.apply(to: WhatIfWords.title(report), color: options.color), width: width)
      lines += TextWrap.lines(WhatIfWords.details(report), width: width)
      lines.append("")
      lines += WhatIfTable.table(report).terminalLines(width: options.tableWidth, color: options.color)
      lines.append("")
      lines += TextWrap.lines(WhatIfWords.yearly(report), width: width)
      lines += TextWrap.lines(WhatIfWords.flips(report), width: width)
      for line in lines { output.write(line + "\n") }
    }
  }
}
