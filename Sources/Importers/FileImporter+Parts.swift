import CSV
import Domain
import Localization
import Parallel

extension FileImporter {
  /// How far from the middle of the file a line break is looked for, to cut it there.
  static let cutSearchBytes = 1 << 16
  /// The line breaks tried for a cut before the file is read in one pass.
  static let cutTries = 64

  /// Reads a large file's rows in two parts at once, one per core: the file is cut after a line
  /// break near its middle, and each part is read with the same plan, the second on a thread of
  /// its own (its lines numbered from 1, then moved on to follow the first part's). The first
  /// part, read from the file's start, tells whether the cut fell between two records: if it did
  /// not, its reading stops with `cutInsideRecord` and the file is read again in one pass.
  func readInTwoParts(_ text: FileText, plan: ReadPlan, cut: Int) throws(ImportError)
    -> (RowReading, laterRows: Int)
  {
    var first = text.ending(at: cut)
    let (file, size, chunkBytes) = (file, file.contents.count, options.chunkBytes)
    let (early, late) = bothAtOnce(
      { Result { () throws(ImportError) in try RowReader.read(&first, plan: plan) } },
      {
        Result { () throws(ImportError) -> RowReading in
          guard var second = try FileText.part(of: file, from: cut, to: size, chunkBytes: chunkBytes) else {
            var reading = RowReading(
              facts: Ledger(),
              votes: ColumnVotes(format: plan.format, delimiter: plan.dialect.delimiter, file: plan.file))
            reading.stop = .notPlainUTF8
            return reading
          }
          return try RowReader.read(&second, plan: plan)
        }
      })
    var reading = try early.get()
    let later: RowReading
    switch consume late {
    case .success(let read): later = read
    case .failure(let error): throw error
    }
    guard reading.stop == nil else { return (reading, 0) }
    let lineOffset = reading.endLine - 1
    switch later.stop {
    case .failed(let error)?:
      reading.stop = .failed(error.movedOn(lines: lineOffset, bytes: cut))
      return (reading, 0)
    case .some(let stop):
      reading.stop = stop
      return (reading, 0)
    case nil:
      let laterRows = later.rowsRead
      do {
        try reading.append(consume later, lineOffset: lineOffset)
      } catch {
        throw ImportError(file: file.path, text: .timeOverflow(error))
      }
      return (reading, laterRows)
    }
  }

  /// The offset just after a line break near the middle of the file where a record seems to
  /// start: read from there, the next record has the header's number of fields. (A line break in
  /// quotes mostly fails this; one that passes all the same is found out by the first part.)
  func cutNearMiddle(plan: ReadPlan) throws(ImportError) -> Int? {
    let middle = file.contents.count / 2
    let bytes: [UInt8]
    do {
      bytes = try file.contents.bytes(at: middle, count: Self.cutSearchBytes)
    } catch {
      throw ImportError(file: file.path, text: .cannotRead(error), unreadable: true)
    }
    var lineBreak = bytes.firstIndex(of: 0x0A)
    // A few line breaks at most: each try reads the rest of the bytes, and a stretch of blank
    // lines or of a long quoted text would otherwise make the search quadratic.
    for _ in 0..<Self.cutTries {
      guard let found = lineBreak else { break }
      var reader = CSVReader(continuing: plan.dialect)
      reader.append(bytes[(found + 1)...])
      do {
        if let record = try reader.nextRecord(), record.count == plan.format.header.count { return middle + found + 1 }
      } catch {
        // Not a record start: look at the next line break.
      }
      lineBreak = bytes[(found + 1)...].firstIndex(of: 0x0A)
    }
    return nil
  }
}

extension CSVError {
  /// The error as found by a reader of a later part of the file, placed in the whole file:
  /// `lines` and `bytes` further on.
  func movedOn(lines: Int, bytes: Int) -> CSVError {
    func moved(_ position: CSVPosition) -> CSVPosition {
      CSVPosition(
        line: position.line + lines, column: position.column, byteOffset: position.byteOffset + bytes,
        record: position.record)
    }
    switch self {
    case .unterminatedQuote(let opening, let swallowed):
      return .unterminatedQuote(opening: moved(opening), linesSwallowed: swallowed)
    case .fieldTooLong(let at, let limit, let quoted): return .fieldTooLong(at: moved(at), limit: limit, quoted: quoted)
    case .unexpectedByteAfterQuote(let at, let found, let line):
      return .unexpectedByteAfterQuote(at: moved(at), found: found, recordStartLine: line + lines)
    case .nulByte(let at): return .nulByte(at: moved(at))
    case .notWindows1252(let at, let byte, let first):
      return .notWindows1252(at: moved(at), byte: byte, firstInvalidUTF8: moved(first))
    case .emptyFile, .notCSV, .utf32NotSupported, .utf16WithoutByteOrderMark, .invalidUTF16: return self
    }
  }
}

extension LocalizedText {
  static func timeOverflow(_ overflow: TimeLog.Overflow) -> LocalizedText {
    LocalizedText(
      en: "the time of client '\(name: overflow.client.description)' on \(day: overflow.key.day) adds up to more than "
        + "a sum can hold",
      ar: "وقت العميل «\(name: overflow.client.description)» في \(day: overflow.key.day) يزيد مجموعه على ما يتسع له "
        + "المجموع")
  }
}
