import Localization

/// The encoding a file was found to be in, before it was turned into UTF-8 for the reader.
public enum TextEncoding: Sendable, Hashable {
  /// UTF-8 without a byte order mark (plain ASCII included).
  case utf8
  /// UTF-8 with a byte order mark, which was removed.
  case utf8WithByteOrderMark
  /// UTF-16 little-endian with a byte order mark (Excel "Unicode Text").
  case utf16LittleEndian
  /// UTF-16 big-endian with a byte order mark.
  case utf16BigEndian
  /// Not valid UTF-8 (first invalid byte at `firstInvalidUTF8`), so the whole file was read as
  /// Windows-1252 (the project spec's fallback).
  case windows1252(firstInvalidUTF8: CSVPosition)

  /// The encoding's usual name.
  public var name: String {
    switch self {
    case .utf8: "UTF-8"
    case .utf8WithByteOrderMark: "UTF-8 (BOM)"
    case .utf16LittleEndian: "UTF-16LE"
    case .utf16BigEndian: "UTF-16BE"
    case .windows1252: "Windows-1252"
    }
  }

  /// A note the importer should show because the file was not read as plain UTF-8, or `nil`.
  public var note: LocalizedText? {
    switch self {
    case .utf8, .utf8WithByteOrderMark: nil
    case .utf16LittleEndian, .utf16BigEndian: LocalizedText(en: "read as \(code: name)", ar: "قُرئ بترميز \(code: name)")
    case .windows1252(let at):
      LocalizedText(
        en: "read as Windows-1252: not valid UTF-8 at line \(plain: at.line), column \(plain: at.column)",
        ar: "قُرئ بترميز \(code: "Windows-1252"): ليس \(code: "UTF-8") صالحًا في السطر \(plain: at.line)، العمود "
          + "\(plain: at.column)")
    }
  }
}
