import CSV
import Domain
import Foundation
import Testing

@testable import Importers

/// A large file is read in chunks; every file must import exactly as when it is read whole: the
/// same facts, diagnostics, accounting, or the same error. These tests make the chunks small so
/// that every fixture crosses chunk boundaries everywhere: inside quotes, line breaks, characters.
@Suite struct ChunkedReadingTests {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// Every CSV file of the fixtures, the bad-input corpus and SampleData.
  static let files: [URL] = {
    let roots = ["Tests/ImportersTests/Fixtures", "Tests/EndToEndTests/Fixtures/bad-input", "SampleData"]
    var found: [URL] = []
    for root in roots {
      let folder = repository.appendingPathComponent(root)
      let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
      while let url = walker?.nextObject() as? URL {
        if url.pathExtension.lowercased() == "csv" { found.append(url) }
      }
    }
    return found.sorted { $0.path < $1.path }
  }()

  /// What an import produced, spelled out for comparison.
  static func outcome(_ files: [InputFile], chunkBytes: Int, options: ImportOptions = ImportOptions()) -> String {
    var options = options
    options.chunkBytes = chunkBytes
    do {
      let result = try importAccounted(files, options: options)
      return "\(result.ledger.timeEntries)\n\(result.ledger.invoiceLines)\n\(result.ledger.payments)\n"
        + "\(result.ledger.expenses)\n\(result.ledger.incidents)\n\(result.diagnostics)\n"
        + "\(result.files.map(Self.described))\n"
        + "\(result.ledger.clients.keys.sorted().map(result.ledger.clients.displayName(for:)))"
    } catch {
      return "error: \(error) \(error.details)"
    }
  }

  /// A file's summary with its clients in order (a set's order changes from one set to the next).
  static func described(_ summary: FileSummary) -> String {
    var summary = summary
    let clients = summary.clients.sorted()
    summary.clients = []
    return "\(summary) \(clients)"
  }

  @Test func theCorpusIsThere() {
    #expect(Self.files.count >= 30)
  }

  @Test(arguments: [5, 64, 1000])
  func everyFileImportsAsWhenReadWhole(chunkBytes: Int) throws {
    for url in Self.files {
      let file = InputFile(path: url.lastPathComponent, bytes: Array(try Data(contentsOf: url)))
      let whole = Self.outcome([file], chunkBytes: Int.max)
      let chunked = Self.outcome([file], chunkBytes: chunkBytes)
      #expect(chunked == whole, "\(url.lastPathComponent)")
    }
  }

  /// A Toggl export of `rows` rows whose dates read as `date(row)`.
  static func toggl(rows: Int, date: (Int) -> String, extra: String = "") -> [UInt8] {
    var text =
      "\u{FEFF}User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,"
      + "End time,Duration,Tags,Amount (USD)\n"
    for row in 0..<rows {
      let client = ["Harbor Analytics", "Kettle & Crane GmbH", "Zoë Café"][row % 3]
      text +=
        "P,p@x.example,\(client),Web,Dev,\"Call, then \"\"notes\"\"\nline two\",Yes,\(date(row)),09:00:00,"
        + "\(date(row)),10:00:00,01:00:00,,150.00\n"
    }
    return Array((text + extra).utf8)
  }

  @Test func aDayOrderSettledOnlyAfterTheFirstChunkRereadsTheRows() throws {
    // Ambiguous day-first dates for 400 rows, then 13/02: the first chunk guesses month-first.
    let bytes = Self.toggl(rows: 401) { row in row < 400 ? "0\(row % 9 + 1)/02/2025" : "13/02/2025" }
    let file = InputFile(path: "t.csv", bytes: bytes)
    let whole = Self.outcome([file], chunkBytes: Int.max)
    #expect(Self.outcome([file], chunkBytes: 4096) == whole)
    var options = ImportOptions()
    options.chunkBytes = 4096
    let result = try importAccounted([file], options: options)
    #expect(result.ledger.timeEntries.map(\.day.description).sorted().first == "2025-02-01")
  }

