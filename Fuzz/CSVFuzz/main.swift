/// libFuzzer target for the CSV reader. Compiled inside the CSV module (see scripts/fuzz.sh), so it may
/// use internal API. For every input and every candidate delimiter (and a tiny field cap, to reach the
/// `fieldTooLong` paths) it reads all records from the whole buffer and again fed in chunks, and traps
/// when an invariant breaks: records and positions move forward, reading ends, whole and chunked agree.

/// What one reading produced, in order: records (with positions) and errors.
enum FuzzEvent: Equatable {
  case record(number: Int, line: Int, offset: Int, fields: [[UInt8]], fieldOffsets: [Int], end: CSVPosition)
  case error(CSVError)
}

/// Reads to the end (or a fatal error), pulling records after each chunk when `chunk` is set.
func fuzzRead(_ data: [UInt8], dialect: CSVDialect, chunk: Int?) -> [FuzzEvent] {
  var events: [FuzzEvent] = []
  // Each call either consumes input or ends; more calls than bytes (plus slack) means a loop.
  var budget = 2 * data.count + 16
  var reader: CSVReader
  if chunk == nil {
    reader = CSVReader(utf8: data, dialect: dialect)
  } else {
    reader = CSVReader(dialect: dialect)
  }
  var fed = 0
  var fatal = false

  func drain(_ reader: inout CSVReader) {
    while !fatal {
      budget -= 1
      if budget < 0 { fatalError("reader does not make progress") }
      do {
        guard let record = try reader.nextRecord() else { return }
        var fields: [[UInt8]] = []
        var offsets: [Int] = []
        for index in 0..<record.count {
          fields.append(Array(record.bytes(at: index)))
          offsets.append(record.byteOffset(ofField: index))
          let position = record.position(ofField: index)
          precondition(position.byteOffset == offsets[index], "field position offset")
          precondition(position.line >= record.startLine && position.column >= 1, "field position")
        }
        precondition(offsets == offsets.sorted(), "field offsets not monotonic")
        events.append(
          .record(
            number: record.number, line: record.startLine, offset: record.startByteOffset, fields: fields,
            fieldOffsets: offsets, end: record.endPosition))
      } catch {
        events.append(.error(error))
        if !error.isRecoverable { fatal = true }
      }
    }
  }

  if let chunk {
    while fed < data.count && !fatal {
      let end = min(fed + chunk, data.count)
      reader.append(data[fed..<end])
      fed = end
      drain(&reader)
    }
    reader.finishInput()
  }
  drain(&reader)
  if !fatal {
    precondition(reader.isAtEnd, "reader stopped before the end")
    precondition((try? reader.nextRecord()) == nil, "record after the end")
  } else {
    // After a fatal error every call throws it again.
    do {
      _ = try reader.nextRecord()
      fatalError("no error after a fatal error")
    } catch {
      precondition(.error(error) == events.last, "a different error after a fatal error")
    }
  }

  var previous: (number: Int, line: Int, offset: Int)? = nil
  for case .record(let number, let line, let offset, _, let offsets, let end) in events {
    if let previous {
      precondition(number > previous.number, "record numbers not increasing")
      precondition(line > previous.line, "record lines not increasing")
      precondition(offset > previous.offset, "record offsets not increasing")
    }
    precondition(offset >= 0 && offset <= data.count, "record offset outside the input")
    precondition(offsets.allSatisfy { $0 >= offset && $0 <= end.byteOffset }, "field outside its record")
    precondition(end.byteOffset <= data.count, "record ends outside the input")
    previous = (number, line, offset)
  }
  return events
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
  let data = Array(UnsafeBufferPointer(start: start, count: count))
  let chunkSizes = [1, 3, 64, count > 0 ? Int(data[0] % 17) + 1 : 2]
  var dialects = CSVDialect.candidateDelimiters.map { CSVDialect(delimiter: $0) }
  dialects.append(CSVDialect(maxFieldBytes: 8))
  dialects.append(CSVDialect(delimiter: UInt8(ascii: ";"), quote: UInt8(ascii: "'")))
  for dialect in dialects {
    let whole = fuzzRead(data, dialect: dialect, chunk: nil)
    for chunk in chunkSizes {
      let chunked = fuzzRead(data, dialect: dialect, chunk: chunk)
      precondition(whole == chunked, "whole and chunked readings differ (chunk \(chunk))")
    }
  }
  _ = CSVDialect.firstRecordCandidates(in: data)
  if let separator = CSVDialect.excelSeparatorLine(in: data) {
    var reader = CSVReader(
      utf8: data, dialect: CSVDialect(delimiter: separator.delimiter), skippingPrefix: separator.byteCount)
    var budget = 2 * count + 16
    while budget > 0 {
      budget -= 1
      do { if try reader.nextRecord() == nil { break } } catch { if !error.isRecoverable { break } }
    }
    precondition(budget > 0, "sep= reading does not make progress")
  }
  return 0
}
