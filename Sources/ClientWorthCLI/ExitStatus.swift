/// The exit statuses of spec §6, sysexits numbers.
enum ExitStatus: Int32, Sendable, CaseIterable {
  case success = 0
  /// EX_USAGE: the command line is wrong.
  case usage = 64
  /// EX_DATAERR: an input file or the settings hold bad data.
  case dataError = 65
  /// EX_NOINPUT: an input file is missing or unreadable.
  case noInput = 66
  /// EX_CANTCREAT: the output cannot be written.
  case cannotCreate = 73

  /// What the status tells, for the man page.
  var meaning: String {
    switch self {
    case .success: "Success."
    case .usage: "The command line is wrong: an unknown option, a bad value, two options that exclude each other."
    case .dataError: "An input file or the settings hold bad data (with --strict: a row had to be skipped)."
    case .noInput: "An input file or folder is missing or cannot be read."
    case .cannotCreate: "The output cannot be written."
    }
  }
}
