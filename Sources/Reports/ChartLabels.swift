import Domain

/// The bridge between exact figures and chart drawing: positions from approximate values, text
/// from the exact ones.
enum ChartLabels {
  /// Minor units (an amount, or a rate per hour) as major units, for positioning only.
  static func major(_ minorUnits: Fraction, _ currency: Currency) -> Double {
    minorUnits.approximateDouble / Double(currency.minorUnitsPerMajor)
  }

  /// A tick of a money axis, in whole major units: `$20,000`, `-$5,000`.
  static func money(tick: Double, _ currency: Currency) -> String {
    let minorUnits = Int128((tick * Double(currency.minorUnitsPerMajor)).rounded())
    return MoneyText.brief(Fraction(minorUnits), currency)
  }

  /// A name cut to fit a label column: `maximum` display columns, with `…` when cut.
  static func name(_ name: String, maximum: Int) -> String {
    DisplayWidth.truncated(PrintableText.of(name), toWidth: maximum)
  }

  /// A tick of a day axis: `0`, `15`, `30`.
  static func days(tick: Double) -> String {
    String(Int(tick.rounded()))
  }
}
