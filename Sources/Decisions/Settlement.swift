import Analysis
import Domain

/// What must be settled before a client can be left cleanly (spec §5: invoice the unbilled work,
/// collect or schedule the open balance, hand over the work), over all the data up to as-of.
public struct Settlement: Sendable, Equatable {
  /// The unbilled work's estimated value; nil when it cannot be valued.
  public var unbilledValue: Money?
  /// What the client still owes on its invoices (never below zero).
  public var openBalance: Money
  /// The part of it past due, bad debt included.
  public var pastDue: Money
  /// The contract's end and the hours still owed, from the settings' `clients`.
  public var contractEnd: Day?
  public var wrapUpHours: Fraction?
  /// The currency the client is billed in: amounts in the report currency are stated to the client
  /// only when it is the same.
  public var clientCurrency: Currency
  /// Whether to tell the client in a call or meeting (a large client) or in writing.
  public var isLargeClient: Bool

  public init(
    unbilledValue: Money?, openBalance: Money, pastDue: Money, contractEnd: Day? = nil, wrapUpHours: Fraction? = nil,
    clientCurrency: Currency, isLargeClient: Bool = false
  ) {
    self.unbilledValue = unbilledValue
    self.openBalance = openBalance
    self.pastDue = pastDue
    self.contractEnd = contractEnd
    self.wrapUpHours = wrapUpHours
    self.clientCurrency = clientCurrency
    self.isLargeClient = isLargeClient
  }

  init(_ input: DecisionInput) {
    let allData = input.allData
    self.init(
      unbilledValue: allData.figures.unbilledValue,
      openBalance: Money.max(.zero(input.currency), allData.figures.outstanding), pastDue: allData.aging.overdue,
      contractEnd: input.terms?.contractEnd, wrapUpHours: input.terms?.wrapUpHours,
      clientCurrency: input.clientCurrency, isLargeClient: input.size == .large)
  }
}
