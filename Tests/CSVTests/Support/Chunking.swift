/// How a test feeds the input to ``CSV/CSVReader``: every way must give the same records, errors and positions
/// (csv-core's `parses_to!` runs each case through several entry points the same way).
enum Chunking: Hashable, Sendable, CaseIterable, CustomStringConvertible {
  /// `CSVReader(utf8:)` over the whole buffer.
  case whole
  /// The chunk-fed reader, one byte per `append`: every state boundary falls between two chunks.
  case oneByte
  /// The chunk-fed reader, seven bytes per `append`: boundaries fall inside `""`, `\r\n`, multi-byte UTF-8
  /// and the BOM, at offsets no other test picks.
  case sevenBytes
  /// Seven bytes at a time written straight into the reader's room (`append(upTo:writtenBy:)`),
  /// offered room for more than it gets.
  case sevenBytesWrittenInPlace

  /// The chunk size, or `nil` for the whole-buffer reader.
  var size: Int? {
    switch self {
    case .whole: nil
    case .oneByte: 1
    case .sevenBytes, .sevenBytesWrittenInPlace: 7
    }
  }

  var description: String {
    switch self {
    case .whole: "whole buffer"
    case .oneByte: "1-byte chunks"
    case .sevenBytes: "7-byte chunks"
    case .sevenBytesWrittenInPlace: "7-byte chunks written in place"
    }
  }
}
