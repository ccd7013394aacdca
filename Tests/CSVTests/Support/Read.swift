import CSV
import Testing

/// Runs ``CSV/CSVReader`` over a whole input the way an importer does: records in order, carrying on after a
/// recoverable error, stopping at a fatal one.
enum Read {
  /// Every event of reading `bytes` fed as `chunking` says.
  static func events(_ bytes: [UInt8], dialect: CSVDialect = CSVDialect(), chunking: Chunking) -> [ReadEvent] {
    guard let size = chunking.size else {
      var events: [ReadEvent] = []
      var reader = CSVReader(utf8: bytes, dialect: dialect)
      _ = drain(&reader, into: &events, limit: bytes.count)
      return events
    }
    return events(bytes, dialect: dialect, chunkSizes: { size })
  }

  /// Every event of reading `bytes` with the chunk-fed reader, each chunk `chunkSizes()` bytes long.
  static func events(_ bytes: [UInt8], dialect: CSVDialect = CSVDialect(), chunkSizes: () -> Int) -> [ReadEvent] {
    var events: [ReadEvent] = []
    var reader = CSVReader(dialect: dialect)
    var offset = 0
    while true {
      if drain(&reader, into: &events, limit: bytes.count) { return events }
      if offset < bytes.count {
        let end = min(offset + max(chunkSizes(), 1), bytes.count)
        reader.append(bytes[offset..<end])
        offset = end
      } else {
        reader.finishInput()
        _ = drain(&reader, into: &events, limit: bytes.count)
        #expect(reader.isAtEnd || events.last.map { if case .error = $0 { true } else { false } } == true)
        return events
      }
    }
  }

  /// The events of reading `bytes`, after checking that the whole-buffer reader and the chunk-fed reader
  /// (1-byte and 7-byte chunks) give exactly the same records, positions and errors.
  static func agreed(
    _ bytes: [UInt8], dialect: CSVDialect = CSVDialect(), sourceLocation: SourceLocation = #_sourceLocation
  ) -> [ReadEvent] {
    let whole = events(bytes, dialect: dialect, chunking: .whole)
    for chunking in Chunking.allCases where chunking != .whole {
      let chunked = events(bytes, dialect: dialect, chunking: chunking)
      #expect(chunked == whole, "\(chunking) disagrees with the whole buffer", sourceLocation: sourceLocation)
    }
    return whole
  }

  /// The fields of every record and each error's short description, the form case tables are written in.
  static func summary(_ events: [ReadEvent]) -> [Summary] {
    events.map { event in
      switch event {
      case .record(let record): .record(record.fields)
      case .error(let error): .error(error.shortDescription)
      }
    }
  }

  /// Reads records until the reader needs input or ends; true when a fatal error stopped it.
  /// `limit` guards against a reader that never ends: no input gives more events than bytes plus one.
  private static func drain(_ reader: inout CSVReader, into events: inout [ReadEvent], limit: Int) -> Bool {
    while events.count <= limit + 1 {
      do {
        guard let record = try reader.nextRecord() else { return false }
        events.append(.record(RecordSnapshot(record)))
      } catch {
        events.append(.error(error))
        if !error.isRecoverable { return true }
      }
    }
    Issue.record("the reader gave more events than the input has bytes")
    return true
  }

  /// A record's fields or an error's `!name line:column`.
  enum Summary: Hashable, Sendable, CustomStringConvertible {
    case record([String])
    case error(String)

    var description: String {
      switch self {
      case .record(let fields): "\(fields)"
      case .error(let text): text
      }
    }
  }
}
