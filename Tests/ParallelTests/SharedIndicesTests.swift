import Testing

@testable import Parallel

@Suite struct SharedIndicesTests {
  /// Two threads taking indices at once get every index once between them, and nothing more.
  @Test func everyIndexIsTakenOnceByOneThread() {
    for round in 0..<200 {
      let shared = SharedIndices(count: 1_000 + round)
      @Sendable func takeAll() -> [Int] {
        var taken: [Int] = []
        while let index = shared.next() { taken.append(index) }
        return taken
      }
      let (mine, theirs) = bothAtOnce({ takeAll() }, { takeAll() })
      #expect((mine + theirs).sorted() == Array(0..<shared.count))
      #expect(shared.next() == nil)
    }
  }

  @Test func noIndexWhenThereAreNone() {
    #expect(SharedIndices(count: 0).next() == nil)
  }
}
