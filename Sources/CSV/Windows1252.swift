/// The Windows-1252 code page (the "ANSI" encoding of Western Windows and of Excel's plain CSV export).
enum Windows1252 {
  /// Unicode scalars for 0x80-0x9F, where Windows-1252 differs from ISO-8859-1 (€, curly quotes, dashes);
  /// 0 marks the five unassigned bytes 0x81, 0x8D, 0x8F, 0x90 and 0x9D. Source: the Unicode consortium's
  /// `MAPPINGS/VENDORS/MICSFT/WINDOWS/CP1252.TXT`.
  static let high: [UInt32] = [
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
  ]

  /// Transcodes the whole text from Windows-1252 to UTF-8.
  ///
  /// Throws ``CSVError/notWindows1252(at:byte:firstInvalidUTF8:)`` at an unassigned byte and
  /// ``CSVError/nulByte(at:)`` at a NUL; columns count bytes, since each byte is one character here.
  static func transcode(
    _ text: UnsafeBufferPointer<UInt8>, firstInvalidUTF8: CSVPosition
  ) throws(CSVError) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(text.count + text.count / 8)
    for (offset, byte) in text.enumerated() {
      if byte == 0 {
        throw .nulByte(at: CSVPosition.locate(offset, in: text, bytesAreScalars: true))
      }
      if byte < 0x80 {
        output.append(byte)
        continue
      }
      let scalar = byte < 0xA0 ? high[Int(byte - 0x80)] : UInt32(byte)
      if scalar == 0 {
        let at = CSVPosition.locate(offset, in: text, bytesAreScalars: true)
        throw .notWindows1252(at: at, byte: byte, firstInvalidUTF8: firstInvalidUTF8)
      }
      UTF8Encoding.append(scalar, to: &output)
    }
    return output
  }
}
