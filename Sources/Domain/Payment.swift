/// Money received against an invoice, from a payments file.
public struct Payment: Hashable, Sendable {
  public var invoiceNumber: String
  /// The client, where the payments file names one (needed when two invoices share a number).
  public var client: ClientKey?
  public var day: Day
  public var amount: Money
  public var position: SourcePosition?

  public init(
    invoiceNumber: String, client: ClientKey? = nil, day: Day, amount: Money,
    position: SourcePosition? = nil
  ) {
    self.invoiceNumber = invoiceNumber
    self.client = client
    self.day = day
    self.amount = amount
    self.position = position
  }
}
