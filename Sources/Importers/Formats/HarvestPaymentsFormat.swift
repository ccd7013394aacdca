/// Harvest's invoice payments export.
///
/// Facts (FORMATS.md §5, V1): header `Payment Date,Invoice ID,Invoice Issue Date,Client,Invoice Amount,
/// Payment Amount,Tax,Tax2,Currency,Currency Symbol,Document Type` — invoiceninja/invoiceninja
/// Harvest import tests (idx:60033127036, idx:62642258905). One row per payment; several rows for
/// one invoice are partial payments; a negative row is a refund or an adjustment. `Invoice ID` is
/// the `ID` of the invoices export, so payments find their invoices by number (and client).
enum HarvestPaymentsFormat {
  static let format = ExportFormat(
    name: "harvest payments", kind: .payments,
    columns: [
      .init(.invoice, ["Invoice ID"], required: true),
      .init(.date, ["Payment Date"], required: true),
      .init(.amount, ["Payment Amount"], required: true),
      .init(.client, ["Client"], required: false),
      .init(.currency, ["Currency"], required: false),
    ],
    source: "invoiceninja/invoiceninja Harvest import tests",
    export: "Settings > Import/Export > Export invoice payments (CSV)")
}
