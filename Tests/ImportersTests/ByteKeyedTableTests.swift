import Testing

@testable import Importers

/// The table behind the remembered cell conversions: a value per distinct key, computed once.
@Suite struct ByteKeyedTableTests {
  /// The value stored for `key`, or `value` stored (when there is room) and returned.
  static func lookUp(_ table: inout ByteKeyedTable<Int>, _ key: String, computing value: Int) -> Int {
    Array(key.utf8).withUnsafeBufferPointer { bytes in
      if let known = table.value(for: bytes) { return known }
      _ = table.insert(bytes, value: value)
      return value
    }
  }

  @Test func aKeySeenBeforeKeepsItsFirstValue() {
    var table = ByteKeyedTable<Int>()
    #expect(Self.lookUp(&table, "2026-03-04", computing: 1) == 1)
    #expect(Self.lookUp(&table, "2026-03-04", computing: 2) == 1)
    #expect(Self.lookUp(&table, "2026-03-05", computing: 3) == 3)
    #expect(Self.lookUp(&table, "", computing: 4) == 4)
    #expect(Self.lookUp(&table, "", computing: 5) == 4)
    #expect(table.count == 3)
  }

  /// Far past the first 64 buckets, and keys that share prefixes and lengths.
  @Test func everyKeyIsFoundAfterTheTableGrows() {
    var table = ByteKeyedTable<Int>()
    for number in 0..<5_000 { _ = Self.lookUp(&table, "client \(number)", computing: number) }
    #expect(table.count == 5_000)
    for number in 0..<5_000 { #expect(Self.lookUp(&table, "client \(number)", computing: -1) == number) }
  }

  @Test func aFullTableComputesNewKeysWithoutKeepingThem() {
    var table = ByteKeyedTable<Int>(limit: 2)
    _ = Self.lookUp(&table, "a", computing: 1)
    _ = Self.lookUp(&table, "b", computing: 2)
    #expect(Self.lookUp(&table, "c", computing: 3) == 3)
    #expect(Self.lookUp(&table, "c", computing: 4) == 4)
    #expect(Self.lookUp(&table, "a", computing: 5) == 1)
    #expect(table.count == 2)
  }

  @Test func insertTellsWhetherTheKeyIsNew() {
    var table = ByteKeyedTable<Void>()
    let yes = Array("Yes".utf8)
    #expect(yes.withUnsafeBufferPointer { table.insert($0, value: ()) })
    #expect(!yes.withUnsafeBufferPointer { table.insert($0, value: ()) })
  }

  /// Keys are told apart by their length and first and last eight bytes, and a longer key by all
  /// of its bytes: keys of every length up to three words, differing in one byte anywhere, stay
  /// apart.
  @Test func keysDifferingInAnyOneByteStayApart() {
    var table = ByteKeyedTable<Int>()
    var keys: [String] = []
    for length in 0...24 {
      let base = String(repeating: "a", count: length)
      keys.append(base)
      for position in 0..<length {
        var bytes = Array(base.utf8)
        bytes[position] = UInt8(ascii: "b")
        keys.append(String(decoding: bytes, as: UTF8.self))
      }
    }
    for (number, key) in keys.enumerated() { #expect(Self.lookUp(&table, key, computing: number) == number) }
    #expect(table.count == keys.count)
    for (number, key) in keys.enumerated() { #expect(Self.lookUp(&table, key, computing: -1) == number) }
  }
}
