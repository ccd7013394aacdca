import Decisions
import Domain

/// Writes a `whatif` comparison as a table for the terminal, markdown or JSON.
public enum WhatIfRenderer {
  /// The formats `whatif` writes.
  public static let formats: [OutputFormat] = [.table, .markdown, .json]

  /// Renders `report` as `format`, its words in the options' language and digits (the JSON's keys,
  /// codes and numbers are the same in every language).
  public static func render(
    _ report: WhatIfReport, format: OutputFormat, options: RenderOptions, to output: inout some TextOutputStream
  ) {
    let locale = options.locale
    switch format {
    case .json: output.write(WhatIfJSON.document(report, locale))
    case .markdown:
      var lines = [
        "# " + MarkdownText.escaped(locale(WhatIfWords.title(report))), "",
        MarkdownText.escaped(locale(WhatIfWords.details(report))), "",
      ]
      lines += WhatIfTable.table(report, locale).markdownLines()
      lines += [
        "", MarkdownText.escaped(locale(WhatIfWords.yearly(report))), "",
        MarkdownText.escaped(locale(WhatIfWords.flips(report))),
      ]
      for line in lines { output.write(line + "\n") }
    case .table, .csv, .html:
      let width = options.width
      var lines = TextWrap.lines(
        Emphasis.strong.apply(to: locale(WhatIfWords.title(report)), color: options.color), width: width)
      lines += TextWrap.lines(locale(WhatIfWords.details(report)), width: width)
      lines.append("")
      lines += WhatIfTable.table(report, locale).terminalLines(width: options.tableWidth, color: options.color, locale)
      lines.append("")
      lines += TextWrap.lines(locale(WhatIfWords.yearly(report)), width: width)
      lines += TextWrap.lines(locale(WhatIfWords.flips(report)), width: width)
      for line in lines { output.write(line + "\n") }
    }
  }
}
