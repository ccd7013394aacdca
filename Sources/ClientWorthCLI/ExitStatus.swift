/// The exit statuses of spec §6, sysexits numbers.
enum ExitStatus: Int32, Sendable {
  case success = 0
  /// EX_USAGE: the command line is wrong.
  case usage = 64
  /// EX_DATAERR: an input file or the settings hold bad data.
  case dataError = 65
  /// EX_NOINPUT: an input file is missing or unreadable.
  case noInput = 66
  /// EX_CANTCREAT: the output cannot be written.
  case cannotCreate = 73
}
