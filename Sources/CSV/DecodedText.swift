/// A file's text as UTF-8 bytes ready for ``CSVReader``, and the encoding it was found in.
public struct DecodedText: Sendable, Hashable {
  /// The text in UTF-8, without a byte order mark.
  public var utf8: [UInt8]
  /// The encoding the file was in.
  public var encoding: TextEncoding

  /// Creates a decoded text from its parts.
  public init(utf8: [UInt8], encoding: TextEncoding) {
    self.utf8 = utf8
    self.encoding = encoding
  }

  /// Decodes a whole file to UTF-8.
  ///
  /// In order: an empty file is ``CSVError/emptyFile``; known binary formats are ``CSVError/notCSV(kind:)``;
  /// a UTF-32 BOM is refused; a UTF-16 BOM (LE or BE) means UTF-16, transcoded; a UTF-8 BOM is removed.
  /// The rest must be UTF-8 without NUL bytes. NUL bytes in alternating positions mean UTF-16 without a BOM
  /// (refused), any other NUL is ``CSVError/nulByte(at:)``. Text that is not valid UTF-8 is read, whole, as
  /// Windows-1252, unless it holds one of the five bytes that code page leaves unassigned.
  public init(decoding bytes: [UInt8]) throws(CSVError) {
    self = try bytes.withUnsafeBufferPointer { input throws(CSVError) in try Self.decode(input) }
  }

  private static func decode(_ input: UnsafeBufferPointer<UInt8>) throws(CSVError) -> DecodedText {
    if input.isEmpty { throw .emptyFile }
    if let kind = NotCSVKind.recognise(input) { throw .notCSV(kind: kind) }
    var text = input
    var encoding = TextEncoding.utf8
    switch ByteOrderMark(input) {
    case .utf32?: throw .utf32NotSupported
    case .utf16LittleEndian?: return try fromUTF16(input, bigEndian: false)
    case .utf16BigEndian?: return try fromUTF16(input, bigEndian: true)
    case .utf8?:
      text = UnsafeBufferPointer(rebasing: input[3...])
      encoding = .utf8WithByteOrderMark
      if text.isEmpty { throw .emptyFile }
    case nil: break
    }
    if let invalid = try firstInvalidUTF8(text) {
      // Excel adds a BOM to some ANSI exports too, so a BOM does not rule Windows-1252 out.
      return DecodedText(
        utf8: try Windows1252.transcode(text, firstInvalidUTF8: invalid),
        encoding: .windows1252(firstInvalidUTF8: invalid))
    }
    return DecodedText(utf8: Array(text), encoding: encoding)
  }

  /// The position of the first byte that is not valid UTF-8, or `nil`; throws for a NUL byte found first.
  private static func firstInvalidUTF8(_ text: UnsafeBufferPointer<UInt8>) throws(CSVError) -> CSVPosition? {
    switch UTF8Validation.firstProblem(in: text) {
    case nil:
      return nil
    case .nul(let offset):
      if UTF8Validation.looksLikeUTF16(text) { throw .utf16WithoutByteOrderMark }
      throw .nulByte(at: CSVPosition.locate(offset, in: text))
    case .invalid(let offset):
      // The file is then read as Windows-1252, where every byte is a character: count columns that way,
      // as every other diagnostic for this file does.
      return CSVPosition.locate(offset, in: text, bytesAreScalars: true)
    }
  }

  private static func fromUTF16(_ input: UnsafeBufferPointer<UInt8>, bigEndian: Bool) throws(CSVError)
    -> DecodedText
  {
    let utf8 = try UTF16Transcoding.toUTF8(UnsafeBufferPointer(rebasing: input[2...]), bigEndian: bigEndian)
    if utf8.isEmpty { throw .emptyFile }
    // Transcoded text is valid UTF-8, but may still hold U+0000.
    try utf8.withUnsafeBufferPointer { text throws(CSVError) in
      if case .nul(let offset) = UTF8Validation.firstProblem(in: text) {
        throw .nulByte(at: CSVPosition.locate(offset, in: text))
      }
    }
    return DecodedText(utf8: utf8, encoding: bigEndian ? .utf16BigEndian : .utf16LittleEndian)
  }
}
