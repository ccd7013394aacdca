/// What a run started by `ClientWorthCLI.main` leaves for the end of the process to reclaim
/// instead of freeing: the program exits as soon as its output is written, and freeing a large
/// import entry by entry (hundreds of thousands, each letting go of its client and path) would
/// only delay that, by milliseconds at a million rows.
enum KeptUntilExit {
  // Only `main`'s thread touches it, once a run.
  nonisolated(unsafe) private static var kept: [Any] = []

  static func keep(_ value: Any) {
    kept.append(value)
  }
}
