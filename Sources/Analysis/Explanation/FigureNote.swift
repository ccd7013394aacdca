/// Why a figure of an explanation is null, or is zero with nothing to add up; a renderer says it
/// in words.
public enum FigureNote: String, Sendable, Equatable, CaseIterable {
  case noTime
  case noInvoices
  case noExpenses
  case noBillableValue
  case noUnbilledWork
  /// Some unbilled work has neither a rate nor an amount and nothing billed shows what an hour earns.
  case unbilledCannotBeValued
  case noEarnings
  case noHours
  case noBillableHours
  case noCostRate
  /// Some of the time has no cost rate: its person has none and no default is in force that day.
  case noCostRateForSomeTime
  case earnedNotPositive
  case noShare
  /// No target rate and no hours with a known earned: every opportunity cost is zero.
  case noBenchmark
  case noLatenessItems
  case noPayments
  /// The decision does not carry this figure for its recommendation (spec §5).
  case notCarried
  /// This change alone cannot make the client break even (the sensitivity of spec §5).
  case cannotBreakEven
}
