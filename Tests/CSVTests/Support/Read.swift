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
    return events(
      bytes, dialect: dialect, chunkSizes: { size }, writtenInPlace: chunking == .sevenBytesWrittenInPlace)
  }

  /// Every event of reading `bytes` with the chunk-fed reader, each chunk `chunkSizes()` bytes long,
  /// appended, or with `writtenInPlace` written into the room the reader offers (three bytes more
  /// than the chunk).
  static func events(
    _ bytes: [UInt8], dialect: CSVDialect = CSVDialect(), chunkSizes: () -> Int, writtenInPlace: Bool = false
  ) -> [ReadEvent] {
    var events: [ReadEvent] = []
    var reader = CSVReader(dialect: dialect)
    var offset = 0
    while true {
      if drain(&reader, into: &events, limit: bytes.count) { return events }
      if offset < bytes.count {
        let end = min(offset + max(chunkSizes(), 1), bytes.count)
        feed(&reader, bytes[offset..<end], writtenInPlace: writtenInPlace)
        offset = end
      } else {
        reader.finishInput()
        _ = drain(&reader, into: &events, limit: bytes.count)
        #expect(reader.isAtEnd || events.last.map { if case .error = $0 { true } else { false } } == true)
        return events
      }
    }
  }

  /// Appends `chunk`, or writes it into room the reader offers (three bytes more than it needs).
  private static func feed(_ reader: inout CSVReader, _ chunk: ArraySlice<UInt8>, writtenInPlace: Bool) {
    guard writtenInPlace else { return reader.append(chunk) }
    reader.append(upTo: chunk.count + 3) { room in
      _ = room.update(fromContentsOf: chunk)
      return chunk.count
    }
  }

  /// An event as `numberedEvents` tells it: a record's number, line and fields, or an error.
  static func numbered(_ event: ReadEvent) -> String {
    switch event {
    case .record(let record): "\(record.number) \(record.startLine) \(record.fields)"
    case .error(let error): error.shortDescription
    }
  }

  /// The events of reading `bytes` in chunks as `events(_:dialect:chunkSizes:writtenInPlace:)`
  /// does, through `readRecords` (every record as a view of the reader's buffer, copied here) rather
  /// than `nextRecord()`; `viewed` counts the records.
  static func numberedEvents(
    _ bytes: [UInt8], chunkSizes: () -> Int, writtenInPlace: Bool, viewed: inout Int
  ) -> [String] {
    var events: [String] = []
    var reader = CSVReader()
    var offset = 0
    while events.count <= bytes.count + 1 {
      let pause: CSVReader.Pause
      do {
        pause = try reader.readRecords { view in
          events.append(numbered(.record(RecordSnapshot(CSVRecord(view)))))
          viewed += 1
          return true
        }
      } catch {
        events.append(error.shortDescription)
        return events
      }
      switch pause {
      case .end: return events
      case .stopped: Issue.record("stopped without being asked")
      case .unreadableRecord(let error): events.append(error.shortDescription)
      case .needsInput:
        guard offset < bytes.count else {
          reader.finishInput()
          continue
        }
        let end = min(offset + max(chunkSizes(), 1), bytes.count)
        feed(&reader, bytes[offset..<end], writtenInPlace: writtenInPlace)
        offset = end
      }
    }
    Issue.record("the reader gave more events than the input has bytes")
    return events
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
