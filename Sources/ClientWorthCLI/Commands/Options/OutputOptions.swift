import Localization
import Reports

/// How and where the output is written.
struct OutputOptions: ArgumentGroup {
  var format = OutputFormat.table
  var output: String?
  var color = ColorChoice.auto

  static let arguments: [Argument<Self>] = arguments(formats: OutputFormat.allCases)

  /// The options of a command that writes only `formats`.
  static func arguments(formats: [OutputFormat]) -> [Argument<Self>] {
    [format(formats)] + shared
  }

  /// `--format`, its choices the formats the command writes.
  private static func format(_ formats: [OutputFormat]) -> Argument<Self> {
    let names = formats.map(\.rawValue)
    let info = ArgumentInfo(
      name: "format", kind: .option, valueName: .formatValue,
      help: LocalizedText(en: "Output format.", ar: "صيغة الناتج."),
      defaultText: .same("\(code: Self().format.rawValue)"), choices: names, completion: .choices(names))
    return Argument(info) { (options: inout Self, text: String) throws(ArgumentValueError) in
      guard let format = OutputFormat(rawValue: text), formats.contains(format) else {
        throw .notOneOf(names, typed: text)
      }
      options.format = format
    }
  }

  private static let shared: [Argument<Self>] = [
    .option(
      "output", short: "o", \.output, value: .fileValue, completion: .file,
      help: LocalizedText(
        en: "Write to this file (replaced whole, or not at all) instead of standard output.",
        ar: "اكتب في هذا الملف (يُستبدل كاملًا أو لا يُمس) بدلًا من الناتج القياسي.")),
    .option(
      "color", \.color, value: .whenValue,
      help: LocalizedText(
        en: "Colour the table: auto (on a terminal, unless NO_COLOR is set or TERM is dumb), always or never.",
        ar: "لوّن الجدول: \(code: "auto") (في الطرفية، ما لم يُضبط \(code: "NO_COLOR") أو تكن قيمة \(code: "TERM") "
          + "هي \(code: "dumb"))، أو \(code: "always")، أو \(code: "never").")),
  ]
}

extension OutputFormat: ArgumentValue {}
