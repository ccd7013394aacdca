/// Recognises a file's format from its header alone (never from its name).
public enum FormatRecognizer {
  /// Every format ClientWorth knows, native ones first.
  public static let knownFormats: [ExportFormat] = NativeFormats.all

  /// The format whose required columns are all present and which recognises the most of the
  /// header's columns; an error naming the closest formats when none fits.
  static func recognize(header: [String], file: String, formats: [ExportFormat] = knownFormats)
    throws(ImportError) -> RecognizedFormat
  {
    let names = header.map(HeaderName.init)
    var candidates: [(format: RecognizedFormat, recognized: Int)] = []
    for format in formats {
      var columns: [Field: Int] = [:]
      for column in format.columns {
        let wanted = Set(column.names.map(HeaderName.init))
        let matches = names.indices.filter { wanted.contains(names[$0]) }
        if matches.count > 1 {
          throw ImportError(
            file: file, line: 1, column: nil,
            message: "the header has \(matches.count) columns for '\(column.names[0])' ("
              + matches.map { "'\(header[$0])'" }.joined(separator: ", ") + "); keep one")
        }
        if let index = matches.first { columns[column.field] = index }
      }
      let hasRequired = format.columns.allSatisfy { !$0.required || columns[$0.field] != nil }
      let hasOneOf = format.requiredOneOf.allSatisfy { group in group.contains { columns[$0] != nil } }
      if hasRequired && hasOneOf {
        let recognized = RecognizedFormat(format: format, columns: columns, header: header)
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
    let present = Set(names)
    let ranked = formats.map { format -> (ExportFormat, [String], Int) in
      let missing = format.columns.filter { column in
        column.required && !column.names.contains { present.contains(HeaderName($0)) }
      }.map { $0.names[0] }
      let missingOneOf = format.requiredOneOf.filter { group in
        !group.contains { field in
          format.columns.first { $0.field == field }?.names.contains { present.contains(HeaderName($0)) } ?? false
        }
      }.map { group in
        group.compactMap { field in format.columns.first { $0.field == field }?.names[0] }.joined(separator: " or ")
      }
      let found = format.columns.filter { column in column.names.contains { present.contains(HeaderName($0)) } }
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
}
