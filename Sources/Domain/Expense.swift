/// A direct cost spent on a client's behalf.
public struct Expense: Hashable, Sendable {
  public var day: Day
  public var client: ClientKey
  public var amount: Money
  public var description: String?
  public var position: SourcePosition?

  public init(
    day: Day, client: ClientKey, amount: Money, description: String? = nil,
    position: SourcePosition? = nil
  ) {
    self.day = day
    self.client = client
    self.amount = amount
    self.description = description
    self.position = position
  }
}
