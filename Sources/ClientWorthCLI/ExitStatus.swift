import Localization

/// The exit statuses of spec §6, sysexits numbers.
enum ExitStatus: Int32, Sendable, CaseIterable {
  case success = 0
  /// EX_USAGE: the command line is wrong.
  case usage = 64
  /// EX_DATAERR: an input file or the settings hold bad data.
  case dataError = 65
  /// EX_NOINPUT: an input file is missing or unreadable.
  case noInput = 66
  /// EX_CANTCREAT: the output cannot be written.
  case cannotCreate = 73

  /// What the status tells, for the man page.
  var meaning: LocalizedText {
    switch self {
    case .success: LocalizedText(en: "Success.", ar: "نجاح.")
    case .usage:
      LocalizedText(
        en: "The command line is wrong: an unknown option, a bad value, two options that exclude each other.",
        ar: "سطر الأوامر خاطئ: خيار غير معروف، أو قيمة غير صالحة، أو خياران لا يجتمعان.")
    case .dataError:
      LocalizedText(
        en: "An input file or the settings hold bad data (with --strict: a row had to be skipped).",
        ar: "في أحد ملفات الإدخال أو في الإعدادات بيانات غير صالحة (ومع \(code: "--strict"): تُخطّي صف).")
    case .noInput:
      LocalizedText(
        en: "An input file or folder is missing or cannot be read.", ar: "ملف أو مجلد إدخال مفقود أو تتعذر قراءته.")
    case .cannotCreate: LocalizedText(en: "The output cannot be written.", ar: "تتعذر كتابة الناتج.")
    }
  }
}
