import Localization

/// An input that cannot be read (exit 66): a missing file or folder, an unreadable one, a folder
/// with no CSV file, a `--config` file that does not exist, a device, an input over its size limit.
struct InputError: Error, Equatable, Sendable {
  /// The path as the user gave it (or as found inside a folder they gave).
  let path: String
  let message: LocalizedText

  static func missing(_ path: String) -> InputError {
    InputError(path: path, message: LocalizedText(en: "no such file or folder", ar: "لا ملف ولا مجلد بهذا الاسم"))
  }
  static func unreadable(_ path: String, _ reason: LocalizedText) -> InputError {
    InputError(path: path, message: LocalizedText(en: "cannot read: \(reason)", ar: "تتعذر القراءة: \(reason)"))
  }
  static func noCSV(_ path: String) -> InputError {
    // `.` alone reads badly as a file name; say what it is.
    path == "."
      ? InputError(
        path: "",
        message: LocalizedText(
          en: "the current folder has no *.csv file; name the files or a folder to read",
          ar: "لا ملف \(code: "*.csv") في المجلد الحالي؛ سمِّ الملفات أو المجلد المراد قراءته"))
      : InputError(
        path: path,
        message: LocalizedText(en: "the folder has no *.csv file", ar: "لا ملف \(code: "*.csv") في المجلد"))
  }
  static func missingConfig(_ path: String) -> InputError {
    InputError(
      path: path,
      message: LocalizedText(
        en: "settings file not found (given with --config)",
        ar: "ملف الإعدادات غير موجود (أُعطي بـ\(code: "--config"))"))
  }
  static func notAFile(_ path: String, _ what: LocalizedText) -> InputError {
    InputError(
      path: path,
      message: LocalizedText(
        en: "cannot read: it is \(what), not a file (use - to read standard input)",
        ar: "تتعذر القراءة: إنه \(what) وليس ملفًا (استخدم \(code: "-") لقراءة الإدخال القياسي)"))
  }
  static func tooLarge(_ path: String, limit: Int) -> InputError {
    InputError(
      path: path,
      message: LocalizedText(
        en: "cannot read: larger than \(byteCount(limit)), the most one input may be",
        ar: "تتعذر القراءة: أكبر من \(byteCount(limit))، وهو أقصى حجم للمدخل الواحد"))
  }
  static func standardInputTwice() -> InputError {
    InputError(
      path: "",
      message: LocalizedText(
        en: "- (standard input) can be named only once", ar: "لا يُذكر \(code: "-") (الإدخال القياسي) إلا مرة واحدة"))
  }

  /// Reasons a file cannot be read.
  static let isAFolder = LocalizedText(en: "it is a folder", ar: "إنه مجلد")
  static let permissionDenied = LocalizedText(en: "permission denied", ar: "لا إذن بذلك")
  static let cannotBeOpened = LocalizedText(en: "cannot be opened", ar: "يتعذر فتحه")
  static let readFailed = LocalizedText(en: "read failed", ar: "فشلت القراءة")

  /// `16 GiB`, `1 GiB`, `16 MiB`.
  private static func byteCount(_ bytes: Int) -> LocalizedText {
    bytes >= 1 << 30
      ? .same("\(number: bytes >> 30) \(code: "GiB")") : .same("\(number: bytes >> 20) \(code: "MiB")")
  }
}
