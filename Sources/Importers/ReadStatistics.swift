import Localization

/// How a file was read: for `--verbose`, and for the tests that hold every format to the
/// engine's fast way (read in two parts when large, cells read from their bytes, read once).
public struct ReadStatistics: Sendable, Equatable {
  public var path: String
  /// Rows the second of two parts read at once (0: the file was read in one pass).
  public var rowsInLaterPart = 0
  /// Why the file was read again, one reason for each reading after the first.
  public var rereads: [LocalizedText] = []
  /// Cells read straight from their bytes, and cells the general text readers took (each
  /// distinct text once per part).
  public var plainCells = 0
  public var generalCells = 0

  public init(path: String) {
    self.path = path
  }
}

extension LocalizedText {
  static func noHeaderInFirstChunk(_ bytes: Int) -> LocalizedText {
    LocalizedText(
      en: "no known header in the first \(plain: bytes) bytes: read again whole",
      ar: "لا ترويسة معروفة في أول \(plain: bytes) بايت: قُرئ الملف كله من جديد")
  }

  static let notPlainUTF8 = LocalizedText(
    en: "a later chunk is not plain UTF-8: read again whole, decoded at once",
    ar: "جزء لاحق ليس \(code: "UTF-8") خالصًا: قُرئ الملف كله من جديد وفُكّ ترميزه دفعة واحدة")

  static let cutInsideRecord = LocalizedText(
    en: "the cut for reading in two parts fell inside a quoted field: read again in one pass",
    ar: "وقع موضع القسمة للقراءة على جزأين داخل حقل مقتبس: قُرئ الملف من جديد مرة واحدة")

  /// The decisions the first chunk suggested and the ones the whole file's values settle.
  static func decisionsChanged(from guess: ColumnDecisions, to settled: ColumnDecisions, format: RecognizedFormat)
    -> LocalizedText
  {
    var changes: [LocalizedText] = []
    for (field, order) in settled.dayOrders.sorted(by: { $0.key.ordinal < $1.key.ordinal })
    where guess.dayOrders[field] != order {
      let name = format.headerName(of: field)
      changes.append(
        order == .dmy
          ? LocalizedText(en: "column '\(code: name)' is day-first", ar: "العمود «\(code: name)» يبدأ باليوم")
          : LocalizedText(en: "column '\(code: name)' is month-first", ar: "العمود «\(code: name)» يبدأ بالشهر"))
    }
    if guess.decimalSeparator != settled.decimalSeparator {
      changes.append(
        settled.decimalSeparator == .comma
          ? LocalizedText(en: "the decimal mark is a comma", ar: "الفاصلة العشرية فاصلة")
          : LocalizedText(en: "the decimal mark is a point", ar: "الفاصلة العشرية نقطة"))
    }
    let and = LocalizedText(en: " and ", ar: " و")
    let joined = changes.dropFirst().reduce(changes.first ?? .empty) { $0 + and + $1 }
    return LocalizedText(
      en: "\(joined), not as the first chunk suggested: read again",
      ar: "\(joined)، لا كما أوحى الجزء الأول: قُرئ من جديد")
  }
}
