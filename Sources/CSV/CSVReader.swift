/// A streaming CSV reader: UTF-8 bytes in, records out, each with its positions.
///
/// One state machine (`CSVReader+Scanning.swift`) reads every record. ``readRecords(_:)`` hands
/// each record over as a ``CSVRecordView`` of the reader's own buffer, reused from record to
/// record, so reading a million rows allocates almost nothing; ``nextRecord()`` copies one record
/// out, for a header or a test.
///
/// Give it the whole text (``init(utf8:dialect:skippingPrefix:)``) or feed it chunks (``init(dialect:)``,
/// ``append(_:)`` or ``append(upTo:writtenBy:)``, ``finishInput()``); all give the same records and positions,
/// whatever the chunk sizes.
///
/// Choices (`docs/csv.md` gives each with its reason and the conformance cases that test it):
/// - CRLF, LF and a lone CR each end a record, mixed in one file too; `\n\r` is two line breaks.
/// - A final line break adds no record; a missing one is fine.
/// - Truly empty lines (no bytes between two line breaks) give no record but count for line numbers.
///   A line of spaces is a one-field record.
/// - A UTF-8 BOM at byte 0 is skipped (byte offsets still count it).
/// - A quote that is not the first byte of a field is data (`12" pipe`, ` "b"` with a space before).
/// - Quoted fields keep their bytes exactly, line breaks included; `""` inside them is one quote.
/// - After a closing quote only the delimiter, a line break or the end of input may follow. Anything else
///   (spaces and tabs too: they are not dropped) is ``CSVError/unexpectedByteAfterQuote(at:found:recordStartLine:)``,
///   a recoverable error: the record is dropped and reading resumes after the next line break, reading the
///   rest of that line as unquoted text.
/// - A quote still open at the end of input is fatal (``CSVError/unterminatedQuote(opening:linesSwallowed:)``),
///   and so is a field longer than ``CSVDialect/maxFieldBytes``; after a fatal error every call throws it
///   again.
public struct CSVReader: Sendable {
  /// The dialect the reader splits with.
  public let dialect: CSVDialect

  /// Input not yet dropped, in its first `filled` bytes: from the start of the record being read
  /// (or the scan position) onwards. The rest is room for the next chunk.
  var buffer: [UInt8] = []
  var filled = 0
  /// The input offset of `buffer[0]`.
  var base = 0
  /// The input offset of the next byte to read: between records, or the first byte of the field
  /// being read (a field cut by the end of the input given so far is read again from there).
  var next = 0
  var inputFinished = false
  /// A leading UTF-8 BOM may still be on its way (fewer than 3 bytes seen).
  var bomCheckPending = true
  /// The first fatal error, thrown again by every later call.
  var failure: CSVError?

  /// The line of `next` (1-based) and the input offset where that line starts.
  var line = 1
  var lineStart = 0
  /// A CR just ended a line: an LF next is part of the same line break.
  var afterCR = false
  /// After a recoverable error: the rest of the physical line is passed over, quotes included.
  var skippingLine = false
  /// Records begun so far, including dropped ones.
  var recordCount = 0

  /// The record being read, when `next` is inside one: where it starts, and its fields so far.
  var inRecord = false
  var recordStart = 0
  var recordLine = 0
  var fieldCount = 0
  /// Room for the fields of a record, reused from record to record.
  var spans = [FieldSpan](repeating: FieldSpan(), count: 32)
  /// Unescaped values of the record's fields that held doubled quotes.
  var unescaped: [UInt8] = []

  /// Creates a reader to be fed with ``append(_:)`` and ``finishInput()``.
  public init(dialect: CSVDialect = CSVDialect()) {
    self.dialect = dialect
  }

  /// Creates a reader over the whole UTF-8 text (not copied).
  ///
  /// `skippingPrefix` bytes at the start are not read as CSV but their line breaks are counted: pass the
  /// byte count from ``CSVDialect/excelSeparatorLine(in:)`` so the `sep=` line stays line 1.
  public init(utf8 text: [UInt8], dialect: CSVDialect = CSVDialect(), skippingPrefix: Int = 0) {
    self.dialect = dialect
    buffer = text
    filled = text.count
    inputFinished = true
    skipPrefix(skippingPrefix)
  }

  /// Creates a reader, to be fed in chunks, for input that continues a text after one of its line
  /// breaks (a later part of a file cut at a record boundary): no byte order mark is looked for, and
  /// lines are numbered from 1 for the caller to number on.
  public init(continuing dialect: CSVDialect) {
    self.dialect = dialect
    bomCheckPending = false
  }

  /// The line the next record would start on; once the input is read, one past its last line.
  public var nextLine: Int { line }

  /// The input offset of the next byte to read, once reading has stopped between two records.
  public var offset: Int { next }

