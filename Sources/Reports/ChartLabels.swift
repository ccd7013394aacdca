import Domain
import Localization

/// The bridge between exact figures and chart drawing: positions from approximate values, text
/// from the exact ones, and label columns sized by the text they hold.
enum ChartLabels {
  /// Minor units (an amount, or a rate per hour) as major units, for positioning only.
  static func major(_ minorUnits: Fraction, _ currency: Currency) -> Double {
    minorUnits.approximateDouble / Double(currency.minorUnitsPerMajor)
  }

  /// A tick of a money axis, in whole major units: `$20,000`, `−$5,000`.
  static func money(tick: Double, _ currency: Currency, _ locale: TextLocale) -> String {
    let minorUnits = Int128((tick * Double(currency.minorUnitsPerMajor)).rounded())
    return MoneyText.brief(Fraction(minorUnits), currency, locale)
  }

  /// The largest share of a chart's width a column of names takes.
  static let nameShare = 0.4

  /// A column of names: as wide as the widest (estimated at `size`), at most `maximum`, and each
  /// name cut with `…` at its end to fit it, so its first letter always shows. On a right-to-left
  /// chart each name is isolated, so that a Latin name and its ellipsis keep their own order.
  static func names(
    _ names: [String], size: Double, maximum: Double, _ locale: TextLocale
  ) -> (width: Double, labels: [String]) {
    let printable = names.map(PrintableText.of)
    let widest = printable.map { TextMetrics.width($0, size: size) }.max() ?? 0
    let width = min(widest, maximum)
    return (
      width,
      printable.map {
        let label = TextMetrics.truncated($0, toWidth: width, size: size)
        return locale.isRightToLeft ? BidiIsolate.firstStrong(label) : label
      }
    )
  }

  /// The widest of `labels` at `size`: the room a column of values needs.
  static func widest(_ labels: [String], size: Double, bold: Bool = false) -> Double {
    labels.map { TextMetrics.width($0, size: size, bold: bold) }.max() ?? 0
  }

  /// A tick of a day axis: `0`, `15`, `30`.
  static func days(tick: Double, _ locale: TextLocale) -> String {
    locale(.number(DecimalNumber(Int(tick.rounded())), grouped: true))
  }
}
