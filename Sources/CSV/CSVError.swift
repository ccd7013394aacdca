/// Everything that can stop the CSV layer from turning bytes into records, each with where it happened.
///
/// Only ``unexpectedByteAfterQuote(at:found:recordStartLine:)`` is *recoverable*: it spoils one record and
/// the reader carries on with the next line, so an importer can skip that row with a diagnostic. All other
/// cases are fatal for the file (see ``isRecoverable``).
public enum CSVError: Error, Sendable, Hashable {
  /// The file has no bytes, or only a byte order mark.
  case emptyFile
  /// The file is something else, recognised by its first bytes.
  case notCSV(kind: NotCSVKind)
  /// The file starts with a UTF-32 byte order mark (`FF FE 00 00` or `00 00 FE FF`).
  case utf32NotSupported
  /// NUL bytes in alternating positions and no byte order mark: UTF-16 that cannot be decoded safely.
  case utf16WithoutByteOrderMark
  /// UTF-16 text with an odd number of bytes or an unpaired surrogate at `byteOffset` in the file.
  case invalidUTF16(byteOffset: Int)
  /// A NUL byte in 8-bit text (UTF-8 or Windows-1252): the file is binary, or UTF-16 without a BOM.
  case nulByte(at: CSVPosition)
  /// The file is not valid UTF-8 (first invalid byte at `firstInvalidUTF8`) and, read as Windows-1252,
  /// holds `byte`, one of the five bytes Windows-1252 leaves unassigned, at `at`.
  case notWindows1252(at: CSVPosition, byte: UInt8, firstInvalidUTF8: CSVPosition)
  /// A quoted field is still open at the end of the file; `opening` is its opening quote and
  /// `linesSwallowed` the number of lines from that quote's line to the end of the file.
  case unterminatedQuote(opening: CSVPosition, linesSwallowed: Int)
  /// After a closing quote came `found` instead of a delimiter or line end (often an unescaped quote inside
  /// a quoted field). Recoverable: the record is dropped and reading resumes after the next line break.
  case unexpectedByteAfterQuote(at: CSVPosition, found: Unicode.Scalar, recordStartLine: Int)
  /// A field value is longer than `limit` bytes; `at` is the field's first byte (its opening quote when
  /// `quoted`).
  case fieldTooLong(at: CSVPosition, limit: Int, quoted: Bool)

  /// True for a problem confined to one record, after which the reader can go on.
  public var isRecoverable: Bool {
    if case .unexpectedByteAfterQuote = self { return true }
    return false
  }

  /// The position a diagnostic should point at, when there is one.
  public var position: CSVPosition? {
    switch self {
    case .emptyFile, .notCSV, .utf32NotSupported, .utf16WithoutByteOrderMark, .invalidUTF16: nil
    case .nulByte(let at), .notWindows1252(let at, _, _), .unterminatedQuote(let at, _),
      .unexpectedByteAfterQuote(let at, _, _), .fieldTooLong(let at, _, _):
      at
    }
  }
}
