import Localization

/// The output cannot be written (exit 73): its folder is missing or not writable, the disk is full.
struct OutputError: Error, Equatable, Sendable {
  /// The `--output` path as the user gave it.
  let path: String
  let reason: LocalizedText
}
