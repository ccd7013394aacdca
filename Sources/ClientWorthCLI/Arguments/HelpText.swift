import Localization
import Reports

/// Renders a command's help in argument-parser's layout: OVERVIEW, USAGE, ARGUMENTS, OPTIONS,
/// SUBCOMMANDS, with labels in one column and wrapped help text aligned beside them, in the run's
/// language.
struct HelpText {
  /// Width of the label column, indentation included; a longer label puts its help on the next line.
  static let labelColumn = 26

  let command: CommandInfo
  /// The terminal width to wrap to.
  let width: Int
  var locale: TextLocale = .english

  /// The whole help text, ending with a newline.
  func render() -> String {
    let overviewTitle = locale(LocalizedText(en: "OVERVIEW:", ar: "نظرة عامة:")) + " "
    let indent = DisplayWidth.of(overviewTitle)
    let overview = wrap(locale(command.abstract), indent: indent, width: width)
    var text = overviewTitle + overview.joined(separator: "\n" + String(repeating: " ", count: indent)) + "\n"
    if !command.discussion.isEmpty {
      text += "\n"
      for paragraph in locale(command.discussion).split(separator: "\n", omittingEmptySubsequences: false) {
        text += wrap(String(paragraph), indent: 0, width: width).joined(separator: "\n") + "\n"
      }
    }
    text += "\n" + locale(LocalizedText(en: "USAGE: \(command.usage)", ar: "الاستخدام: \(command.usage)")) + "\n"
    if !command.positionals.isEmpty {
      text += "\n" + locale(LocalizedText(en: "ARGUMENTS:", ar: "المعاملات:")) + "\n"
      for positional in command.positionals {
        let placeholder = "<" + locale(positional.valueName) + ">"
        text += row(
          locale.isRightToLeft ? BidiIsolate.leftToRight(placeholder) : placeholder, positional.fullHelp(locale))
      }
    }
    text += "\n" + locale(LocalizedText(en: "OPTIONS:", ar: "الخيارات:")) + "\n"
    for option in command.options { text += row(option.label(locale), option.fullHelp(locale)) }
    if !command.subcommands.isEmpty {
      text += "\n" + locale(LocalizedText(en: "SUBCOMMANDS:", ar: "الأوامر الفرعية:")) + "\n"
      for subcommand in command.subcommands { text += row(code(subcommand.name), locale(subcommand.abstract)) }
      text += row(code("help"), locale(.helpSubcommand))
      let see = LocalizedText(
        en: "See '\(code: command.fullName) help <subcommand>' for detailed help.",
        ar: "راجع «\(code: command.fullName + " help") <أمر فرعي>» للمساعدة المفصّلة.")
      text += "\n  " + locale(see) + "\n"
    }
    return text
  }

  /// A command's name as help shows it: isolated left to right in Arabic.
  private func code(_ name: String) -> String {
    locale.isRightToLeft ? BidiIsolate.leftToRight(name) : name
  }

  /// One label with its help, wrapped so every line starts in the help column.
  private func row(_ label: String, _ help: String) -> String {
    let indent = HelpText.labelColumn
    let lines = wrap(help, indent: indent, width: max(width, indent + 20))
    let head = "  " + label
    let headWidth = DisplayWidth.of(head)
    if headWidth + 2 <= indent {
      let first = head + String(repeating: " ", count: indent - headWidth) + (lines.first ?? "")
      return ([first] + lines.dropFirst().map { String(repeating: " ", count: indent) + $0 })
        .joined(separator: "\n") + "\n"
    }
    return ([head] + lines.map { String(repeating: " ", count: indent) + $0 }).joined(separator: "\n") + "\n"
  }

  /// Words of `text` in lines no wider than `width - indent` (a longer word gets a line of its own).
  private func wrap(_ text: String, indent: Int, width: Int) -> [String] {
    TextWrap.words(text, width: max(width - indent, 20))
  }
}

extension LocalizedText {
  /// The `help` subcommand, in help and completions.
  static let helpSubcommand = LocalizedText(en: "Show help for a subcommand.", ar: "اعرض المساعدة لأمر فرعي.")
}
