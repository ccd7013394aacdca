/// The formats of the tools people export from (issue 4), recognised by header like the native ones.
enum ToolFormats {
  static let all: [ExportFormat] = [
    TogglFormat.format,
    ClockifyFormat.format,
    HarvestTimeFormat.format,
    KimaiFormat.format,
    KimaiSecondsFormat.format,
    HarvestInvoicesFormat.format,
    HarvestPaymentsFormat.format,
    HarvestExpensesFormat.format,
    FreshBooksInvoicesFormat.format,
    QuickBooksInvoicesFormat.format,
    StripeInvoicesFormat.format,
    StripePaymentsFormat.format,
    UpworkTransactionsFormat.format,
    PayPalActivityFormat.format,
    ZohoInvoicesFormat.format,
    Invoice2goInvoicesFormat.format,
    WaveInvoicesFormat.format,
    TempoWorklogsFormat.format,
    ClockifySummaryFormat.format,
    XeroInvoicesFormat.format,
    InvoiceNinjaInvoicesFormat.format,
  ]
}
