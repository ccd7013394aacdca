import Domain
import Importers
import Localization
import Reports

/// The text `clientworth inspect` prints: one block per file in the order given, then the
/// clients the time logs and the invoices do not share.
struct InspectionText {
  let files: [InputFile]
  /// The import of the files that could be read; nil when none could.
  let result: ImportResult?
  /// The error of each file that could not be read, by path.
  let failures: [String: ImportError]
  /// The folder entries that were not read (pipes, devices, broken links).
  var leftOut: [Diagnostic] = []
  var locale: TextLocale = .english
  /// The width to lay lines out in (a list of clients or a diagnostic wraps, indented).
  var width = Int.max

  /// The text, with every character from the data that could drive a terminal made harmless.
  func render() -> String {
    var blocks = files.map { file in block(for: file.path) }
    if !leftOut.isEmpty {
      blocks.append(
        locale(LocalizedText(en: "Left out:", ar: "مستبعد:")) + "\n"
          + leftOut.map { wrapped($0.rendered(in: locale), indent: "    ", firstIndent: "  ") }.joined())
    }
    if let result, let clients = clientsBlock(result) { blocks.append(clients) }
    if let result {
      let paths = Set(files.map(\.path))
      let other = result.diagnostics.filter { !paths.contains($0.file) }
      if !other.isEmpty {
        blocks.append(
          locale(LocalizedText(en: "Other diagnostics:", ar: "ملاحظات أخرى:")) + "\n"
            + other.map { wrapped($0.rendered(in: locale), indent: "    ", firstIndent: "  ") }.joined())
      }
    }
    return PrintableText.lines(blocks.joined(separator: "\n"))
  }

  private static let labels = [
    LocalizedText(en: "format", ar: "الصيغة"), LocalizedText(en: "encoding", ar: "الترميز"),
    LocalizedText(en: "rows", ar: "الصفوف"), LocalizedText(en: "dates", ar: "التواريخ"),
    LocalizedText(en: "clients", ar: "العملاء"), LocalizedText(en: "diagnostics", ar: "الملاحظات"),
  ]

  /// `text` in lines of at most `width` columns, the first after `firstIndent`, the others after
  /// `indent`, each ended.
  private func wrapped(_ text: String, indent: String, firstIndent: String) -> String {
    TextWrap.lines(text, width: width, indent: indent, firstIndent: firstIndent).map { $0 + "\n" }.joined()
  }

  /// `  format:      ` with the values of a block lined up after the longest label.
  private func label(_ index: Int) -> String {
    let texts = Self.labels.map { locale($0) + ":" }
    let width = texts.map(DisplayWidth.of).max() ?? 0
    return "  " + texts[index] + String(repeating: " ", count: width - DisplayWidth.of(texts[index]) + 1)
  }

  private func block(for path: String) -> String {
    var text = locale(.same("\(path: path)")) + "\n"
    if let error = failures[path] {
      let lines = ErrorPresenter.present(.importFailed(error), locale: locale).message.split(separator: "\n")
      text +=
        "  " + locale(LocalizedText(en: "not read:", ar: "لم يُقرأ:")) + " "
        + (lines.first.map(String.init) ?? "") + "\n"
      return text + lines.dropFirst().map { "  \($0)\n" }.joined()
    }
    guard let result, let summary = result.files.first(where: { $0.path == path }) else { return text }
    let kind = summary.kind.map { LocalizedText.same(" (\($0.text))") } ?? .empty
    text += label(0) + locale(.same("\(code: summary.format)\(kind)")) + "\n"
    text +=
      label(1)
      + locale(
        LocalizedText(
          en: "\(code: summary.encoding), delimiter \(Self.name(of: summary.delimiter))",
          ar: "\(code: summary.encoding)، والفاصل \(Self.name(of: summary.delimiter))")) + "\n"
    text +=
      label(2)
      + locale(
        LocalizedText(
          en: "\(plain: summary.rowsRead) read, \(plain: summary.rowsImported) imported, "
            + "\(plain: summary.rowsSkipped) skipped",
          ar: "المقروءة \(plain: summary.rowsRead)، والمستوردة \(plain: summary.rowsImported)، والمتخطّاة "
            + "\(plain: summary.rowsSkipped)")) + "\n"
    if let first = summary.firstDay, let last = summary.lastDay {
      text +=
        label(3) + locale(LocalizedText(en: "\(day: first) to \(day: last)", ar: "من \(day: first) إلى \(day: last)"))
        + "\n"
    } else {
      text += label(3) + locale(.none) + "\n"
    }
    let clients = summary.clients.map { result.ledger.clients.displayName(for: $0) }.sorted()
    let names = clients.map { LocalizedText.same("\(name: $0)") }
    let clientsLabel = label(4)
    // Names such as "Seshan, Venkat" would run together in a comma list.
    let separator: TextArgument.ListStyle =
      clients.contains { $0.contains(",") || $0.contains("،") } ? .semicolon : .comma
    text += wrapped(
      locale(clients.isEmpty ? .none : .same("\(list: names, separator)")),
      indent: String(repeating: " ", count: DisplayWidth.of(clientsLabel)), firstIndent: clientsLabel)
    let diagnostics = result.diagnostics.filter { $0.file == path }
    if diagnostics.isEmpty {
      text += label(5) + locale(.none) + "\n"
    } else {
      text +=
        label(5).trimmingTrailingSpaces() + "\n"
        + diagnostics.map { wrapped($0.rendered(in: locale), indent: "      ", firstIndent: "    ") }.joined()
    }
    return text
  }

