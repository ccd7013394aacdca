/// What to read: the input files and the settings file.
struct InputOptions: ArgumentGroup {
  var files: [String] = []
  var config: String?

  static let arguments: [Argument<Self>] = [
    .positionals(
      "file", \.files, completion: .file,
      help: "A CSV file, or a folder whose *.csv files are all read (default: the current folder)."),
    .option(
      "config", \.config, value: "file", completion: .file,
      help: "Read settings from this file instead of ./clientworth.json."),
  ]
}
