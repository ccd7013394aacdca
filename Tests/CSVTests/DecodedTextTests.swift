import CSV
import Testing

/// Turning a file's bytes into UTF-8 for the reader: BOMs, UTF-16, the Windows-1252 fallback and the
/// things that are refused, each with its position.
@Suite struct DecodedTextTests {
  static func decode(_ bytes: [UInt8]) throws(CSVError) -> DecodedText { try DecodedText(decoding: bytes) }

  static func utf16(_ text: String, bigEndian: Bool, byteOrderMark: Bool = true) -> [UInt8] {
    var bytes: [UInt8] = byteOrderMark ? (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) : []
    for unit in text.utf16 {
      let pair = [UInt8(unit >> 8), UInt8(unit & 0xFF)]
      bytes += bigEndian ? pair : pair.reversed()
    }
    return bytes
  }

  @Test func plainUTF8IsUnchanged() throws {
    let text = try Self.decode(Array("a,é\r\n😀".utf8))
    #expect(text == DecodedText(utf8: Array("a,é\r\n😀".utf8), encoding: .utf8))
  }

  @Test func utf8ByteOrderMarkIsRemoved() throws {
    let text = try Self.decode([0xEF, 0xBB, 0xBF] + Array("a,b".utf8))
    #expect(text == DecodedText(utf8: Array("a,b".utf8), encoding: .utf8WithByteOrderMark))
  }

  @Test(arguments: [false, true])
  func utf16WithByteOrderMark(bigEndian: Bool) throws {
    let text = try Self.decode(Self.utf16("a\tʤ\r\n😀", bigEndian: bigEndian))
    #expect(text.utf8 == Array("a\tʤ\r\n😀".utf8))
    #expect(text.encoding == (bigEndian ? .utf16BigEndian : .utf16LittleEndian))
    #expect(text.encoding.note?.englishText == (bigEndian ? "read as UTF-16BE" : "read as UTF-16LE"))
  }

