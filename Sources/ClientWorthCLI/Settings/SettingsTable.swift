/// The settings as Markdown tables, from their declarations: spec §2's (setting, meaning,
/// default) and the README's, which adds each flag and the limits, in English. Tests keep the
/// docs' copies equal to these.
enum SettingsTable {
  /// The table of docs/spec.md §2.
  static func spec() -> String {
    table(["setting", "meaning", "default"]) { setting in
      [setting.key, meaning(setting), setting.defaultText.englishText]
    }
  }

  /// The table of the README's Settings section.
  static func readme() -> String {
    table(["setting", "flag", "meaning", "default", "limits"]) { setting in
      [
        setting.key, setting.flag.map { "`--\($0)`" } ?? "", meaning(setting), setting.defaultText.englishText,
        setting.limits?.englishText ?? "",
      ]
    }
  }

  /// What the setting means, with its choices when it has a fixed list.
  private static func meaning(_ setting: Setting) -> String {
    guard let choices = setting.choices else { return setting.meaning.englishText }
    return setting.meaning.englishText + ": " + choices.map { "`\($0)`" }.joined(separator: " or ")
  }

  private static func table(_ header: [String], row: (Setting) -> [String]) -> String {
    var lines = [line(header), "|" + String(repeating: "---|", count: header.count)]
    lines += SettingsCatalog.all.map { line(row($0)) }
    return lines.joined(separator: "\n") + "\n"
  }

  private static func line(_ cells: [String]) -> String {
    "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |"
  }
}
