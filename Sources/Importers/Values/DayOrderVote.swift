import Domain
import Localization

/// Decides a date column's day/month order from its values (spec §1): a first number above 12
/// means day-first, a second above 12 month-first; a column whose values fit both orders uses
/// the format's documented order, else the settings' `dateOrder`, else it is an error.
struct DayOrderVote {
  /// The first value that showed each order, for the message when a column shows both.
  private(set) var dayFirstAt: SourcePosition?
  private(set) var monthFirstAt: SourcePosition?
  /// The first slashed value that fits both orders.
  private(set) var firstAmbiguousAt: (position: SourcePosition, text: String)?

  mutating func count(
    _ value: DateText, text: @autoclosure () -> String, at position: @autoclosure () -> SourcePosition
  ) {
    guard case .slashed = value else { return }
    switch value.impliedOrder {
    case .dmy?: if dayFirstAt == nil { dayFirstAt = position() }
    case .mdy?: if monthFirstAt == nil { monthFirstAt = position() }
    case nil: if firstAmbiguousAt == nil { firstAmbiguousAt = (position(), text()) }
    }
  }

  /// Adds the evidence of a later part of the file: counting stops at the first value that
  /// settles the order, so a settled vote keeps its own.
  mutating func append(_ later: DayOrderVote) {
    guard !isSettled else { return }
    (dayFirstAt, monthFirstAt) = (later.dayFirstAt, later.monthFirstAt)
    if firstAmbiguousAt == nil { firstAmbiguousAt = later.firstAmbiguousAt }
  }

  mutating func shiftLines(by offset: Int) {
    dayFirstAt?.line += offset
    monthFirstAt?.line += offset
    firstAmbiguousAt?.position.line += offset
  }

  /// True once the values alone settle the order (or prove the column mixes both).
  var isSettled: Bool { dayFirstAt != nil || monthFirstAt != nil }

  /// The one order the values show, if they show one and not both.
  var settledOrder: DayOrder? {
    switch (dayFirstAt, monthFirstAt) {
    case (_?, nil): .dmy
    case (nil, _?): .mdy
    default: nil
    }
  }

  /// The column's order, or nil when no value needs one. `inferred`: what the rest of the file
  /// settles (another date column, AM/PM times), before the format's documented order.
  func decide(column: String, inferred: DayOrder?, documented: DayOrder?, setting: DayOrder?) throws(ImportError)
    -> DayOrder?
  {
    switch (dayFirstAt, monthFirstAt) {
    case (let dayFirst?, let monthFirst?):
      let later = dayFirst.line > monthFirst.line ? dayFirst : monthFirst
      let earlier = later == dayFirst ? monthFirst : dayFirst
      throw ImportError(
        file: later.file, line: later.line, column: later.column,
        text: LocalizedText(
          en: "column '\(code: column)' mixes day-first and month-first dates (line \(plain: earlier.line) reads "
            + "the other way); fix the dates in one order",
          ar: "العمود «\(code: column)» يخلط تواريخ يسبق فيها اليوم الشهر وأخرى يسبق فيها الشهر اليوم (السطر "
            + "\(plain: earlier.line) يُقرأ بالترتيب الآخر)؛ اكتب التواريخ كلها بترتيب واحد"))
    case (_?, nil): return .dmy
    case (nil, _?): return .mdy
    case (nil, nil):
      guard let ambiguous = firstAmbiguousAt else { return nil }
      if let order = inferred ?? documented ?? setting { return order }
      throw ImportError(
        file: ambiguous.position.file, line: ambiguous.position.line, column: ambiguous.position.column,
        text: LocalizedText(
          en: "column '\(code: column)' has dates such as '\(code: ambiguous.text)' that read both as day/month and "
            + "month/day; set \"dateOrder\": \"dmy\" or \"mdy\" in clientworth.json (or pass --date-order)",
          ar: "في العمود «\(code: column)» تواريخ مثل «\(code: ambiguous.text)» تُقرأ يومًا/شهرًا وشهرًا/يومًا معًا؛ "
            + "اضبط \(code: "\"dateOrder\": \"dmy\"") أو \(code: "\"mdy\"") في \(code: "clientworth.json") "
            + "(أو مرّر \(code: "--date-order"))"))
    }
  }
}
