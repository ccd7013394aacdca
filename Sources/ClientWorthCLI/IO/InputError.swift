/// An input that cannot be read (exit 66): a missing file or folder, an unreadable one, a folder
/// with no CSV file, a `--config` file that does not exist, a device, an input over its size limit.
struct InputError: Error, Equatable, Sendable {
  /// The path as the user gave it (or as found inside a folder they gave).
  let path: String
  let message: String

  static func missing(_ path: String) -> InputError {
    InputError(path: path, message: "no such file or folder")
  }
  static func unreadable(_ path: String, _ reason: String) -> InputError {
    InputError(path: path, message: "cannot read: \(reason)")
  }
  static func noCSV(_ path: String) -> InputError {
    // `.` alone reads badly as a file name; say what it is.
    path == "."
      ? InputError(path: "", message: "the current folder has no *.csv file; name the files or a folder to read")
      : InputError(path: path, message: "the folder has no *.csv file")
  }
  static func missingConfig(_ path: String) -> InputError {
    InputError(path: path, message: "settings file not found (given with --config)")
  }
  static func notAFile(_ path: String, _ what: String) -> InputError {
    InputError(path: path, message: "cannot read: it is \(what), not a file (use - to read standard input)")
  }
  static func tooLarge(_ path: String, limit: Int) -> InputError {
    InputError(path: path, message: "cannot read: larger than \(byteCount(limit)), the most one input may be")
  }
  static func standardInputTwice() -> InputError {
    InputError(path: "", message: "- (standard input) can be named only once")
  }

  /// `16 GiB`, `1 GiB`, `16 MiB`.
  private static func byteCount(_ bytes: Int) -> String {
    bytes >= 1 << 30 ? "\(bytes >> 30) GiB" : "\(bytes >> 20) MiB"
  }
}
