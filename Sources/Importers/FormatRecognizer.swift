import Domain

/// Recognises a file's format from its header alone (never from its name).
public enum FormatRecognizer {
  /// Every format ClientWorth knows, native ones first.
  public static let knownFormats: [ExportFormat] = NativeFormats.all

  /// The widest header looked at; wider ones are refused at once.
  static let maxColumns = 1_000

  /// The format whose required columns are all present and which recognises the most of the
  /// header's columns; an error naming the closest formats when none fits.
  static func recognize(header: [String], file: String, formats: [ExportFormat] = knownFormats)
    throws(ImportError) -> RecognizedFormat
  {
    // Matching is formats × names × cells; a header this wide is no export (a million cells took 70 s).
    guard header.count <= maxColumns else {
      throw ImportError(
        file: file, line: 1, column: nil,
        message: "the header has \(header.count) columns; no known format has more than \(maxColumns)")
    }
    let names = header.map(HeaderName.init)
    var candidates: [(format: RecognizedFormat, recognized: Int)] = []
    for format in formats {
      var columns: [Field: Int] = [:]
      var currencies: [Field: Currency] = [:]
      for column in format.columns {
        let matches = names.indices.filter { index in column.names.contains { matchesName($0, names[index]) } }
        if matches.count > 1 {
          throw ImportError(
            file: file, line: 1, column: nil,
            message: "the header has \(matches.count) columns for '\(column.names[0])' ("
              + matches.map { "'\(header[$0])'" }.joined(separator: ", ") + "); keep one")
        }
        if let index = matches.first {
          columns[column.field] = index
          if let code = currencyInParentheses(header[index]), let currency = Currency(code: code) {
            currencies[column.field] = currency
          }
        }
      }
      let hasRequired = format.columns.allSatisfy { !$0.required || columns[$0.field] != nil }
      let hasOneOf = format.requiredOneOf.allSatisfy { group in group.contains { columns[$0] != nil } }
      if hasRequired && hasOneOf {
        var recognized = RecognizedFormat(format: format, columns: columns, header: header)
        recognized.headerCurrencies = currencies
        candidates.append((recognized, columns.count))
      }
    }
    let best = candidates.max { $0.recognized < $1.recognized }
    if let best {
      return best.format
    }
    throw unknownHeader(header: header, names: names, file: file, formats: formats)
  }

  private static func unknownHeader(header: [String], names: [HeaderName], file: String, formats: [ExportFormat])
    -> ImportError
  {
    let ranked = formats.map { format -> (ExportFormat, [String], Int) in
      let missing = format.columns.filter { column in
        column.required && !names.contains { name in column.names.contains { matchesName($0, name) } }
      }.map { $0.names[0] }
      let missingOneOf = format.requiredOneOf.filter { group in
        !group.contains { field in
          format.columns.first { $0.field == field }?.names.contains { wanted in
            names.contains { matchesName(wanted, $0) }
          } ?? false
        }
      }.map { group in
        group.compactMap { field in format.columns.first { $0.field == field }?.names[0] }.joined(separator: " or ")
      }
      let found = format.columns.filter { column in
        names.contains { name in column.names.contains { matchesName($0, name) } }
      }
      return (format, missing + missingOneOf, found.count)
    }
    .sorted { $0.2 != $1.2 ? $0.2 > $1.2 : $0.1.count < $1.1.count }
    let closest = ranked.prefix(3).map { format, missing, _ in
      "  \(format.name): missing " + missing.map { "'\($0)'" }.joined(separator: ", ")
    }
    return ImportError(
      file: file, line: 1, column: 1,
      message: "the header matches no known format",
      details: ["  header: " + header.joined(separator: ","), "closest formats:"] + closest
        + ["  (run 'clientworth formats' to list every format and its columns)"])
  }

  /// True when a header cell is one of a column's names. A name ending in `(*)` matches that
  /// text followed by anything in parentheses: `Amount (*)` matches `Amount (USD)` and `Amount ()`.
  static func matchesName(_ wanted: String, _ name: HeaderName) -> Bool {
    guard wanted.hasSuffix("(*)") else { return HeaderName(wanted) == name }
    let prefix = HeaderName(wanted.dropLast(3)).normalized
    let text = name.normalized
    return text.hasPrefix(prefix) && text.dropFirst(prefix.count).trimmingPrefixSpaces().hasPrefix("(")
      && text.hasSuffix(")")
  }

  /// The text inside a header's trailing parentheses: `USD` for `Amount (USD)`.
  static func currencyInParentheses(_ header: String) -> String? {
    guard header.hasSuffix(")"), let open = header.lastIndex(of: "(") else { return nil }
    let inner = header[header.index(after: open)..<header.index(before: header.endIndex)]
    return inner.isEmpty ? nil : String(inner)
  }
}

extension Substring {
  fileprivate func trimmingPrefixSpaces() -> Substring { drop { $0 == " " } }
}
