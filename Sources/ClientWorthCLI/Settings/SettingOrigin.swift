/// Where a setting's value was written, so that a problem found later (a cost rate with more
/// decimals than the report currency has) can name the place.
enum SettingOrigin: Sendable, Equatable {
  /// A key of a settings file, at a line and column.
  case file(path: String, keyPath: String, line: Int, column: Int)
  /// A command-line option, as help shows it: `--cost-rate <amount>`.
  case flag(label: String)
}
