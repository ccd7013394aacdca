import Localization

/// What a file that is not CSV text turned out to be, recognised by its first bytes ("magic numbers").
public enum NotCSVKind: Sendable, Hashable {
  /// `PK 03 04`: a zip archive, which is what an Excel `.xlsx` or OpenDocument `.ods` workbook is.
  case zipWorkbook
  /// `D0 CF 11 E0`: an OLE2 compound file, the Excel 97-2003 `.xls` workbook format.
  case legacyExcelWorkbook
  /// `1F 8B`: gzip-compressed data.
  case gzip
  /// `%PDF`: a PDF document.
  case pdf
  /// `<!DOCTYPE` or `<html`: a web page, typically a saved login or error page instead of the export.
  case html

  /// How the file is named in a message, with what to do about it.
  public var text: LocalizedText {
    switch self {
    case .zipWorkbook:
      LocalizedText(
        en: "an Excel workbook (.xlsx) or OpenDocument spreadsheet (.ods): export it as CSV",
        ar: "مصنَّف \(code: "Excel") (\(code: ".xlsx")) أو جدول \(code: "OpenDocument") (\(code: ".ods")): "
          + "صدِّره بصيغة \(code: "CSV")")
    case .legacyExcelWorkbook:
      LocalizedText(
        en: "an Excel 97-2003 workbook (.xls): export it as CSV",
        ar: "مصنَّف \(code: "Excel 97-2003") (\(code: ".xls")): صدِّره بصيغة \(code: "CSV")")
    case .gzip:
      LocalizedText(
        en: "gzip-compressed data: decompress it first", ar: "بيانات مضغوطة بـ\(code: "gzip"): فُكَّ ضغطها أولًا")
    case .pdf:
      LocalizedText(
        en: "a PDF document, not a CSV export", ar: "مستند \(code: "PDF")، لا ملف تصدير \(code: "CSV")")
    case .html:
      LocalizedText(
        en: "a web page (HTML), not a CSV export: the download probably failed or needed a login",
        ar: "صفحة ويب (\(code: "HTML"))، لا ملف تصدير \(code: "CSV"): والأرجح أن التنزيل فشل أو تطلّب تسجيل الدخول")
    }
  }

  /// The text in English.
  public var description: String { text.englishText }

  /// Recognises the kind from the first bytes of a file, or `nil` when nothing matches.
  static func recognise(_ bytes: UnsafeBufferPointer<UInt8>) -> NotCSVKind? {
    func starts(with prefix: [UInt8]) -> Bool {
      bytes.count >= prefix.count && zip(bytes, prefix).allSatisfy { $0 == $1 }
    }
    if starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .zipWorkbook }
    if starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { return .legacyExcelWorkbook }
    if starts(with: [0x1F, 0x8B]) { return .gzip }
    if starts(with: Array("%PDF".utf8)) { return .pdf }
    return looksLikeHTML(bytes) ? .html : nil
  }

  /// True when the text, after an optional UTF-8 BOM and ASCII whitespace, opens with `<!doctype` or
  /// `<html` in any letter case.
  private static func looksLikeHTML(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    if ByteOrderMark(bytes) == .utf8 { index = 3 }
    while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
    func opens(with word: String) -> Bool {
      let letters = Array(word.utf8)
      guard bytes.count - index >= letters.count else { return false }
      // ASCII lower-casing: setting bit 5 maps A-Z to a-z and leaves `<` and `!` alone.
      return letters.indices.allSatisfy { bytes[index + $0] | 0x20 == letters[$0] | 0x20 }
    }
    return opens(with: "<!doctype") || opens(with: "<html")
  }
}
