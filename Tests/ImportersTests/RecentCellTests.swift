import Testing

@testable import Importers

/// The last cell of a column and its value: found again only for exactly the same bytes.
@Suite struct RecentCellTests {
  static func value(_ cell: RecentCell<Int>, _ text: String) -> Int? {
    Array(text.utf8).withUnsafeBufferPointer { cell.value(for: $0) }
  }

  static func remember(_ cell: inout RecentCell<Int>, _ text: String, _ value: Int) {
    Array(text.utf8).withUnsafeBufferPointer { cell.remember(value, for: $0) }
  }

  @Test func onlyTheSameBytesFindTheValue() {
    var cell = RecentCell<Int>()
    #expect(Self.value(cell, "") == nil)
    Self.remember(&cell, "2026-03-04", 1)
    #expect(Self.value(cell, "2026-03-04") == 1)
    #expect(Self.value(cell, "2026-03-05") == nil)
    #expect(Self.value(cell, "2026-03-0") == nil)
    Self.remember(&cell, "", 2)
    #expect(Self.value(cell, "") == 2)
    #expect(Self.value(cell, "2026-03-04") == nil)
  }

  /// Cells of every length up to two words, differing from the one remembered in one byte
  /// anywhere, are not it; a longer cell is not remembered at all.
  @Test func aCellDifferingInAnyOneByteIsNotTheOneRemembered() {
    for length in 1...16 {
      let text = String(repeating: "a", count: length)
      var cell = RecentCell<Int>()
      Self.remember(&cell, text, length)
      #expect(Self.value(cell, text) == length)
      for position in 0..<length {
        var bytes = Array(text.utf8)
        bytes[position] = UInt8(ascii: "b")
        #expect(Self.value(cell, String(decoding: bytes, as: UTF8.self)) == nil, "\(length) \(position)")
      }
    }
    var cell = RecentCell<Int>()
    Self.remember(&cell, String(repeating: "a", count: 17), 17)
    #expect(Self.value(cell, String(repeating: "a", count: 17)) == nil)
  }
}