  @Test func aDecimalMarkOnlyAColumnTheRowsAreNotReadFromShowsRereadsTheRows() throws {
    // The amounts (`1,500`, in a currency of three decimals) show no mark by themselves and the
    // rates none until the last row's `150,5`: the first chunk guesses a point, the last row
    // settles a comma. Rows read in place look their amounts up but never their rates, so the
    // rates must still be counted.
    var text =
      "Project,Client,Description,Task,User,Group,Email,Tags,Billable,Start Date,Start Time,End Date,End Time,"
      + "Duration (h),Duration (decimal),Billable Rate (KWD),Billable Amount (KWD)\n"
    for row in 0...400 {
      let rate = row < 400 ? "150" : "\"150,5\""
      text += "Web,Harbor Analytics,Call,Dev,P,,p@x.example,,Yes,2025-02-03,09:00,2025-02-03,10:00,1:00:00,1,"
      text += "\(rate),\"1,500\"\n"
    }
    let file = InputFile(path: "c.csv", bytes: Array(text.utf8))
    var options = ImportOptions()
    options.chunkBytes = 4096
    let result = try importAccounted([file], options: options)
    #expect(result.ledger.timeEntries.map(\.value) == [Money(minorUnits: 401 * 1500, currency: Currency(code: "KWD")!)])
    #expect(Self.outcome([file], chunkBytes: 4096) == Self.outcome([file], chunkBytes: Int.max))
  }

  /// Rows in date order are folded by day as they come; a row of an earlier day still folds into
  /// that day's entry.
  @Test func aRowOfAnEarlierDayFoldsIntoThatDaysEntry() throws {
    var text =
      "User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags,"
      + "Amount (USD)\n"
    for day in [10, 11, 10, 12, 11, 10] {
      text +=
        "P,p@x.example,Harbor Analytics,Web,Dev,Call,Yes,2025-01-\(day),09:00:00,2025-01-\(day),10:00:00,01:00:00,,1.00\n"
    }
    let result = try importAccounted([InputFile(path: "t.csv", bytes: Array(text.utf8))], options: ImportOptions())
    let entries = result.ledger.timeEntries.map { "\($0.day) \($0.seconds / 3600) \($0.value?.minorUnits ?? 0)" }
    #expect(entries == ["2025-01-10 3 300", "2025-01-11 2 200", "2025-01-12 1 100"])
  }

  @Test func textThatIsNotUTF8AfterTheFirstChunkIsReadAsWindows1252() throws {
    var bytes = Self.toggl(rows: 200) { _ in "2025-02-03" }
    // `Café` in Windows-1252 in the last row.
    let tail =
      Array("P,p@x.example,Caf".utf8) + [0xE9]
      + Array(",Web,Dev,x,Yes,2025-02-03,09:00:00,2025-02-03,10:00:00,01:00:00,,150.00\n".utf8)
    bytes += tail
    let file = InputFile(path: "t.csv", bytes: bytes)
    let chunked = Self.outcome([file], chunkBytes: 4096)
    #expect(chunked == Self.outcome([file], chunkBytes: Int.max))
    #expect(chunked.contains("read as Windows-1252"))
  }

  @Test func aNulByteAfterTheFirstChunkIsTheSameError() throws {
    var bytes = Self.toggl(rows: 200) { _ in "2025-02-03" }
    bytes.insert(0, at: bytes.count - 20)
    let file = InputFile(path: "t.csv", bytes: bytes)
    let chunked = Self.outcome([file], chunkBytes: 4096)
    #expect(chunked == Self.outcome([file], chunkBytes: Int.max))
    #expect(chunked.hasPrefix("error:"))
  }

  @Test func anUnterminatedQuoteNearTheEndIsTheSameErrorWithItsLine() throws {
    let bytes = Self.toggl(rows: 200, date: { _ in "2025-02-03" }, extra: "P,p,\"Harbor,x")
    let file = InputFile(path: "t.csv", bytes: bytes)
    let chunked = Self.outcome([file], chunkBytes: 4096)
    #expect(chunked == Self.outcome([file], chunkBytes: Int.max))
    // The header is line 1 and every row takes two lines (its description holds a line break).
    #expect(chunked.contains("t.csv:402:5: error: unterminated quoted field"))
  }

