import Localization

extension CSVError {
  /// What was found, where it matters beyond the line:column a caller prints, and the likely cause,
  /// in every language.
  public var text: LocalizedText {
    switch self {
    case .emptyFile:
      return LocalizedText(
        en: "empty file: no header (the file has no bytes, or only a byte order mark)",
        ar: "ملف فارغ: لا ترويسة فيه (الملف بلا بايتات، أو ليس فيه إلا علامة ترتيب البايتات)")
    case .notCSV(let kind):
      return LocalizedText(en: "not a CSV file: this is \(kind.text)", ar: "ليس ملف \(code: "CSV"): هذا \(kind.text)")
    case .utf32NotSupported:
      return LocalizedText(
        en: "UTF-32 is not supported: save the file as UTF-8 (or UTF-16) instead",
        ar: "ترميز \(code: "UTF-32") غير مدعوم: احفظ الملف بترميز \(code: "UTF-8") (أو \(code: "UTF-16")) بدلًا منه")
    case .utf16WithoutByteOrderMark:
      return LocalizedText(
        en:
          "the file looks like UTF-16 without a byte order mark (NUL bytes in alternating positions): save it as UTF-8",
        ar: "يبدو الملف بترميز \(code: "UTF-16") دون علامة ترتيب البايتات (بايتات \(code: "NUL") في مواضع متناوبة): "
          + "احفظه بترميز \(code: "UTF-8")")
    case .invalidUTF16(let byteOffset):
      return LocalizedText(
        en: "invalid UTF-16 at byte \(plain: byteOffset) (odd number of bytes or unpaired surrogate): the file is "
          + "truncated or not UTF-16",
        ar: "ترميز \(code: "UTF-16") غير صالح عند البايت \(plain: byteOffset) (عدد فردي من البايتات أو نصف زوج بديل "
          + "بلا قرين): الملف مبتور أو ليس بترميز \(code: "UTF-16")")
    case .nulByte:
      return LocalizedText(
        en: "NUL byte: the file is binary or UTF-16 without a byte order mark",
        ar: "بايت \(code: "NUL"): الملف ثنائي أو بترميز \(code: "UTF-16") دون علامة ترتيب البايتات")
    case .notWindows1252(_, let byte, let invalid):
      let code = "0x" + hex(byte)
      return LocalizedText(
        en: "byte \(code: code) is not valid UTF-8 (first invalid byte at line \(plain: invalid.line), column "
          + "\(plain: invalid.column)) and is unassigned in Windows-1252: the file is in an unknown encoding",
        ar: "البايت \(code: code) ليس من \(code: "UTF-8") الصالح (أول بايت غير صالح في السطر \(plain: invalid.line)، "
          + "العمود \(plain: invalid.column)) ولا يقابله حرف في \(code: "Windows-1252"): ترميز الملف مجهول")
    case .unterminatedQuote(_, let lines):
      let english: Template =
        lines == 1
        ? "unterminated quoted field: the quote opened here runs to the end of the file (1 line); a closing quote is "
          + "missing"
        : "unterminated quoted field: the quote opened here runs to the end of the file (\(plain: lines) lines); a "
          + "closing quote is missing"
      return LocalizedText(
        en: english,
        ar: "حقل مقتبس لم يُغلق: علامة الاقتباس المفتوحة هنا تمتد إلى آخر الملف (\(count: lines, .line))؛ "
          + "تنقصه علامة اقتباس تغلقه")
    case .unexpectedByteAfterQuote(_, let found, let startLine):
      let record =
        startLine == position?.line
        ? LocalizedText.empty
        : LocalizedText(
          en: " (record starts at line \(plain: startLine))", ar: " (يبدأ السجل في السطر \(plain: startLine))")
      return LocalizedText(
        en: "expected a delimiter or end of line after the closing quote, found \(describe(found))\(record); "
          + "probably a quote inside a quoted field that was not doubled",
        ar: "كان المتوقع بعد علامة الاقتباس المغلِقة فاصلًا أو نهاية سطر، فوُجد \(describe(found))\(record)؛ "
          + "والأرجح أنها علامة اقتباس داخل حقل مقتبس لم تُضاعَف")
    case .fieldTooLong(_, let limit, let quoted):
      let cause =
        quoted
        ? LocalizedText(
          en: "probably a quote that is never closed", ar: "والأرجح أنها علامة اقتباس لا تُغلق أبدًا")
        : LocalizedText(en: "the file is probably not CSV", ar: "والأرجح أن الملف ليس \(code: "CSV")")
      return LocalizedText(
        en: "field longer than \(plain: limit) bytes starts here: \(cause)",
        ar: "يبدأ هنا حقل أطول من \(plain: limit) بايت: \(cause)")
    }
  }

  /// The text in English, as the JSON report and the logs write it.
  public var message: String { text.englishText }

  private func hex(_ byte: UInt8) -> String {
    let digits = Array("0123456789ABCDEF")
    return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
  }

  private func describe(_ scalar: Unicode.Scalar) -> LocalizedText {
    switch scalar {
    case " ": return LocalizedText(en: "a space", ar: "مسافة")
    case "\t": return LocalizedText(en: "a tab", ar: "علامة جدولة")
    default: return .same("'\(code: String(Character(scalar)))'")
    }
  }
}
