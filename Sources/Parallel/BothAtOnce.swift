import Synchronization

/// Runs `first` on this thread and `second` at once on a thread of its own, and returns both
/// results when both are done. `second` is `@Sendable`: the compiler checks that it shares no
/// mutable state with `first`.
public func bothAtOnce<First, Second: Sendable>(
  _ first: () -> First, _ second: @escaping @Sendable () -> Second
) -> (First, Second) {
  let background = BackgroundWork(second)
  background.start()
  let firstResult = first()
  return (firstResult, background.wait())
}

/// Runs `first` on this thread and `second` at once on a thread of its own, handing `value` over
/// to `second` whole: the second thread then owns it alone, so changing it there copies nothing
/// (a value captured by the closure would be shared with the caller, and copied on its first
/// change).
public func bothAtOnce<First, Value: Sendable, Second: Sendable>(
  _ first: () -> First, handing value: consuming Value, to second: @escaping @Sendable (consuming Value) -> Second
) -> (First, Second) {
  let handoff = Handoff(value)
  return bothAtOnce(first, { second(handoff.take()) })
}

/// A value on its way from one thread to another, taken out once by the thread it is for.
private final class Handoff<Value: Sendable>: Sendable {
  private let slot: Mutex<Value?>

  init(_ value: consuming Value) {
    slot = Mutex(Optional(value))
  }

  func take() -> Value {
    guard let value = slot.withLock({ $0.take() }) else { preconditionFailure("Handoff.take called twice") }
    return value
  }
}
