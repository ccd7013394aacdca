import Synchronization
import Testing

@testable import Parallel

@Suite struct BackgroundWorkTests {
  @Test func bothAtOnceReturnsBothResultsEachTime() {
    // Many short runs: a result handed over before the second thread has set it would show.
    for round in 0..<2_000 {
      let (first, second) = bothAtOnce({ "first \(round)" }, { round * 2 })
      #expect(first == "first \(round)")
      #expect(second == round * 2)
    }
  }

  @Test(arguments: [0, 1, 2, 7, 48])
  func eachOnBothCoresKeepsTheOrder(count: Int) {
    #expect(eachOnBothCores(count) { $0 * $0 } == (0..<count).map { $0 * $0 })
  }

  /// A value handed to the second thread is its alone: the caller keeps no reference to it, so
  /// changing it there copies nothing.
  @Test func aHandedValueHasOneOwnerOnTheSecondThread() {
    final class Storage: Sendable {}
    struct Held: Sendable {
      var storage = Storage()
      var numbers = [1, 2, 3]
    }
    let (first, second) = bothAtOnce(
      { 40 + 2 }, handing: Held(),
      to: { (held: consuming Held) in
        var held = consume held
        held.numbers.append(4)
        return (isKnownUniquelyReferenced(&held.storage), held.numbers)
      })
    #expect(first == 42)
    #expect(second.0)
    #expect(second.1 == [1, 2, 3, 4])
  }

  @Test func workStartsOnceAndWaitGivesItsValue() {
    let runs = Atomic<Int>(0)
    let work = BackgroundWork { () -> Int in
      runs.add(1, ordering: .relaxed)
      return 42
    }
    work.start()
    work.start()
    #expect(work.wait() == 42)
    #expect(runs.load(ordering: .relaxed) == 1)
  }

  @Test func waitStartsWorkNotStartedYet() {
    let work = BackgroundWork { "done" }
    #expect(work.wait() == "done")
  }
}
