import CSV
import Domain
import Localization

/// A file's text in UTF-8 as the importer reads it: a large UTF-8 file chunk by chunk, so memory
/// does not grow with the file; anything else (small, UTF-16, Windows-1252, broken) decoded whole.
///
/// Both ways give the same bytes: a chunked read that meets something `DecodedText` would change
/// or refuse stops with `needsWholeFile`, and the importer starts again from `whole(_:)`.
struct FileText {
  /// Bytes read at a time unless told otherwise; a file no larger is read whole.
  static let defaultChunkBytes = 1 << 20

  let file: InputFile
  let chunkBytes: Int
  /// The text from its start: all of it when `isWhole`, else its first chunk.
  let head: [UInt8]
  /// The head up to its last line break when it is a first chunk (so no record in it is cut
  /// short, though one may end in an open quote); all of it when the text is whole. Made when
  /// asked (for the header and the first votes), not kept beside the head for the whole reading.
  var headLines: [UInt8] {
    guard !isWhole else { return head }
    return head.lastIndex { $0 == 0x0A || $0 == 0x0D }.map { Array(head[...$0]) } ?? []
  }
  let isWhole: Bool
  let encodingName: String
  let note: Diagnostic?
  /// Set when a later chunk is not plain UTF-8: the text read so far must be thrown away.
  private(set) var needsWholeFile = false
  /// The text is a later part of the file (`part(of:from:to:chunkBytes:)`), starting after a line break.
  private(set) var startsMidFile = false
  /// The text ends before the file does, where a record should end (`ending(at:)`).
  private(set) var endsAtCut = false
  private var offset: Int
  /// Where the text ends in the file: its end, unless the text is a part.
  private var end: Int
  private var chunks = UTF8Chunks()

  /// The file's text, chunked when it is a large file that looks like UTF-8.
  static func open(_ file: InputFile, chunkBytes: Int) throws(ImportError) -> FileText {
    let contents = file.contents
    guard contents.count > chunkBytes else { return try whole(file) }
    let end = contents.count
    let first = try read(file, at: 0, count: chunkBytes)
    guard let encoding = first.withUnsafeBufferPointer({ UTF8Chunks.encoding(ofHead: $0) }) else {
      return try whole(file)
    }
    let bom = encoding == .utf8WithByteOrderMark ? 3 : 0
    var chunks = UTF8Chunks()
    let head = first.withUnsafeBufferPointer { chunks.take(UnsafeBufferPointer(rebasing: $0[bom...]), isLast: false) }
    guard let head else { return try whole(file) }
    return FileText(
      file: file, chunkBytes: chunkBytes, head: head, isWhole: false, encodingName: encoding.name, note: nil,
      offset: first.count, end: end, chunks: chunks)
  }

  /// The part of a UTF-8 file from `start`, just after a line break, to `end`, read in chunks; nil
  /// when its first chunk is not plain UTF-8.
  static func part(of file: InputFile, from start: Int, to end: Int, chunkBytes: Int) throws(ImportError) -> FileText? {
    let first = try read(file, at: start, count: min(chunkBytes, end - start))
    var chunks = UTF8Chunks()
    guard let head = first.withUnsafeBufferPointer({ chunks.take($0, isLast: start + first.count >= end) }) else {
      return nil
    }
    var text = FileText(
      file: file, chunkBytes: chunkBytes, head: head, isWhole: false, encodingName: TextEncoding.utf8.name, note: nil,
      offset: start + first.count, end: end, chunks: chunks)
    text.startsMidFile = true
    return text
  }

  /// The whole file decoded at once.
  static func whole(_ file: InputFile) throws(ImportError) -> FileText {
    let bytes = try read(file, at: 0, count: file.contents.count)
    do {
      let decoded = try DecodedText(decoding: bytes)
      let note = decoded.encoding.note.map {
        Diagnostic(file: file.path, line: nil, column: nil, severity: .note, text: $0)
      }
      return FileText(
        file: file, chunkBytes: bytes.count, head: decoded.utf8, isWhole: true, encodingName: decoded.encoding.name,
        note: note, offset: bytes.count, end: bytes.count)
    } catch {
      throw ImportError(error, file: file.path)
    }
  }

  /// The text as it is, up to `end` only: the first part of its file, read from where this one is.
  func ending(at end: Int) -> FileText {
    precondition(!isWhole && offset <= end && end <= self.end, "FileText.ending(at:) past the text")
    var part = self
    part.end = end
    part.endsAtCut = true
    return part
  }

  /// A CSV reader over the text as `plan` reads it: after the prefix a `sep=` line takes.
  func reader(plan: ReadPlan) -> CSVReader {
    if isWhole { return CSVReader(utf8: head, dialect: plan.dialect, skippingPrefix: plan.skip) }
    var reader = startsMidFile ? CSVReader(continuing: plan.dialect) : CSVReader(dialect: plan.dialect)
    reader.append(head)
    if !startsMidFile { reader.skipPrefix(plan.skip) }
    return reader
  }

  /// Reads the next chunk of the text after the head straight into `reader`'s storage; false,
  /// having added nothing, at the end (and when `needsWholeFile` was set).
  mutating func readNextChunk(into reader: inout CSVReader) throws(ImportError) -> Bool {
    guard !isWhole, !needsWholeFile, offset < end else { return false }
    let (file, end, wanted) = (file, end, min(chunkBytes, end - offset))
    var (chunks, offset) = (chunks, offset)
    defer { (self.chunks, self.offset) = (chunks, offset) }
    var taken: Int?
    // Room for the chunk and the start of a character the last one cut.
    try reader.append(upTo: wanted + 3) { room throws(ImportError) in
      taken = try chunks.take(into: room) { space throws(ImportError) in
        let count: Int
        do throws(FileReadError) {
          count = try file.contents.read(at: offset, filling: UnsafeMutableBufferPointer(rebasing: space[..<wanted]))
        } catch {
          throw Self.unreadable(file, error)
        }
        offset = count == 0 ? end : offset + count
        return (count, offset >= end)
      }
      return taken ?? 0
    }
    guard taken != nil else {
      needsWholeFile = true
      return false
    }
    return true
  }

  private init(
    file: InputFile, chunkBytes: Int, head: [UInt8], isWhole: Bool, encodingName: String, note: Diagnostic?,
    offset: Int, end: Int, chunks: UTF8Chunks = UTF8Chunks()
  ) {
    self.file = file
    self.chunkBytes = chunkBytes
    self.head = head
    self.isWhole = isWhole
    self.encodingName = encodingName
    self.note = note
    self.offset = offset
    self.end = end
    self.chunks = chunks
  }

  private static func read(_ file: InputFile, at offset: Int, count: Int) throws(ImportError)
    -> [UInt8]
  {
    do {
      return try file.contents.bytes(at: offset, count: count)
    } catch {
      throw unreadable(file, error)
    }
  }

  private static func unreadable(_ file: InputFile, _ error: FileReadError) -> ImportError {
    ImportError(file: file.path, text: .cannotRead(error), unreadable: true)
  }
}

extension LocalizedText {
  /// A file the system would not let be read, with the system's reason (in its own words).
  static func cannotRead(_ error: FileReadError) -> LocalizedText {
    LocalizedText(en: "cannot read: \(code: error.reason)", ar: "تتعذر القراءة: \(code: error.reason)")
  }
}
