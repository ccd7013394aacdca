import Foundation

/// Work run on a thread of its own, started when the caller chooses (or when its value is first
/// needed), so that it fills a core the caller's other work leaves idle.
///
/// A thread rather than a Dispatch queue: work here may itself split across threads
/// (`bothAtOnce`), and Dispatch runs an apply nested in another serially, or can run short of
/// pool threads when work blocks waiting for work.
public final class BackgroundWork<Value>: @unchecked Sendable {
  // `started` is touched only by the thread that made this; `work`, by it until `start` and by
  // the work's thread after; `value`, by the work's thread before it signals `done` and by `wait`
  // after it has seen the signal.
  private var work: (() -> Value)?
  private var value: Value?
  private var started = false
  private let done = DispatchSemaphore(value: 0)

  /// The work must not touch mutable state the caller touches until `wait` returns.
  public init(_ work: @escaping () -> Value) {
    self.work = work
  }

  /// Starts the work if it has not started yet. Call it only from the thread that made this.
  public func start() {
    guard !started else { return }
    started = true
    let thread = Thread { [self] in
      run()
      done.signal()
    }
    thread.start()
  }

  /// Runs the work on its thread. The work is let go of before `done` is signalled, so that once
  /// `wait` returns nothing here holds it (`bothAtOnce` checks that its closure did not escape).
  private func run() {
    guard let work else { preconditionFailure("BackgroundWork ran twice") }
    self.work = nil
    value = work()
  }

  /// The work's value, once it is done; starts it first if need be.
  public func wait() -> Value {
    start()
    done.wait()
    guard let value else { preconditionFailure("BackgroundWork signalled before its value was set") }
    return value
  }
}
