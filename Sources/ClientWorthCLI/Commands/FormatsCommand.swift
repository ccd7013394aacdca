import Foundation
import Importers

/// `clientworth formats`: every file layout ClientWorth recognises, with the columns each needs,
/// where to export it and where its facts come from.
struct FormatsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    name: "formats",
    abstract: "List every file format ClientWorth recognises, with its required and optional columns.",
    discussion: """
      A file is recognised by its header alone, never by its name: the format whose required columns \
      are all present wins. Column names match whatever their case and spacing; '(<currency>)' stands \
      for a currency code in the header, such as 'Amount (USD)'.
      """)

  static let arguments: [Argument<Self>] = []

  func run(_ context: RunContext, stderr: inout some TextOutputStream) throws(CLIError) -> CommandOutput {
    CommandOutput(text: Self.render(width: context.width))
  }

  /// The listing, one block per format, wrapped to `width`.
  static func render(formats: [ExportFormat] = FormatRecognizer.knownFormats, width: Int) -> String {
    var text = ""
    for format in formats {
      text += "\(format.name) (\(format.kind.rawValue))\n"
      text += field("required", requiredNames(format).map(displayName).joined(separator: ", "), width: width)
      let optional = format.optionalNames.map(displayName)
      text += field("optional", optional.isEmpty ? "none" : optional.joined(separator: ", "), width: width)
      if !format.export.isEmpty { text += field("export", format.export, width: width) }
      if !format.source.isEmpty { text += field("source", format.source, width: width) }
      text += "\n"
    }
    return text
  }

  /// The required columns with every name each may carry: `Date (UTC) / Created (UTC)`, and
  /// `Duration (h) or Duration (decimal)` for a choice between columns.
  private static func requiredNames(_ format: ExportFormat) -> [String] {
    let names = { (column: ExportFormat.Column) in column.names.joined(separator: " / ") }
    return format.columns.filter(\.required).map(names)
      + format.requiredOneOf.map { group in
        group.compactMap { field in format.columns.first { $0.field == field }.map(names) }.joined(separator: " or ")
      }
  }

  /// `Amount (*)` as a person reads it: `Amount (<currency>)`.
  private static func displayName(_ name: String) -> String {
    name.replacingOccurrences(of: "(*)", with: "(<currency>)")
  }

  /// `  required: a, b, c` with continuation lines aligned under the first word.
  private static func field(_ label: String, _ value: String, width: Int) -> String {
    let head = "  " + label + ": " + String(repeating: " ", count: max(0, 8 - label.count))
    let indent = String(repeating: " ", count: head.count)
    var lines: [String] = []
    var line = ""
    for word in value.split(separator: " ") {
      if line.isEmpty {
        line = String(word)
      } else if head.count + line.count + 1 + word.count <= max(width, head.count + 20) {
        line += " " + word
      } else {
        lines.append(line)
        line = String(word)
      }
    }
    lines.append(line)
    return head + lines.joined(separator: "\n" + indent) + "\n"
  }
}
