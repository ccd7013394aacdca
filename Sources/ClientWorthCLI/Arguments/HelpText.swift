/// Renders a command's help in argument-parser's layout: OVERVIEW, USAGE, ARGUMENTS, OPTIONS,
/// SUBCOMMANDS, with labels in one column and wrapped help text aligned beside them.
struct HelpText {
  /// Width of the label column, indentation included; a longer label puts its help on the next line.
  static let labelColumn = 26

  let command: CommandInfo
  /// The terminal width to wrap to.
  let width: Int

  /// The whole help text, ending with a newline.
  func render() -> String {
    let overview = wrap(command.abstract, indent: 10, width: width)
    var text = "OVERVIEW: " + overview.joined(separator: "\n" + String(repeating: " ", count: 10)) + "\n"
    if !command.discussion.isEmpty {
      text += "\n"
      for paragraph in command.discussion.split(separator: "\n", omittingEmptySubsequences: false) {
        text += wrap(String(paragraph), indent: 0, width: width).joined(separator: "\n") + "\n"
      }
    }
    text += "\nUSAGE: \(command.usage)\n"
    if !command.positionals.isEmpty {
      text += "\nARGUMENTS:\n"
      for positional in command.positionals { text += row("<\(positional.name)>", positional.fullHelp) }
    }
    text += "\nOPTIONS:\n"
    for option in command.options { text += row(option.label, option.fullHelp) }
    if !command.subcommands.isEmpty {
      text += "\nSUBCOMMANDS:\n"
      for subcommand in command.subcommands { text += row(subcommand.name, subcommand.abstract) }
      text += row("help", "Show help for a subcommand.")
      text += "\n  See '\(command.fullName) help <subcommand>' for detailed help.\n"
    }
    return text
  }

  /// One label with its help, wrapped so every line starts in the help column.
  private func row(_ label: String, _ help: String) -> String {
    let indent = HelpText.labelColumn
    let lines = wrap(help, indent: indent, width: max(width, indent + 20))
    let head = "  " + label
    if head.count + 2 <= indent {
      let first = head + String(repeating: " ", count: indent - head.count) + (lines.first ?? "")
      return ([first] + lines.dropFirst().map { String(repeating: " ", count: indent) + $0 })
        .joined(separator: "\n") + "\n"
    }
    return ([head] + lines.map { String(repeating: " ", count: indent) + $0 }).joined(separator: "\n") + "\n"
  }

  /// Words of `text` in lines no wider than `width - indent` (a longer word gets a line of its own).
  private func wrap(_ text: String, indent: Int, width: Int) -> [String] {
    let room = max(width - indent, 20)
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ") {
      if line.isEmpty {
        line = String(word)
      } else if line.count + 1 + word.count <= room {
        line += " " + word
      } else {
        lines.append(line)
        line = String(word)
      }
    }
    if !line.isEmpty || lines.isEmpty { lines.append(line) }
    return lines
  }
}
