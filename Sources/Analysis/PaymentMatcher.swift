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
  /// The first invoice with each number; the later ones of a number several invoices share, apart
  /// (rare: so most numbers cost no array of their own).
  private let firstByNumber: [String: Int]
  private let laterByNumber: [String: [Int]]

  init(invoices: [Invoice]) {
    self.invoices = invoices
    var first: [String: Int] = [:]
    var later: [String: [Int]] = [:]
    first.reserveCapacity(invoices.count)
    for index in invoices.indices {
      let number = invoices[index].number
      if first[number] == nil {
        first[number] = index
      } else {
        later[number, default: []].append(index)
      }
    }
    (firstByNumber, laterByNumber) = (first, later)
  }

  /// The invoice `payment` belongs to.
  func match(_ payment: Payment) -> Match {
    let all = firstByNumber[payment.invoiceNumber].map { [$0] + (laterByNumber[payment.invoiceNumber] ?? []) } ?? []
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
