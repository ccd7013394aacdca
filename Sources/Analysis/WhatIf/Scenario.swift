import Domain

/// The changes `whatif` makes to the facts and the settings (docs/spec.md "What if"), each per
/// client, already resolved to exact factors.
public struct Scenario: Sendable, Equatable {
  /// Every billable value, invoice amount and payment of the client times this factor (1.2 for +20%).
  public var rateFactors: [ClientKey: Fraction] = [:]
  /// The share of the client's non-billable time that becomes billable, and billed.
  public var billNonBillable: [ClientKey: Fraction] = [:]
  /// Every invoice of the client due this many days after its issue date.
  public var paymentTerms: [ClientKey: Int] = [:]
  /// The share of each invoice of the client paid on its issue date.
  public var deposits: [ClientKey: Fraction] = [:]
  /// The clients dropped: every fact of theirs left out.
  public var dropped: Set<ClientKey> = []
  /// A dropped client's hours worked for a new client at the target rate.
  public var refill = true
  /// The cost rate, in the report currency; nil: the settings' own.
  public var costRate: Money?

  public init() {}

  /// True when nothing changes.
  public var isEmpty: Bool {
    rateFactors.isEmpty && billNonBillable.isEmpty && paymentTerms.isEmpty && deposits.isEmpty && dropped.isEmpty
      && costRate == nil
  }

  /// The name a dropped client's refilled hours go by.
  public static func refillName(of name: String) -> String { name + " (refill)" }
}
