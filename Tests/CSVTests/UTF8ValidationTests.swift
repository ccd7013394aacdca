import Testing

@testable import CSV

/// The validation behind chunked reading reads ASCII eight bytes at a time and jumps to the first
/// byte that is not: a problem is found at its exact offset wherever it sits in a word.
@Suite struct UTF8ValidationTests {
  static func problem(in bytes: [UInt8]) -> UTF8Validation.Problem? {
    bytes.withUnsafeBufferPointer { UTF8Validation.firstProblem(in: $0) }
  }

  /// Long enough that the text is read 32, then 8 bytes at a time, then byte by byte.
  @Test func aProblemIsFoundAtItsOffsetWhereverItSits() {
    for offset in 0..<80 {
      var text = [UInt8](repeating: UInt8(ascii: "a"), count: 80)
      text[offset] = 0
      #expect(Self.problem(in: text) == .nul(offset))
      text[offset] = 0xFF
      #expect(Self.problem(in: text) == .invalid(offset))
      // A valid two-byte character first, then the problem right after it.
      if offset + 3 <= text.count {
        text.replaceSubrange(offset..<(offset + 3), with: [0xC3, 0xBC, 0x00])
        #expect(Self.problem(in: text) == .nul(offset + 2))
      }
    }
  }

  @Test func cleanTextOfAnyLengthHasNoProblem() {
    for length in 0..<80 {
      let ascii = [UInt8](repeating: UInt8(ascii: "z"), count: length)
      #expect(Self.problem(in: ascii) == nil)
      #expect(Self.problem(in: ascii + Array("Zürich €".utf8) + ascii) == nil)
    }
  }

  /// Overlong forms, surrogates, values past U+10FFFF and cut characters are invalid (RFC 3629).
  @Test(arguments: [[0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]])
  func malformedSequencesAreInvalidAtTheirLeadByte(sequence: [UInt8]) {
    let text = Array("abcdefghij".utf8) + sequence + Array("klm".utf8)
    #expect(Self.problem(in: text) == .invalid(10))
  }
}
