import Domain
import Localization

/// Recognises a file's format from its header alone (never from its name).
public enum FormatRecognizer {
  /// Every format ClientWorth knows, native ones first.
  public static let knownFormats: [ExportFormat] = NativeFormats.all + ToolFormats.all

  /// The widest header looked at; wider ones are refused at once.
  static let maxColumns = 1_000

  /// The format whose required columns are all present, preferring the most specific signature
  /// (most required columns) and then the one that recognises most of the header; an error
  /// naming the closest formats when none fits.
  static func recognize(header: [String], file: String, formats: [ExportFormat] = knownFormats)
    throws(ImportError) -> RecognizedFormat
  {
    // Matching is formats × names × cells; a header this wide is no export (a million cells took 70 s).
    guard header.count <= maxColumns else {
      throw ImportError(
        file: file, line: 1, column: nil,
        text: LocalizedText(
          en: "the header has \(plain: header.count) columns; no known format has more than \(plain: maxColumns)",
          ar: "في الترويسة \(count: header.count, .column)، ولا صيغة معروفة فيها أكثر من \(plain: maxColumns)"))
    }
    let names = header.map(HeaderName.init)
    var best: (format: RecognizedFormat, rank: (Int, Int))?
    for format in formats {
      let columns = try match(format, names: names, header: header, file: file)
      let hasRequired = format.columns.allSatisfy { !$0.required || columns[$0.field] != nil }
      let hasOneOf = format.requiredOneOf.allSatisfy { group in group.contains { columns[$0] != nil } }
      guard hasRequired && hasOneOf else { continue }
      let rank = (format.requiredCount, columns.count)
      if let current = best, current.rank >= rank { continue }
      var recognized = RecognizedFormat(format: format, columns: columns, header: header)
      for (field, index) in columns {
        if let code = currencyInParentheses(header[index]), let currency = currency(named: code) {
          recognized.headerCurrencies[field] = currency
        }
      }
      best = (recognized, rank)
    }
    if let best {
      if best.format.format.isNative {
        try NativeGuard.check(best.format, names: names, file: file)
      }
      return best.format
    }
    throw unknownHeader(header: header, names: names, file: file, formats: formats)
  }

  /// Field → column index for one format. A column's earlier name wins over a later one
  /// (Stripe's `Total` over `Amount Due`); one name on two header cells is an error.
  private static func match(_ format: ExportFormat, names: [HeaderName], header: [String], file: String)
    throws(ImportError) -> [Field: Int]
  {
    var columns: [Field: Int] = [:]
    for column in format.columns {
      for (wanted, spelled) in zip(column.wanted, column.names) {
        let matches = names.indices.filter { matchesName(wanted, names[$0]) }
        if matches.count > 1 {
          let cells = matches.map { LocalizedText.same("'\(code: header[$0])'") }
          throw ImportError(
            file: file, line: 1, column: nil,
            text: LocalizedText(
              en:
                "the header has \(plain: matches.count) columns for '\(code: spelled)' (\(list: cells, .comma)); keep one",
              ar: "في الترويسة \(count: matches.count, .column) للعمود «\(code: spelled)» (\(list: cells, .comma))؛ "
                + "أبقِ واحدًا منها"))
        }
        if let index = matches.first {
          columns[column.field] = index
          break
        }
      }
    }
    return columns
  }

  private static func unknownHeader(header: [String], names: [HeaderName], file: String, formats: [ExportFormat])
    -> ImportError
  {
    func present(_ column: ExportFormat.Column) -> Bool {
      names.contains { name in column.wanted.contains { matchesName($0, name) } }
    }
    let ranked = formats.map { format -> (ExportFormat, [LocalizedText], Int) in
      let missing = format.columns.filter { $0.required && !present($0) }.map { column in
        LocalizedText.same("'\(code: column.names[0])'")
      }
      let missingOneOf = format.requiredOneOf.filter { group in
        !group.contains { field in format.columns.first { $0.field == field }.map(present) ?? false }
      }.map { group in
        let names = group.compactMap { field in format.columns.first { $0.field == field }?.names[0] }
        return LocalizedText.same("'\(alternatives(names))'")
      }
      return (format, missing + missingOneOf, format.columns.filter(present).count)
    }
    .sorted { $0.2 != $1.2 ? $0.2 > $1.2 : $0.1.count < $1.1.count }
    let closest = ranked.prefix(3).map { format, missing, _ in
      LocalizedText(
        en: "  \(code: format.name): missing \(list: missing, .comma)",
        ar: "  \(code: format.name): ينقصها \(list: missing, .comma)")
    }
    let text =
      NativeGuard.likelyTool(names: names).map { tool in
        LocalizedText(
          en: "the header matches no known format; it looks like \(code: tool)",
          ar: "لا تطابق الترويسة أي صيغة معروفة؛ ويبدو أنها \(code: tool)")
      } ?? LocalizedText(en: "the header matches no known format", ar: "لا تطابق الترويسة أي صيغة معروفة")
    return ImportError(
      file: file, line: 1, column: 1, text: text,
      details: [
        LocalizedText(
          en: "  header: \(code: header.joined(separator: ","))",
          ar: "  الترويسة: \(code: header.joined(separator: ","))"),
        LocalizedText(en: "closest formats:", ar: "أقرب الصيغ:"),
      ] + closest
        + [
          LocalizedText(
            en: "  (run 'clientworth formats' to list every format and its columns)",
            ar: "  (شغّل «\(code: "clientworth formats")» لسرد كل الصيغ وأعمدتها)")
        ], unknownFormat: true)
  }

  /// `a or b`: columns of which one will do.
  private static func alternatives(_ names: [String]) -> LocalizedText {
    let or = LocalizedText(en: " or ", ar: " أو ")
    let each = names.map { LocalizedText.same("\(code: $0)") }
    return each.dropFirst().reduce(each.first ?? .empty) { $0 + or + $1 }
  }

  /// True when a header cell is one of a column's names. A name ending in `(*)` matches that
  /// text followed by anything in parentheses: `Amount (*)` matches `Amount (USD)` and `Amount ()`.
  /// A leading `*` on the cell (Xero's mark of a required column) is ignored.
  static func matchesName(_ wanted: ExportFormat.WantedName, _ name: HeaderName) -> Bool {
    let text = name.normalized.hasPrefix("*") ? name.normalized.dropFirst() : name.normalized[...]
    guard wanted.anyInParentheses else { return wanted.normalized == text }
    let prefix = wanted.normalized
    return text.hasPrefix(prefix) && text.dropFirst(prefix.count).trimmingPrefixSpaces().hasPrefix("(")
      && text.hasSuffix(")")
  }

  /// The text inside a header's trailing parentheses: `USD` for `Amount (USD)`.
  static func currencyInParentheses(_ header: String) -> String? {
    guard header.hasSuffix(")"), let open = header.lastIndex(of: "(") else { return nil }
    let inner = header[header.index(after: open)..<header.index(before: header.endIndex)]
    return inner.isEmpty ? nil : String(inner)
  }

  /// A currency as a header names it: an ISO code, or `EURO`, which a real Clockify export wrote
  /// (FORMATS.md §3, idx:57935523317).
  private static func currency(named text: String) -> Currency? {
    text.uppercased() == "EURO" ? Currency(code: "EUR") : Currency(code: text)
  }
}

extension Substring {
  fileprivate func trimmingPrefixSpaces() -> Substring { drop { $0 == " " } }
}
