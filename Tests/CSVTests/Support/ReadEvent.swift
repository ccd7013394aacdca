import CSV

/// One thing reading produced, in order: a record with everything it knows, or an error.
enum ReadEvent: Hashable, Sendable, CustomStringConvertible {
  case record(RecordSnapshot)
  case error(CSVError)

  /// The fields of a record, or `nil` for an error.
  var fields: [String]? {
    if case .record(let record) = self { return record.fields }
    return nil
  }

  var description: String {
    switch self {
    case .record(let record): "\(record.fields)"
    case .error(let error): error.shortDescription
    }
  }
}

/// A copy of one ``CSV/CSVRecord`` taken when it was read (the reader reuses the record's storage).
struct RecordSnapshot: Hashable, Sendable {
  var fields: [String]
  var quoted: [Bool]
  var number: Int
  var startLine: Int
  var startByteOffset: Int
  var fieldPositions: [CSVPosition]
  var endPosition: CSVPosition

  init(_ record: CSVRecord) {
    fields = record.strings
    quoted = (0..<record.count).map(record.isQuoted(at:))
    number = record.number
    startLine = record.startLine
    startByteOffset = record.startByteOffset
    fieldPositions = (0..<record.count).map(record.position(ofField:))
    endPosition = record.endPosition
  }
}

extension CSVError {
  /// The error's case name and position, `!name line:column`: how tests and choice tables write an error.
  var shortDescription: String {
    let name: String
    switch self {
    case .emptyFile: name = "emptyFile"
    case .notCSV: name = "notCSV"
    case .utf32NotSupported: name = "utf32NotSupported"
    case .utf16WithoutByteOrderMark: name = "utf16WithoutByteOrderMark"
    case .invalidUTF16: name = "invalidUTF16"
    case .nulByte: name = "nulByte"
    case .notWindows1252: name = "notWindows1252"
    case .unterminatedQuote: name = "unterminatedQuote"
    case .unexpectedByteAfterQuote: name = "unexpectedByteAfterQuote"
    case .fieldTooLong: name = "fieldTooLong"
    }
    guard let position else { return "!\(name)" }
    return "!\(name) \(position)"
  }
}
