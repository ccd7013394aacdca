/// A calendar day as text shows it: `2026-10-30` (ISO 8601, in the locale's digits), or, in a
/// letter, `30 October 2026` / `٣٠ أكتوبر ٢٠٢٦`.
public struct CalendarDay: Sendable, Hashable {
  public var year: Int
  public var month: Int
  public var day: Int

  public init(year: Int, month: Int, day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  public enum Style: Sendable, Hashable {
    /// `2026-10-30`.
    case iso
    /// `30 October 2026`: the month named, as a letter writes it.
    case long
  }

  /// `2026-10-30`, always with Western digits: what programs read.
  public var iso: String {
    func padded(_ value: Int, _ width: Int) -> String {
      let text = String(value)
      return String(repeating: "0", count: max(0, width - text.count)) + text
    }
    return padded(year, 4) + "-" + padded(month, 2) + "-" + padded(day, 2)
  }

  func rendered(_ style: Style, in locale: TextLocale) -> String {
    switch style {
    case .iso:
      return locale.digitsOf(iso)
    case .long:
      let names = locale.language == .en ? Self.englishMonths : Self.arabicMonths
      let name = names.indices.contains(month - 1) ? names[month - 1] : String(month)
      return locale.digitsOf(String(day)) + " " + name + " " + locale.digitsOf(String(year))
    }
  }

  static let englishMonths = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
  ]

  /// The month names most Arabic readers share (Egypt, the Gulf, the Maghreb's press), rather
  /// than the Levant's Syriac names.
  static let arabicMonths = [
    "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
  ]
}