  @Test func utf16Errors() {
    // The offsets are file offsets: the 2-byte BOM counts.
    #expect(throws: CSVError.invalidUTF16(byteOffset: 6)) {
      try Self.decode(Self.utf16("ab", bigEndian: false) + [0x61])
    }
    #expect(throws: CSVError.invalidUTF16(byteOffset: 4)) {
      try Self.decode([0xFF, 0xFE, 0x61, 0x00, 0x3D, 0xD8, 0x61, 0x00])
    }
    #expect(throws: CSVError.invalidUTF16(byteOffset: 2)) { try Self.decode([0xFE, 0xFF, 0xDC, 0x00]) }
    #expect(throws: CSVError.invalidUTF16(byteOffset: 2)) { try Self.decode([0xFE, 0xFF, 0xD8, 0x3D]) }
    #expect(throws: CSVError.nulByte(at: CSVPosition(line: 2, column: 2, byteOffset: 3, record: 0))) {
      try Self.decode(Self.utf16("a\nb\u{0}", bigEndian: true))
    }
    #expect(throws: CSVError.utf16WithoutByteOrderMark) {
      try Self.decode(Self.utf16("date,client\n2024-01-01,Acme\n", bigEndian: false, byteOrderMark: false))
    }
  }

  @Test func refusedFiles() {
    #expect(throws: CSVError.emptyFile) { try Self.decode([]) }
    #expect(throws: CSVError.emptyFile) { try Self.decode([0xEF, 0xBB, 0xBF]) }
    #expect(throws: CSVError.emptyFile) { try Self.decode([0xFF, 0xFE]) }
    #expect(throws: CSVError.utf32NotSupported) { try Self.decode([0xFF, 0xFE, 0, 0, 0x61, 0, 0, 0]) }
    #expect(throws: CSVError.utf32NotSupported) { try Self.decode([0, 0, 0xFE, 0xFF, 0, 0, 0, 0x61]) }
    #expect(throws: CSVError.notCSV(kind: .zipWorkbook)) { try Self.decode([0x50, 0x4B, 0x03, 0x04, 0]) }
    #expect(throws: CSVError.notCSV(kind: .legacyExcelWorkbook)) { try Self.decode([0xD0, 0xCF, 0x11, 0xE0]) }
    #expect(throws: CSVError.notCSV(kind: .gzip)) { try Self.decode([0x1F, 0x8B, 0x08]) }
    #expect(throws: CSVError.notCSV(kind: .pdf)) { try Self.decode(Array("%PDF-1.7".utf8)) }
    #expect(throws: CSVError.notCSV(kind: .html)) {
      try Self.decode([0xEF, 0xBB, 0xBF] + Array(" \r\n<!DocType html>".utf8))
    }
    #expect(throws: CSVError.notCSV(kind: .html)) { try Self.decode(Array("<HTML><body>".utf8)) }
  }

  @Test func nulByteIn8BitText() {
    // One NUL in a short file is not "NUL bytes in alternating positions".
    #expect(throws: CSVError.nulByte(at: CSVPosition(line: 2, column: 3, byteOffset: 5, record: 0))) {
      try Self.decode(Array("a\né,\u{0}".utf8))
    }
    // In Windows-1252 text each byte is a character: 0xE9 is column 1.
    #expect(throws: CSVError.nulByte(at: CSVPosition(line: 1, column: 3, byteOffset: 2, record: 0))) {
      try Self.decode([0xE9, 0x2C, 0x00])
    }
  }

  @Test func windows1252Fallback() throws {
    // 0x80 €, 0x93 and 0x94 curly quotes, 0xE9 é, 0xA9 ©.
    let text = try Self.decode([0x80, 0x2C, 0x93, 0x61, 0x94, 0x0A, 0xE9, 0xA9])
    #expect(text.utf8 == Array("€,“a”\né©".utf8))
    #expect(text.encoding == .windows1252(firstInvalidUTF8: CSVPosition(line: 1, column: 1, byteOffset: 0, record: 0)))
    #expect(text.encoding.note?.englishText == "read as Windows-1252: not valid UTF-8 at line 1, column 1")
  }

  @Test func invalidUTF8FormsFallBack() throws {
    // Truncated, overlong and surrogate sequences are not UTF-8.
    #expect(try Self.decode([0x61, 0xC3]).utf8 == Array("aÃ".utf8))
    #expect(try Self.decode([0xC0, 0x80]).utf8 == Array("À€".utf8))
    #expect(try Self.decode([0xED, 0xA0, 0x80]).utf8 == Array("í\u{A0}€".utf8))
    // Above U+10FFFF: not UTF-8, and 0x90 is unassigned in Windows-1252.
    let start = CSVPosition(line: 1, column: 1, byteOffset: 0, record: 0)
    #expect(
      throws: CSVError.notWindows1252(
        at: CSVPosition(line: 1, column: 2, byteOffset: 1, record: 0), byte: 0x90, firstInvalidUTF8: start)
    ) {
      try Self.decode([0xF4, 0x90, 0x80, 0x80])
    }
  }

  @Test func firstInvalidUTF8IsCountedInTheEncodingTheFileIsReadIn() throws {
    // `C3 A9` is é in UTF-8 but `Ã©` in Windows-1252, the encoding the file is read in: the invalid 0xE9
    // is the third character of the line, as every other diagnostic for this file counts it.
    let text = try Self.decode([0x78, 0x0A, 0xC3, 0xA9, 0xE9])
    #expect(text.utf8 == Array("x\nÃ©é".utf8))
    #expect(text.encoding == .windows1252(firstInvalidUTF8: CSVPosition(line: 2, column: 3, byteOffset: 4, record: 0)))
  }

  @Test(arguments: [UInt8(0x81), 0x8D, 0x8F, 0x90, 0x9D])
  func unassignedWindows1252Byte(_ byte: UInt8) {
    let invalid = CSVPosition(line: 1, column: 1, byteOffset: 0, record: 0)
    #expect(
      throws: CSVError.notWindows1252(
        at: CSVPosition(line: 2, column: 2, byteOffset: 4, record: 0), byte: byte, firstInvalidUTF8: invalid)
    ) {
      try Self.decode([0xE9, 0x2C, 0x0A, 0x61, byte])
    }
  }
}
