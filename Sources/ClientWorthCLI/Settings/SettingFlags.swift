/// The settings the command line gives (`--cost-rate 60`), each checked as it is read and kept to
/// be applied over the settings file.
struct SettingFlags: ArgumentGroup {
  var assignments: [SettingAssignment] = []

  /// Every setting's flag, in the spec's order.
  static let arguments = SettingsCatalog.all.compactMap(\.flagArgument)
}