  /// True when no record is half read: the input read so far ends between two records.
  public var isBetweenRecords: Bool { !inRecord && !skippingLine }

  /// Reads the first `count` bytes of the input given so far not as CSV but counts their line breaks, as
  /// ``init(utf8:dialect:skippingPrefix:)`` does; for a reader fed in chunks, call it after the first
  /// ``append(_:)`` (which must hold the whole prefix) and before reading.
  public mutating func skipPrefix(_ count: Int) {
    precondition(base == 0 && next == 0 && recordCount == 0, "CSVReader.skipPrefix after reading began")
    let skipped = min(max(count, 0), filled)
    guard skipped > 0 else { return }
    // The prefix (a `sep=` line) is expected to end with its line break, so reading starts a new line.
    bomCheckPending = false
    line =
      buffer.withUnsafeBufferPointer { CSVPosition.locate(skipped, in: UnsafeBufferPointer(rebasing: $0[..<skipped])) }
      .line
    lineStart = skipped
    next = skipped
  }

  /// Adds the next chunk of input.
  public mutating func append(_ chunk: some Collection<UInt8>) {
    append(upTo: chunk.count) { room in room.update(fromContentsOf: chunk) }
  }

  /// Adds the next chunk of input as ``append(_:)`` does, written by `write` straight into the
  /// reader's storage rather than copied there: `write` gets room for up to `count` bytes and
  /// returns how many it wrote, from the room's start.
  public mutating func append<Failure: Error>(
    upTo count: Int, writtenBy write: (UnsafeMutableBufferPointer<UInt8>) throws(Failure) -> Int
  ) throws(Failure) {
    precondition(!inputFinished, "CSVReader.append after finishInput")
    dropReadInput()
    let (start, end) = (filled, filled + count)
    // Grown once; later chunks reuse the room, which stays in cache and needs no new pages.
    if buffer.count < end { buffer.append(contentsOf: repeatElement(0, count: end - buffer.count)) }
    // Typed throws do not pass through withUnsafeMutableBufferPointer's rethrows yet: carry the outcome out.
    let outcome: Result<Int, Failure> = buffer.withUnsafeMutableBufferPointer { storage in
      do throws(Failure) {
        return .success(try write(UnsafeMutableBufferPointer(rebasing: storage[start..<end])))
      } catch {
        return .failure(error)
      }
    }
    let written = try outcome.get()
    precondition((0...count).contains(written), "CSVReader.append: more bytes written than there was room for")
    filled += written
  }

  /// Drops the input before the record being read (or the next byte), moving the rest to the
  /// start of the storage.
  private mutating func dropReadInput() {
    let drop = (inRecord ? recordStart : next) - base
    guard drop > 0 else { return }
    let kept = filled - drop
    buffer.withUnsafeMutableBytes { storage in
      guard let start = storage.baseAddress else { return }
      // Overlapping ranges: copyMemory is a memmove.
      start.copyMemory(from: start + drop, byteCount: kept)
    }
    filled = kept
    base += drop
  }

  /// Declares that no more input will come, so the last record can end without a line break.
  public mutating func finishInput() {
    inputFinished = true
  }

  /// True once the end of input has been reached and every record returned.
  public private(set) var isAtEnd = false

  /// Why ``readRecords(_:)`` returned.
  public enum Pause: Sendable, Equatable {
    /// The input given so far is read; append more, or finish it.
    case needsInput
    /// The input is finished and every record was handed over.
    case end
    /// The body asked to stop after the record it was given.
    case stopped
    /// A record could not be split (``CSVError/isRecoverable``): it was dropped, and reading goes
    /// on from the next line when called again.
    case unreadableRecord(CSVError)
  }

  /// Hands every record of the input given so far to `body`, in order, as a view of the reader's
  /// buffer valid only during that call; `body` returns false to stop after its record. Throws a
  /// fatal error, and again on every later call.
  public mutating func readRecords(_ body: (CSVRecordView) -> Bool) throws(CSVError) -> Pause {
    if let failure { throw failure }
    let step = scan(body)
    if case .failed(let error) = step {
      failure = error
      throw error
    }
    switch step {
    case .needsInput: return .needsInput
    case .end:
      isAtEnd = true
      return .end
    case .stopped: return .stopped
    case .unreadable(let error): return .unreadableRecord(error)
    case .failed(let error): throw error
    }
  }

  /// The next record, copied out; nil when the input is exhausted (or, when fed in chunks, when
  /// more input is needed). Throws a recoverable error for a spoiled record (call again to go on)
  /// and a fatal one when the file cannot be read further.
  public mutating func nextRecord() throws(CSVError) -> CSVRecord? {
    var record: CSVRecord?
    switch try readRecords({ view in
      record = CSVRecord(view)
      return false
    }) {
    case .stopped: return record
    case .needsInput, .end: return nil
    case .unreadableRecord(let error): throw error
    }
  }
}
