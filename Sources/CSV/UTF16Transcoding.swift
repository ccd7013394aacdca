/// UTF-16 (after its BOM) to UTF-8.
enum UTF16Transcoding {
  /// Transcodes `bytes` (UTF-16 code units in the given byte order) to UTF-8.
  ///
  /// An odd byte count or an unpaired surrogate is ``CSVError/invalidUTF16(byteOffset:)``; the offset
  /// counts the 2-byte BOM, so it is a file offset.
  static func toUTF8(_ bytes: UnsafeBufferPointer<UInt8>, bigEndian: Bool) throws(CSVError) -> [UInt8] {
    if bytes.count % 2 != 0 { throw .invalidUTF16(byteOffset: 2 + bytes.count - 1) }
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count)
    func unit(_ i: Int) -> UInt32 {
      bigEndian ? UInt32(bytes[i]) << 8 | UInt32(bytes[i + 1]) : UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i])
    }
    var i = 0
    while i < bytes.count {
      var scalar = unit(i)
      if scalar >= 0xD800 && scalar <= 0xDBFF {
        guard i + 3 < bytes.count else { throw .invalidUTF16(byteOffset: 2 + i) }
        let low = unit(i + 2)
        guard low >= 0xDC00 && low <= 0xDFFF else { throw .invalidUTF16(byteOffset: 2 + i) }
        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
        i += 2
      } else if scalar >= 0xDC00 && scalar <= 0xDFFF {
        throw .invalidUTF16(byteOffset: 2 + i)
      }
      i += 2
      UTF8Encoding.append(scalar, to: &output)
    }
    return output
  }
}
