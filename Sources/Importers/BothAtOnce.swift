import Dispatch

/// Runs `first` and `second` at once, on two threads, and returns both results when both are done.
/// The two must not touch the same mutable state.
func bothAtOnce<First, Second>(_ first: () -> First, _ second: () -> Second) -> (First, Second) {
  let results = PairOfResults<First, Second>()
  withoutActuallyEscaping(first) { first in
    withoutActuallyEscaping(second) { second in
      let work = PairOfWork(first: first, second: second)
      DispatchQueue.concurrentPerform(iterations: 2) { index in
        if index == 0 { results.first = work.first() } else { results.second = work.second() }
      }
    }
  }
  guard let first = results.first, let second = results.second else {
    preconditionFailure("concurrentPerform returned before both pieces of work were done")
  }
  return (first, second)
}

/// Each result is written by one thread and read only after both are done.
private final class PairOfResults<First, Second>: @unchecked Sendable {
  var first: First?
  var second: Second?
}

/// Each piece of work is called by one thread; the caller vouches that they share nothing mutable.
private struct PairOfWork<First, Second>: @unchecked Sendable {
  let first: () -> First
  let second: () -> Second
}
