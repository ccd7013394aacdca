import Localization

/// A command tree as a man page (roff, `man 7 man`): name, synopsis, description, every command
/// with its options, then the sections the program adds (settings, exit status, …).
///
/// The options most commands share are listed once, under SHARED OPTIONS, so that each command's
/// section shows what is its own. The page is in English.
struct ManPage {
  /// A section after the commands: paragraphs, then tagged items.
  struct Section: Sendable {
    let title: String
    var paragraphs: [String] = []
    var items: [(tag: String, text: String)] = []
  }

  let root: CommandInfo
  /// `clientworth 0.1.0`, shown in the page's footer.
  let version: String
  let sections: [Section]

  /// Commands with more options than this share theirs under SHARED OPTIONS.
  private static let sharingThreshold = 10

  func render() -> String {
    var lines = [
      ".\\\" Generated from the command declarations; do not edit (see the README).",
      ".TH \(root.name.uppercased()) 1 \"\" \"\(version)\" \"User Commands\"",
      ".SH NAME", "\(root.name) \\- " + text(lowercasingFirst(english(root.abstract))),
      ".SH SYNOPSIS", ".B \(root.name)", ".I command", "[\\fIoptions\\fR] [\\fIfile\\fR ...]",
      ".SH DESCRIPTION", text(english(root.discussion)),
      ".SH COMMANDS",
    ]
    let sharing = root.subcommands.filter { $0.options.count > Self.sharingThreshold }
    let shared =
      sharing.first?.options.filter { option in
        sharing.allSatisfy { $0.options.contains(option) } && !CommandInfo.standardOptions.contains(option)
      } ?? []
    for command in root.subcommands {
      lines += [".SS \"\(text(english(command.usage)))\"", text(english(command.abstract))]
      if !command.discussion.isEmpty { lines += [".PP", text(english(command.discussion))] }
      for positional in command.positionals { lines += item(positional) }
      let sharesAll = !shared.isEmpty && shared.allSatisfy(command.options.contains)
      if sharesAll { lines += [".PP", "Takes the shared options, and:"] }
      for option in command.options
      where !CommandInfo.standardOptions.contains(option) && !(sharesAll && shared.contains(option)) {
        lines += item(option)
      }
    }
    if !shared.isEmpty {
      let names = sharing.map { "\\fB\($0.name)\\fR" }.joined(separator: ", ")
      lines += [".SH SHARED OPTIONS", "Options of \(names):"]
      for option in shared { lines += item(option) }
    }
    lines += [".SH OPTIONS", "Every command takes:"]
    for option in CommandInfo.standardOptions { lines += item(option) }
    for section in sections {
      lines.append(".SH \(section.title.uppercased())")
      for (index, paragraph) in section.paragraphs.enumerated() {
        lines += (index > 0 ? [".PP"] : []) + [text(paragraph)]
      }
      for (tag, body) in section.items { lines += [".TP", "\\fB\(text(tag))\\fR", text(body)] }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// `.TP` with the label in bold (the placeholder in italics) and the help.
  private func item(_ argument: ArgumentInfo) -> [String] {
    var label: String
    switch argument.kind {
    case .positional, .positionals, .optionalPositional:
      label = "\\fI\(text(english(argument.valueName)))\\fR" + (argument.kind == .positionals ? " ..." : "")
    case .flag, .option, .repeatingOption:
      label = (argument.short.map { "\\fB\\-\($0)\\fR, " } ?? "") + "\\fB\(text(argument.longFlag))\\fR"
      if argument.takesValue { label += " \\fI\(text(english(argument.valueName)))\\fR" }
    }
    return [".TP", label, text(argument.fullHelp(.english))]
  }

  private func english(_ text: LocalizedText) -> String { text.englishText }

  private func lowercasingFirst(_ text: String) -> String { text.prefix(1).lowercased() + text.dropFirst() }

  /// Text safe in roff: backslashes and minus signs escaped, no line starting with a control
  /// character, characters beyond ASCII as `\[uXXXX]`.
  private func text(_ raw: String) -> String {
    var result = ""
    for scalar in raw.unicodeScalars {
      switch scalar {
      case "\\": result += "\\e"
      case "-": result += "\\-"
      case "\n": result += "\n"
      default:
        if scalar.isASCII {
          result.unicodeScalars.append(scalar)
        } else {
          result += "\\[u" + String(String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)) + "]"
        }
      }
    }
    return result.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      line.hasPrefix(".") || line.hasPrefix("'") ? "\\&" + line : String(line)
    }.joined(separator: "\n")
  }
}

extension String {
  /// The text with zeros in front up to `width` characters: `41` → `0041`.
  fileprivate func leftPadded(to width: Int) -> String {
    String(repeating: "0", count: max(0, width - count)) + self
  }
}