  /// The clients found on one side only, with the alias line to add; nil when the data has no
  /// time logs or no invoices to compare.
  private func clientsBlock(_ result: ImportResult) -> String? {
    guard !result.ledger.timeEntries.isEmpty, !result.ledger.invoices.isEmpty else { return nil }
    guard !result.clientMismatches.isEmpty else {
      return locale(
        LocalizedText(
          en: "Clients: the time logs and the invoices name the same clients.",
          ar: "العملاء: تذكر سجلات الوقت والفواتير العملاء أنفسهم.")) + "\n"
    }
    var text = ""
    for side in [ClientMismatch.Side.timeLogs, .invoices] {
      let mismatches = result.clientMismatches.filter { $0.side == side }
      guard !mismatches.isEmpty else { continue }
      let other = side.other
      text +=
        locale(
          LocalizedText(
            en: "Clients in \(side.text) but not in \(other):", ar: "عملاء في \(side.text) وليسوا في \(other):")) + "\n"
      for mismatch in mismatches {
        guard let suggestion = mismatch.suggestion, let aliasLine = mismatch.aliasLine else {
          text += wrapped(
            locale(
              LocalizedText(
                en: "\(name: mismatch.name): no close name in \(other)",
                ar: "\(name: mismatch.name): لا اسم قريبًا منه في \(other)")),
            indent: "    ", firstIndent: "  ")
          continue
        }
        text += wrapped(
          locale(
            LocalizedText(
              en: "\(name: mismatch.name): closest in \(other) is '\(name: suggestion)'",
              ar: "\(name: mismatch.name): أقرب اسم إليه في \(other) هو «\(name: suggestion)»")),
          indent: "    ", firstIndent: "  ")
        // The line to copy stays whole: on a line of its own when the sentence and it do not fit one.
        let advice = locale(
          LocalizedText(
            en: "if they are one client, add to \"aliases\" in clientworth.json:",
            ar: "إن كانا عميلًا واحدًا، فأضف إلى \(code: "\"aliases\"") في \(code: "clientworth.json"):"))
        let copied = locale(.same("\(code: aliasLine)"))
        if DisplayWidth.of("    " + advice + " " + copied) <= width {
          text += "    " + advice + " " + copied + "\n"
        } else {
          text += wrapped(advice, indent: "      ", firstIndent: "    ") + "      " + copied + "\n"
        }
      }
    }
    return text
  }

  private static func name(of delimiter: Character) -> LocalizedText {
    switch delimiter {
    case ",": LocalizedText(en: "comma", ar: "فاصلة")
    case ";": LocalizedText(en: "semicolon", ar: "فاصلة منقوطة")
    case "\t": LocalizedText(en: "tab", ar: "مسافة جدولة")
    case "|": LocalizedText(en: "pipe", ar: "خط عمودي")
    default: .same("'\(code: String(delimiter))'")
    }
  }
}

extension ClientMismatch.Side {
  /// `time logs`, `invoices`.
  var text: LocalizedText {
    switch self {
    case .timeLogs: LocalizedText(en: "time logs", ar: "سجلات الوقت")
    case .invoices: LocalizedText(en: "invoices", ar: "الفواتير")
    }
  }

  /// The side the client is missing from.
  var other: LocalizedText { self == .timeLogs ? ClientMismatch.Side.invoices.text : ClientMismatch.Side.timeLogs.text }
}

extension String {
  fileprivate func trimmingTrailingSpaces() -> String {
    var text = self
    while text.last == " " { text.removeLast() }
    return text
  }
}
