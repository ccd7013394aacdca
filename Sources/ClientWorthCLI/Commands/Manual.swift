/// The man page (docs/clientworth.1), in English: the commands and the settings as declared, the
/// exit statuses, the environment. A test keeps the checked-in page equal to this.
enum Manual {
  static func page() -> String {
    ManPage(
      root: RootCommand.info(), version: RootCommand.version,
      sections: [settings, exitStatus, environment, seeAlso]
    ).render()
  }

  private static var settings: ManPage.Section {
    ManPage.Section(
      title: "Settings",
      paragraphs: [
        "Settings come from --config FILE, else clientworth.json in the working folder, else the "
          + "clientworth.json inside the first folder given. Every setting with a flag can be given on the "
          + "command line, and the flag wins over the file. A value outside its limits is an error (exit 65, "
          + "or 64 for a flag) that names them."
      ],
      items: SettingsCatalog.all.map { setting in
        let flag = setting.flag.map { ", --\($0) \(setting.valueName.englishText)" } ?? ""
        var notes = setting.limits.map { [$0.englishText] } ?? []
        notes.append("default: " + setting.defaultText.englishText)
        return (
          setting.key + flag, Setting.sentence(setting.meaning).englishText + " (" + notes.joined(separator: "; ") + ")"
        )
      })
  }

  private static var exitStatus: ManPage.Section {
    ManPage.Section(
      title: "Exit status", items: ExitStatus.allCases.map { (String($0.rawValue), $0.meaning.englishText) })
  }

  private static var environment: ManPage.Section {
    ManPage.Section(
      title: "Environment",
      items: [
        ("NO_COLOR", "When set, the output has no colour (unless --color always)."),
        ("TERM", "dumb: no colour (unless --color always)."),
        ("COLUMNS", "The width to lay the output out in; otherwise the terminal's, or no limit when piped."),
        (
          "LC_ALL, LC_MESSAGES, LANG",
          "The language of the output when --lang is not given: the first of them that is set decides; a locale in "
            + "Arabic (ar, ar_EG.UTF-8) gives Arabic, any other English."
        ),
      ])
  }

  private static var seeAlso: ManPage.Section {
    ManPage.Section(
      title: "See also",
      paragraphs: [
        "docs/spec.md for what every figure means, docs/formats.md for the files read, docs/output.md for "
          + "the output formats."
      ])
  }
}
