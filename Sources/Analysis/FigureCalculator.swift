import Domain

/// Computes the profitability report of spec §3–4 from a ledger.
public enum FigureCalculator {
  /// The report over `settings.from`…`settings.to` at `settings.asOf` (or the default as-of,
  /// `defaultAsOf(_:)`; for a ledger without any dated fact, `settings.to`, else 1970-01-01).
  ///
  /// `ledger` must already be in `settings.currency` (see `CurrencyConverter`). Nothing dated after
  /// as-of counts (spec §3). The clients are the names with a time entry, counted invoice or
  /// expense by as-of that have a fact in the period (one of those, or an incident, by its date;
  /// an invoice by its issue date) or earned something in it; sorted by display name, ties by key.
  /// The diagnostics cover the whole ledger whatever the period, so two reports over one ledger
  /// carry the same ones. `filter` leaves clients out of the list and the totals, not out of the
  /// benchmark or the shares. `book`, from `invoiceBook(ledger:settings:)` over the same ledger,
  /// saves reading its invoices again when the as-of and the payment terms are the same.
  public static func report(
    ledger: Ledger, settings: Settings, filter: ClientFilter? = nil, book: InvoiceBook? = nil
  ) -> ProfitabilityReport {
    Calculation(ledger: ledger, settings: settings, book: book).report(ledger: ledger, filter: filter)
  }

  /// The ledger's invoices as of the report's as-of with `settings`, to be read by several
  /// reports over the same ledger at that as-of (the periods of a trend, a report and the
  /// decisions' window) rather than by each again.
  public static func invoiceBook(ledger: Ledger, settings: Settings) -> InvoiceBook {
    InvoiceBook(
      ledger: ledger, paymentTermsDays: settings.paymentTermsDays, asOf: Calculation.asOf(ledger, settings))
  }
}
