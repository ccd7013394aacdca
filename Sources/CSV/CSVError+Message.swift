extension CSVError {
  /// What was found, where it matters beyond the line:column a caller prints, and the likely cause.
  public var message: String {
    switch self {
    case .emptyFile:
      return "empty file: no header (the file has no bytes, or only a byte order mark)"
    case .notCSV(let kind):
      return "not a CSV file: this is \(kind.description)"
    case .utf32NotSupported:
      return "UTF-32 is not supported: save the file as UTF-8 (or UTF-16) instead"
    case .utf16WithoutByteOrderMark:
      return "the file looks like UTF-16 without a byte order mark (NUL bytes in alternating positions): "
        + "save it as UTF-8"
    case .invalidUTF16(let byteOffset):
      return "invalid UTF-16 at byte \(byteOffset) (odd number of bytes or unpaired surrogate): "
        + "the file is truncated or not UTF-16"
    case .nulByte:
      return "NUL byte: the file is binary or UTF-16 without a byte order mark"
    case .notWindows1252(_, let byte, let invalid):
      return "byte 0x\(hex(byte)) is not valid UTF-8 (first invalid byte at line \(invalid.line), column "
        + "\(invalid.column)) and is unassigned in Windows-1252: the file is in an unknown encoding"
    case .unterminatedQuote(_, let lines):
      return "unterminated quoted field: the quote opened here runs to the end of the file "
        + "(\(lines) \(lines == 1 ? "line" : "lines")); a closing quote is missing"
    case .unexpectedByteAfterQuote(_, let found, let startLine):
      let record = startLine == position?.line ? "" : " (record starts at line \(startLine))"
      return "expected a delimiter or end of line after the closing quote, found \(describe(found))\(record); "
        + "probably a quote inside a quoted field that was not doubled"
    case .fieldTooLong(_, let limit, let quoted):
      let cause = quoted ? "probably a quote that is never closed" : "the file is probably not CSV"
      return "field longer than \(limit) bytes starts here: \(cause)"
    }
  }

  private func hex(_ byte: UInt8) -> String {
    let digits = Array("0123456789ABCDEF")
    return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
  }

  private func describe(_ scalar: Unicode.Scalar) -> String {
    switch scalar {
    case " ": return "a space"
    case "\t": return "a tab"
    default: return "'\(Character(scalar))'"
    }
  }
}
