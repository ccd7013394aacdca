import Foundation
import Importers
import Localization
import Reports

/// `clientworth formats`: every file layout ClientWorth recognises, with the columns each needs,
/// where to export it and where its facts come from.
///
/// The formats' names, export paths and sources come from the importers and are in English (the
/// tools' own menus are); column names are the files' own.
struct FormatsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    name: "formats",
    abstract: LocalizedText(
      en: "List every file format ClientWorth recognises, with its required and optional columns.",
      ar: "اسرد كل صيغ الملفات التي يتعرّف عليها \(code: "ClientWorth")، مع أعمدتها المطلوبة والاختيارية."),
    discussion: LocalizedText(
      en: "A file is recognised by its header alone, never by its name: the format whose required columns are all "
        + "present wins. Column names match whatever their case and spacing; '(<currency>)' stands for a currency "
        + "code in the header, such as 'Amount (USD)'.",
      ar: "يُتعرّف على الملف من ترويسته وحدها، لا من اسمه: تفوز الصيغة التي توجد كل أعمدتها المطلوبة. وتتطابق أسماء "
        + "الأعمدة أيًّا كانت حالة أحرفها ومسافاتها؛ و\(code: "(<currency>)") يرمز إلى رمز عملة في الترويسة، مثل "
        + "\(code: "Amount (USD)")."))

  static let arguments: [Argument<Self>] = []

  func run(_ context: RunContext, stderr: inout some TextOutputStream) throws(CLIError) -> CommandOutput {
    CommandOutput(text: Self.render(width: context.width, locale: context.locale))
  }

  /// The listing, one block per format, wrapped to `width`.
  static func render(
    formats: [ExportFormat] = FormatRecognizer.knownFormats, width: Int, locale: TextLocale = .english
  ) -> String {
    let labels = [required, optional, export, source].map { locale($0) + ":" }
    let labelWidth = labels.map(DisplayWidth.of).max() ?? 0
    func field(_ label: LocalizedText, _ value: LocalizedText) -> String {
      Self.field(locale(label) + ":", locale(value), labelWidth: labelWidth, width: width)
    }
    var text = ""
    for format in formats {
      text += locale(.same("\(code: format.name) (\(format.kind.text))")) + "\n"
      text += field(required, .same("\(list: requiredNames(format), .comma)"))
      let optionalNames = format.optionalNames.map { LocalizedText.same("\(code: displayName($0))") }
      text += field(optional, optionalNames.isEmpty ? .none : .same("\(list: optionalNames, .comma)"))
      // A tool's export is its menus, as its (English) screens name them, and its source a citation;
      // ClientWorth's own formats say both in every language.
      let native = format.isNative
      if !format.export.isEmpty { text += field(export, native ? .nativeExport : .untranslated(format.export)) }
      if !format.source.isEmpty { text += field(source, native ? .nativeSource : .untranslated(format.source)) }
      text += "\n"
    }
    return text
  }

  private static let required = LocalizedText(en: "required", ar: "المطلوبة")
  private static let optional = LocalizedText(en: "optional", ar: "الاختيارية")
  private static let export = LocalizedText(en: "export", ar: "التصدير")
  private static let source = LocalizedText(en: "source", ar: "المصدر")

  /// The required columns with every name each may carry: `Date (UTC) / Created (UTC)`, and
  /// `Duration (h) or Duration (decimal)` for a choice between columns.
  private static func requiredNames(_ format: ExportFormat) -> [LocalizedText] {
    let names = { (column: ExportFormat.Column) in
      LocalizedText.same("\(code: column.names.map(displayName).joined(separator: " / "))")
    }
    return format.columns.filter(\.required).map(names)
      + format.requiredOneOf.map { group in
        let choices = group.compactMap { field in format.columns.first { $0.field == field }.map(names) }
        return LocalizedText.joined(choices, separator: LocalizedText(en: " or ", ar: " أو "))
      }
  }

  /// `Amount (*)` as a person reads it: `Amount (<currency>)`.
  private static func displayName(_ name: String) -> String {
    name.replacingOccurrences(of: "(*)", with: "(<currency>)")
  }

  /// `  required: a, b, c` with continuation lines aligned under the first word.
  private static func field(_ label: String, _ value: String, labelWidth: Int, width: Int) -> String {
    let head = "  " + label + String(repeating: " ", count: max(0, labelWidth - DisplayWidth.of(label)) + 1)
    let indent = String(repeating: " ", count: DisplayWidth.of(head))
    let lines = TextWrap.words(value, width: max(width, DisplayWidth.of(head) + 20) - DisplayWidth.of(head))
    return head + lines.joined(separator: "\n" + indent) + "\n"
  }
}

extension FileKind {
  /// What one row of the file is, in words.
  var text: LocalizedText {
    switch self {
    case .time: LocalizedText(en: "time", ar: "الوقت")
    case .invoices: LocalizedText(en: "invoices", ar: "الفواتير")
    case .payments: LocalizedText(en: "payments", ar: "المدفوعات")
    case .expenses: LocalizedText(en: "expenses", ar: "المصروفات")
    case .incidents: LocalizedText(en: "incidents", ar: "الوقائع")
    }
  }
}

extension LocalizedText {
  fileprivate static let nativeExport = LocalizedText(
    en: "write it by hand, or save a spreadsheet as CSV", ar: "اكتبه بنفسك، أو احفظ جدولًا بصيغة \(code: "CSV")")
  fileprivate static let nativeSource = LocalizedText(
    en: "ClientWorth's own format (spec §1)", ar: "صيغة \(code: "ClientWorth") الخاصة (المواصفة §\(plain: 1))")
}
