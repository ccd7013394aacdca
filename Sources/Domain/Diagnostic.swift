import Localization

/// A problem found in the input that did not stop the run: a skipped row, a guess that was
/// avoided, a payment for no known invoice.
///
/// The JSON report's `diagnostics` array is exactly these values. Under `--strict` any
/// diagnostic of severity `error` (a skipped row) makes the run fail.
public struct Diagnostic: Hashable, Sendable, Codable, CustomStringConvertible {
  public enum Severity: String, Sendable, Codable, Comparable {
    case error
    case warning
    case note

    private var rank: Int {
      switch self {
      case .note: 0
      case .warning: 1
      case .error: 2
      }
    }
    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
  }

  public var file: String
  /// 1-based line, or nil for a problem that belongs to the whole file or to no file.
  public var line: Int?
  public var column: Int?
  public var severity: Severity
  /// What is wrong, in every language.
  public var text: LocalizedText
  /// What is wrong, in English; setting it makes the text English only.
  public var message: String {
    get { text.englishText }
    set { text = .untranslated(newValue) }
  }
  /// What went wrong, as a short stable name (`empty-client`, `bad-amount`), the same for every row
  /// with the same problem, so that a terminal can show one line per cause and file with a count;
  /// nil when the message stands alone. Not part of the JSON report.
  public var cause: String?

  public init(file: String, line: Int?, column: Int?, severity: Severity, text: LocalizedText, cause: String? = nil) {
    self.file = file
    self.line = line
    self.column = column
    self.severity = severity
    self.text = text
    self.cause = cause
  }

  /// A diagnostic made from English text alone: read back from a JSON report, or a test's.
  public init(file: String, line: Int?, column: Int?, severity: Severity, message: String, cause: String? = nil) {
    self.init(file: file, line: line, column: column, severity: severity, text: .untranslated(message), cause: cause)
  }

  /// `file:line:column: severity: message` in English, omitting what is unknown.
  public var description: String { rendered(in: .english) }

  /// `file:line:column: severity: message` in `locale`, omitting what is unknown; the place and
  /// the severity's word stay as compilers write them, so editors can jump to the line.
  public func rendered(in locale: TextLocale) -> String {
    var place = file
    if let line { place += ":\(line)" }
    if let column { place += ":\(column)" }
    let body = severity.word(in: locale) + ": " + text.rendered(in: locale)
    return place.isEmpty ? body : place + ": " + body
  }

  enum CodingKeys: String, CodingKey {
    case file, line, column, severity, message, cause
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      file: try container.decode(String.self, forKey: .file),
      line: try container.decodeIfPresent(Int.self, forKey: .line),
      column: try container.decodeIfPresent(Int.self, forKey: .column),
      severity: try container.decode(Severity.self, forKey: .severity),
      message: try container.decode(String.self, forKey: .message),
      cause: try container.decodeIfPresent(String.self, forKey: .cause))
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(file, forKey: .file)
    try container.encodeIfPresent(line, forKey: .line)
    try container.encodeIfPresent(column, forKey: .column)
    try container.encode(severity, forKey: .severity)
    try container.encode(message, forKey: .message)
    try container.encodeIfPresent(cause, forKey: .cause)
  }
}

extension Diagnostic.Severity {
  /// `error`, `warning`, `note`; in Arabic `خطأ`, `تحذير`, `ملاحظة`.
  public func word(in locale: TextLocale) -> String {
    switch self {
    case .error: locale(LocalizedText(en: "error", ar: "خطأ"))
    case .warning: locale(LocalizedText(en: "warning", ar: "تحذير"))
    case .note: locale(LocalizedText(en: "note", ar: "ملاحظة"))
    }
  }
}
