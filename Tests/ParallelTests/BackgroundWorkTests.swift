import Testing

@testable import Parallel

@Suite struct BackgroundWorkTests {
  @Test func bothAtOnceReturnsBothResultsEachTime() {
    // Many short runs: `withoutActuallyEscaping` traps if the second thread still holds its
    // closure when `bothAtOnce` returns, a window only repetition opens.
    for round in 0..<2_000 {
      var shared = [Int](repeating: 0, count: 2)
      let (first, second) = shared.withUnsafeMutableBufferPointer { slots in
        bothAtOnce(
          { () -> String in
            slots[0] = round
            return "first \(round)"
          },
          { () -> Int in
            slots[1] = -round
            return round * 2
          })
      }
      #expect(first == "first \(round)")
      #expect(second == round * 2)
      #expect(shared == [round, -round])
    }
  }

  @Test func workStartsOnceAndWaitGivesItsValue() {
    var runs = 0
    let work = BackgroundWork { () -> Int in
      runs += 1
      return 42
    }
    work.start()
    work.start()
    #expect(work.wait() == 42)
    #expect(runs == 1)
  }

  @Test func waitStartsWorkNotStartedYet() {
    let work = BackgroundWork { "done" }
    #expect(work.wait() == "done")
  }
}
