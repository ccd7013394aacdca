import Localization

/// What to read: the input files and the settings file.
struct InputOptions: ArgumentGroup {
  var files: [String] = []
  var config: String?

  static let arguments: [Argument<Self>] = [
    .positionals(
      "file", \.files, value: .fileValue, completion: .file,
      help: LocalizedText(
        en: "A CSV file, or a folder whose *.csv files are all read (default: the current folder).",
        ar: "ملف \(code: "CSV")، أو مجلد تُقرأ كل ملفات \(code: "*.csv") فيه (الافتراضي: المجلد الحالي).")),
    .option(
      "config", \.config, value: .fileValue, completion: .file,
      help: LocalizedText(
        en: "Read settings from this file instead of ./clientworth.json.",
        ar: "اقرأ الإعدادات من هذا الملف بدلًا من \(code: "./clientworth.json").")),
  ]
}
