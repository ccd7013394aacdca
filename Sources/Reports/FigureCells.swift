import Analysis
import Domain
import Localization

/// The cells of figures in a table a person reads, at one precision: the report table and the
/// trend table write hours, money, rates and days late the same way, in the run's digits.
///
/// An Arabic table writes its amounts without the currency's code: every amount of a report is in
/// its one currency, which the header names (`العملة: USD`), and nine codes a row would crowd out
/// the columns English fits with one `$` each. Sentences keep the code after every amount.
struct FigureCells: Sendable {
  let currency: Currency
  let precision: ReportTable.Precision
  var locale: TextLocale = .english

  /// `$1,235` (whole units) or `$1,234.50`; `−$3,050` when negative; `1,235` in Arabic.
  func money(_ amount: Money) -> TextTable.Cell {
    TextTable.Cell(amountText(amount.exact))
  }

  /// An amount or a rate as a cell shows it.
  private func amountText(_ minorUnits: Fraction) -> String {
    let shown =
      precision.wholeUnits
      ? MoneyText.briefAmount(minorUnits, currency) : MoneyText.exactAmount(minorUnits, currency)
    return MoneyText.cell(shown, locale)
  }

  /// As `money`, or `—` when unknown.
  func money(_ amount: Money?) -> TextTable.Cell {
    amount.map(money) ?? TextTable.Cell(ReportTable.unknown)
  }

  /// Profit: as `money`, a loss in the loss colour; `—` without a cost rate or when earned is
  /// unknown.
  func profit(_ figures: Figures) -> TextTable.Cell {
    var cell = money(figures.profit)
    cell.emphasis = figures.profit?.isNegative == true ? .loss : .plain
    return cell
  }

  /// The unbilled work's estimated value: empty when there is none, `—` when it cannot be valued.
  func unbilled(_ figures: Figures) -> TextTable.Cell {
    guard let value = figures.unbilledValue else { return TextTable.Cell(ReportTable.unknown) }
    return value.isZero ? TextTable.Cell("") : money(value)
  }

  /// The share of the year's revenue, as a whole percentage (one decimal with cents), or `—`.
  func share(_ figures: Figures) -> TextTable.Cell {
    TextTable.Cell(
      figures.share.map { NumberText.percent($0, digits: precision.wholeUnits ? 0 : 1, locale) } ?? ReportTable.unknown)
  }

  /// `2,410.5` hours.
  func hours(_ figures: Figures) -> TextTable.Cell {
    TextTable.Cell(NumberText.grouped(Fraction(Int128(figures.seconds), 3600), digits: precision.hoursDigits, locale))
  }

  /// The effective rate per hour, without `/h` (the title says it), or `—`.
  func effectiveRate(_ figures: Figures) -> TextTable.Cell {
    TextTable.Cell(
      figures.effectiveRate.map(amountText) ?? ReportTable.unknown)
  }

  /// The average days late, or `—`.
  func avgDaysLate(_ figures: Figures) -> TextTable.Cell {
    TextTable.Cell(
      figures.avgDaysLate.map { locale(.number(DecimalNumber($0, decimals: precision.daysDigits), grouped: false)) }
        ?? ReportTable.unknown)
  }

  /// Collected; when it exceeds invoiced, with a note saying by how much and why it can (`name`
  /// starts the note: the client, or the period).
  func collected(_ figures: Figures, name: LocalizedText) -> TextTable.Cell {
    var cell = money(figures.collected)
    let excess = figures.collected - figures.invoiced
    if excess.minorUnits > 0 { cell.note = locale(.overpayment(name: name, excess: excess.exact, currency)) }
    return cell
  }
}

extension LocalizedText {
  fileprivate static func overpayment(name: LocalizedText, excess: Fraction, _ currency: Currency) -> LocalizedText {
    LocalizedText(
      en:
        "\(name): collected is \(brief: excess, currency) more than invoiced (an overpayment, or a credit note issued "
        + "after payment).",
      ar: "\(name): المحصّل يزيد على المفوتر بمبلغ \(brief: excess, currency) (دفعة زائدة، أو إشعار دائن صدر بعد الدفع)."
    )
  }
}
