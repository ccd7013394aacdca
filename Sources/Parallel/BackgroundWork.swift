import Foundation
import Synchronization

/// Work run on a thread of its own, started when the caller chooses (or when its value is first
/// needed), so that it fills a core the caller's other work leaves idle.
///
/// A thread rather than a Dispatch queue: work here may itself split across threads
/// (`bothAtOnce`), and Dispatch runs an apply nested in another serially, or can run short of
/// pool threads when work blocks waiting for work. The work is `@Sendable` and its value
/// `Sendable`, so the compiler checks that the two threads share nothing they could both change.
public final class BackgroundWork<Value: Sendable>: Sendable {
  private enum Stage {
    case waiting(@Sendable () -> Value)
    case running
    case done(Value)
    case taken
  }

  private let stage: Mutex<Stage>
  private let finished = DispatchSemaphore(value: 0)

  public init(_ work: @escaping @Sendable () -> Value) {
    stage = Mutex(.waiting(work))
  }

  /// Starts the work if it has not started yet.
  public func start() {
    let work: (@Sendable () -> Value)? = stage.withLock { stage in
      guard case .waiting(let work) = stage else { return nil }
      stage = .running
      return work
    }
    guard let work else { return }
    let thread = Thread { [self] in
      let value = work()
      stage.withLock { $0 = .done(value) }
      finished.signal()
    }
    thread.start()
  }

  /// The work's value, once it is done; starts it first if need be. Call it once.
  public func wait() -> Value {
    start()
    finished.wait()
    return stage.withLock { stage in
      guard case .done(let value) = stage else { preconditionFailure("BackgroundWork.wait called twice") }
      stage = .taken
      return value
    }
  }
}