  @Test func theChunksCarryACharacterCutInTwo() {
    var chunks = UTF8Chunks()
    let text = Array("aé€😀b".utf8)
    var out: [UInt8] = []
    for size in [1, 2, 3] {
      out = []
      chunks = UTF8Chunks()
      var start = 0
      while start < text.count {
        let end = min(text.count, start + size)
        out += text[start..<end].withUnsafeBufferPointer { chunks.take($0, isLast: end == text.count) } ?? [0xFF]
        start = end
      }
      #expect(out == text, "chunks of \(size)")
    }
    chunks = UTF8Chunks()
    #expect(text.prefix(2).withUnsafeBufferPointer { chunks.take($0, isLast: true) } == nil)
  }

  /// The same, each chunk read straight into room after the bytes held back from the last one.
  @Test func theChunksReadInPlaceCarryACharacterCutInTwo() {
    let text = Array("aé€😀b".utf8)
    for size in [1, 2, 3] {
      var chunks = UTF8Chunks()
      var out: [UInt8] = []
      var start = 0
      while start < text.count {
        let end = min(text.count, start + size)
        var room = [UInt8](repeating: 0xFF, count: size + 3)
        let length = room.withUnsafeMutableBufferPointer { room in
          chunks.take(into: room) { space in
            (space.update(fromContentsOf: text[start..<end]), end == text.count)
          }
        }
        out += room.prefix(length ?? 0)
        start = end
      }
      #expect(out == text, "chunks of \(size)")
    }
    var chunks = UTF8Chunks()
    var room = [UInt8](repeating: 0, count: 5)
    let length = room.withUnsafeMutableBufferPointer { room in
      chunks.take(into: room) { space in (space.update(fromContentsOf: text.prefix(2)), true) }
    }
    #expect(length == nil)
  }
}

/// Contents that fail after `failAt` bytes, as a disk or network file system can.
private struct FailingContents: FileContents {
  let bytes: [UInt8]
  let failAt: Int

  var count: Int { bytes.count }

  func read(at offset: Int, into buffer: UnsafeMutableRawBufferPointer) throws(FileReadError) -> Int {
    guard offset < failAt else { throw FileReadError(reason: "read failed") }
    let end = min(bytes.count, offset + buffer.count, failAt)
    bytes[offset..<end].withUnsafeBytes { buffer.copyMemory(from: $0) }
    return end - offset
  }
}

@Suite struct UnreadableInputTests {
  @Test(arguments: [0, 5000])
  func aReadFailureIsAnUnreadableFileNamingIt(failAt: Int) {
    let bytes = ChunkedReadingTests.toggl(rows: 100) { _ in "2025-02-03" }
    var options = ImportOptions()
    options.chunkBytes = 4096
    let file = InputFile(path: "t.csv", contents: FailingContents(bytes: bytes, failAt: failAt))
    let failure = ImportError(file: "t.csv", text: .cannotRead(FileReadError(reason: "read failed")), unreadable: true)
    #expect(failure.message == "cannot read: read failed")
    #expect(throws: failure) {
      try importAccounted([file], options: options)
    }
  }
}

/// Contents whose reads come in pieces of at most `piece` bytes and stop at `endsAt`, as a file
/// that shrinks while it is read does.
private struct ShrinkingContents: FileContents {
  let bytes: [UInt8]
  let piece: Int
  let endsAt: Int

  var count: Int { bytes.count }

  func read(at offset: Int, into buffer: UnsafeMutableRawBufferPointer) throws(FileReadError) -> Int {
    let end = min(endsAt, offset + buffer.count, offset + piece)
    guard end > offset else { return 0 }
    bytes[offset..<end].withUnsafeBytes { buffer.copyMemory(from: $0) }
    return end - offset
  }
}

@Suite struct ContentsReadingTests {
  /// Short reads are read on; a read of nothing ends the bytes where the file now ends.
  @Test func bytesAreReadInPiecesUpToWhereTheFileEnds() throws {
    let bytes = (0..<100).map { UInt8($0) }
    let whole = ShrinkingContents(bytes: bytes, piece: 7, endsAt: 100)
    #expect(try whole.bytes(at: 10, count: 50) == Array(bytes[10..<60]))
    #expect(try whole.bytes(at: 90, count: 50) == Array(bytes[90..<100]))
    let shrunk = ShrinkingContents(bytes: bytes, piece: 7, endsAt: 40)
    #expect(try shrunk.bytes(at: 10, count: 50) == Array(bytes[10..<40]))
    #expect(try shrunk.bytes(at: 60, count: 10) == [])
  }
}
