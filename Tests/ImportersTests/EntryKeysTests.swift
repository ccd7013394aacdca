import Testing

@testable import Importers

/// The table behind the time fold: each key finds its entry's index, past growth and emptying.
@Suite struct EntryKeysTests {
  static func fill(_ table: inout EntryKeys, count: Int) {
    for index in 0..<count {
      let key = UInt64(index) << 32 | 7
      let (found, bucket) = table.find(key)
      #expect(found == nil)
      table.insert(key, index: index, at: bucket)
    }
  }

  @Test(arguments: [10, 5_000, 40_000])
  func everyKeyFindsItsIndexUntilEmptied(count: Int) {
    var table = EntryKeys()
    Self.fill(&table, count: count)
    #expect(table.count == count)
    #expect((0..<count).allSatisfy { table.find(UInt64($0) << 32 | 7).index == $0 })
    #expect(table.find(UInt64(count) << 32 | 7).index == nil)
    table.removeAll()
    #expect(table.count == 0)
    #expect((0..<count).allSatisfy { table.find(UInt64($0) << 32 | 7).index == nil })
    Self.fill(&table, count: 3)
    #expect(table.find(2 << 32 | 7).index == 2)
  }
}
