import Localization
import Reports

/// How and where the output is written.
struct OutputOptions: ArgumentGroup {
  var format = OutputFormat.table
  var output: String?
  var color = ColorChoice.auto

  static let arguments: [Argument<Self>] = [
    .option("format", \.format, value: .formatValue, help: LocalizedText(en: "Output format.", ar: "صيغة الناتج.")),
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
