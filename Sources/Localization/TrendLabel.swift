/// A period of a trend as its tables and sentences name it: a month (`2026-03`) or a quarter
/// (`2026-Q3`, `الربع ٣ ٢٠٢٦`).
public struct TrendLabel: Sendable, Hashable {
  public var year: Int
  /// The month (1–12) of a month, or the quarter (1–4) of a quarter.
  public var number: Int
  public var isQuarter: Bool

  public init(year: Int, month: Int) {
    self.year = year
    self.number = month
    self.isQuarter = false
  }

  public init(year: Int, quarter: Int) {
    self.year = year
    self.number = quarter
    self.isQuarter = true
  }

  /// `2026-03`, `2026-Q3`: the label in English and in machine-readable output.
  public var code: String {
    let yearText = String(year)
    if isQuarter { return yearText + "-Q" + String(number) }
    return yearText + "-" + (number < 10 ? "0" : "") + String(number)
  }

  func rendered(in locale: TextLocale) -> String {
    guard isQuarter, locale.language == .ar else { return locale.digitsOf(code) }
    return "الربع " + locale.digitsOf(String(number)) + " " + locale.digitsOf(String(year))
  }
}
