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
