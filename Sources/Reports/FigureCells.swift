import Analysis
import Domain

/// The cells of figures in a table a person reads, at one precision: the report table and the
/// trend table write hours, money, rates and days late the same way.
struct FigureCells: Sendable {
  let currency: Currency
  let precision: ReportTable.Precision

  /// `$1,235` (whole units) or `$1,234.50`; `−$3,050` when negative.
  func money(_ amount: Money) -> TextTable.Cell {
    TextTable.Cell(MoneyText.amount(amount.exact, currency, cents: !precision.wholeUnits))
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
      figures.share.map { NumberText.percent($0, digits: precision.wholeUnits ? 0 : 1) } ?? ReportTable.unknown)
  }

  /// `2,410.5` hours.
  func hours(_ figures: Figures) -> TextTable.Cell {
    TextTable.Cell(NumberText.grouped(NumberText.hours(seconds: figures.seconds, digits: precision.hoursDigits)))
  }

  /// The effective rate per hour, without `/h` (the title says it), or `—`.
  func effectiveRate(_ figures: Figures) -> TextTable.Cell {
    TextTable.Cell(
      figures.effectiveRate.map { MoneyText.amount($0, currency, cents: !precision.wholeUnits) } ?? ReportTable.unknown)
  }

  /// The average days late, or `—`.
  func avgDaysLate(_ figures: Figures) -> TextTable.Cell {
    TextTable.Cell(
      figures.avgDaysLate.map { MinusSign.forReading(NumberText.decimal($0, digits: precision.daysDigits)) }
        ?? ReportTable.unknown)
  }

  /// Collected; when it exceeds invoiced, with a note saying by how much and why it can (`name`
  /// starts the note: the client, or the period).
  func collected(_ figures: Figures, name: String) -> TextTable.Cell {
    var cell = money(figures.collected)
    let excess = figures.collected - figures.invoiced
    if excess.minorUnits > 0 { cell.note = .overpayment(name: name, amount: MoneyText.brief(excess.exact, currency)) }
    return cell
  }
}

extension String {
  fileprivate static func overpayment(name: String, amount: String) -> String {
    "\(name): collected is \(amount) more than invoiced (an overpayment, or a credit note issued after payment)."
  }
}
