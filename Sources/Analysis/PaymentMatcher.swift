import Domain

/// Finds the invoice a payments-file row settles (spec §1): by invoice number, and by number and
/// client where invoices of several clients share a number.
struct PaymentMatcher {
  /// What a payment was matched to.
  enum Match: Equatable {
    /// The index of the invoice in the ledger's `invoices`.
    case invoice(Int)
    /// Only a void, draft or cancelled invoice has this number: the payment is not counted.
    case ignoredInvoice
    /// No invoice has this number.
    case unknown
    /// Several clients have an invoice with this number and the payment names none of them.
    case ambiguous(clients: [ClientKey])
  }

  private let invoices: [Invoice]
  private let indicesByNumber: [String: [Int]]

  init(invoices: [Invoice]) {
    self.invoices = invoices
    var indices: [String: [Int]] = [:]
    for (index, invoice) in invoices.enumerated() {
      indices[invoice.number, default: []].append(index)
    }
    self.indicesByNumber = indices
  }

  /// The invoice `payment` belongs to.
  func match(_ payment: Payment) -> Match {
    let all = indicesByNumber[payment.invoiceNumber] ?? []
    let live = all.filter { invoices[$0].status != .ignored }
    guard let first = live.first else { return all.isEmpty ? .unknown : .ignoredInvoice }
    if live.count == 1 { return .invoice(first) }
    // Importers drop a second invoice with the same number and client, so number and client
    // name one invoice; `first` keeps the choice deterministic if a caller built duplicates.
    if let client = payment.client, let owned = live.first(where: { invoices[$0].client == client }) {
      return .invoice(owned)
    }
    let clients = Set(live.map { invoices[$0].client }).sorted()
    return .ambiguous(clients: clients)
  }
}
