import Localization

/// What to read: the input files and the settings file.
struct InputOptions: ArgumentGroup {
  var files: [String] = []
  var config: String?
  var recursive = false

  static let arguments: [Argument<Self>] = [
    .positionals(
      "file", \.files, value: .fileValue, completion: .file,
      help: LocalizedText(
        en: "A CSV file, or a folder whose *.csv files are all read (default: the current folder); a file "
          + "of a folder that matches no format is left out with a warning (an error with --strict).",
        ar: "ملف \(code: "CSV")، أو مجلد تُقرأ كل ملفات \(code: "*.csv") فيه (الافتراضي: المجلد الحالي)؛ "
          + "ويُستبعد ملف المجلد الذي لا يطابق أي صيغة مع تحذير (وخطأ مع \(code: "--strict")).")),
    .option(
      "config", \.config, value: .fileValue, completion: .file,
      help: LocalizedText(
        en: "Read settings from this file instead of ./clientworth.json.",
        ar: "اقرأ الإعدادات من هذا الملف بدلًا من \(code: "./clientworth.json").")),
    .flag(
      "recursive", short: "r", \.recursive,
      help: LocalizedText(
        en: "Read the *.csv files of a folder's sub-folders too.",
        ar: "اقرأ أيضًا ملفات \(code: "*.csv") في المجلدات الفرعية للمجلد.")),
  ]
}
