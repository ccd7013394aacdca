/// An invoice issued to a client. A negative amount is a credit note (spec §1).
public struct Invoice: Hashable, Sendable {
  public var number: String
  public var client: ClientKey
  public var issued: Day
  /// The due date the file gives; nil means issue date + `paymentTermsDays`.
  public var due: Day?
  public var amount: Money
  public var status: InvoiceStatus
  /// The payment the invoice row itself records, if any; replaced by a payments file's rows.
  public var paidDay: Day?
  public var paidAmount: Money?
  public var position: SourcePosition?
  /// The tool's own id of the invoice where it also has a number (Stripe's `in_…`), by which a
  /// payment platform's export names it.
  public var reference: String?

  public init(
    number: String, client: ClientKey, issued: Day, due: Day? = nil, amount: Money,
    status: InvoiceStatus = .issued, paidDay: Day? = nil, paidAmount: Money? = nil,
    position: SourcePosition? = nil
  ) {
    self.number = number
    self.client = client
    self.issued = issued
    self.due = due
    self.amount = amount
    self.status = status
    self.paidDay = paidDay
    self.paidAmount = paidAmount
    self.position = position
  }

  public var isCreditNote: Bool { amount.isNegative }
}
