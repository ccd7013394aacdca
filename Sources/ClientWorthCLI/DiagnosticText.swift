import Domain
import Localization
import Reports

/// Diagnostics as a person reads them on standard error: text from the data made harmless, and
/// the rows of one cause in one file gathered on one line with their count and first lines, so
/// that forty rows with the same problem read as one problem (`--verbose` lists every row).
enum DiagnosticText {
  /// How many line numbers a gathered line names before it says how many more there are.
  static let linesNamed = 5

  /// One line per diagnostic, or per cause and file when `verbose` is false; each ends with `\n`.
  static func render(_ diagnostics: [Diagnostic], verbose: Bool, _ locale: TextLocale = .english) -> String {
    var text = ""
    for group in groups(diagnostics, verbose: verbose) {
      let first = group[0]
      var line = first.rendered(in: locale)
      if group.count > 1 { line += " " + locale(summary(of: group)) }
      text += PrintableText.of(line) + "\n"
    }
    return text
  }

  /// The diagnostics gathered by file, severity and cause, in the order each group first appears;
  /// a diagnostic without a cause, or any under `verbose`, stands alone.
  static func groups(_ diagnostics: [Diagnostic], verbose: Bool) -> [[Diagnostic]] {
    struct Key: Hashable {
      let file: String
      let severity: Diagnostic.Severity
      let cause: String
    }
    var groups: [[Diagnostic]] = []
    var index: [Key: Int] = [:]
    for diagnostic in diagnostics {
      guard !verbose, let cause = diagnostic.cause else {
        groups.append([diagnostic])
        continue
      }
      let key = Key(file: diagnostic.file, severity: diagnostic.severity, cause: cause)
      if let found = index[key] {
        groups[found].append(diagnostic)
      } else {
        index[key] = groups.count
        groups.append([diagnostic])
      }
    }
    return groups
  }

  /// `(47 like this, on lines 4, 5, 6, 9, 12 and 42 more; --verbose lists each)`.
  private static func summary(of group: [Diagnostic]) -> LocalizedText {
    let lines = group.compactMap(\.line)
    var places = LocalizedText.empty
    if !lines.isEmpty {
      let named = LocalizedText.same(
        "\(list: lines.prefix(linesNamed).map { .same("\(TextArgument.number(DecimalNumber($0), grouped: false))") }, .comma)"
      )
      places =
        lines.count == 1
        ? LocalizedText(en: ", on line \(named)", ar: "، في السطر \(named)")
        : LocalizedText(en: ", on lines \(named)", ar: "، في الأسطر \(named)")
      if lines.count > linesNamed {
        places =
          places
          + LocalizedText(
            en: " and \(number: lines.count - linesNamed) more", ar: " و\(number: lines.count - linesNamed) غيرها")
      }
    }
    return LocalizedText(
      en: "(\(number: group.count) like this\(places); --verbose lists each)",
      ar: "(\(number: group.count) من هذا النوع\(places)؛ ويسرد \(code: "--verbose") كلًّا منها)")
  }
}
