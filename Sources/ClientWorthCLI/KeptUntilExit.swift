/// What a run started by `ClientWorthCLI.main` leaves for the end of the process to reclaim
/// instead of freeing: the program exits as soon as its output is written, and freeing a large
/// import entry by entry (hundreds of thousands, each letting go of its client and path) would
/// only delay that, by milliseconds at a million rows.
enum KeptUntilExit {
  /// Keeps `value` alive until the process ends (one reference is never given back).
  static func keep(_ value: some Sendable) {
    _ = Unmanaged.passRetained(Kept(value))
  }

  private final class Kept<Value: Sendable>: Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
  }
}
