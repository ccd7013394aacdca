import CSV
import Domain
import Localization

/// A problem that stops the import of a file (exit 65): the file cannot be read as CSV, its
/// header matches no format, or a column's dates cannot be read without guessing.
public struct ImportError: Error, Equatable, Sendable, CustomStringConvertible {
  /// Where it happened; line and column nil when the whole file is at fault.
  public var file: String
  public var line: Int?
  public var column: Int?
  /// What is wrong, in every language.
  public var text: LocalizedText
  /// What is wrong, in English.
  public var message: String { text.englishText }
  /// Extra lines shown under the message: the offending line with a caret, the closest formats.
  public var detailTexts: [LocalizedText]
  /// The extra lines in English.
  public var details: [String] { detailTexts.map(\.englishText) }
  /// The file could not be read at all (an I/O error), rather than read and found wrong.
  public var unreadable: Bool
  /// The file matches no format ClientWorth reads (a folder's other files are read all the same).
  public var unknownFormat: Bool

  public init(
    file: String, line: Int? = nil, column: Int? = nil, text: LocalizedText, details: [LocalizedText] = [],
    unreadable: Bool = false, unknownFormat: Bool = false
  ) {
    self.file = file
    self.unreadable = unreadable
    self.unknownFormat = unknownFormat
    self.line = line
    self.column = column
    self.text = text
    detailTexts = details
  }

  public var description: String {
    Diagnostic(file: file, line: line, column: column, severity: .error, text: text).description
  }
}

extension ImportError {
  /// The CSV error at its position in `file`, with `details` under it.
  init(_ error: CSVError, file: String, details: [LocalizedText] = []) {
    self.init(
      file: file, line: error.position?.line, column: error.position?.column, text: error.text, details: details)
  }
}
