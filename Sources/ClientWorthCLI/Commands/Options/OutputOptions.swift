import Reports

/// How and where the output is written.
struct OutputOptions: ArgumentGroup {
  var format = OutputFormat.table
  var output: String?
  var color = ColorChoice.auto

  static let arguments: [Argument<Self>] = [
    .option("format", \.format, value: "format", help: "Output format."),
    .option(
      "output", short: "o", \.output, value: "file", completion: .file,
      help: "Write to this file (replaced whole, or not at all) instead of standard output."),
    .option(
      "color", \.color, value: "when",
      help: "Colour the table: auto (on a terminal, unless NO_COLOR is set or TERM is dumb), always or never."),
  ]
}

extension OutputFormat: ArgumentValue {}
