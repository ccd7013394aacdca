import Domain

/// Which figure an explanation means: its name as in the JSON (`effectiveRate`) and the days it is
/// measured over.
public struct FigureKey: Hashable, Sendable, CustomStringConvertible {
  public var name: String
  public var scope: Scope

  public init(_ name: String, _ scope: Scope) {
    self.name = name
    self.scope = scope
  }

  public var description: String { "\(name)@\(scope.rawValue)" }
}

/// The days a figure of an explanation covers.
public enum Scope: String, Sendable, Hashable, CaseIterable {
  /// The report's period (`--from`/`--to`; all the data by default).
  case period
  /// All the data up to as-of, whatever the period: what an exit leaves open.
  case allData
  /// The decision's trailing window W (spec §5).
  case window
  /// The year to as-of, [asOf − 364, asOf]: what a share is measured over (spec §4).
  case year
  /// The decision's own figures (spec §5), made from the window's and the settings.
  case decision
}

/// The first and last day a scope covers; `from` nil: from the first fact.
public struct ScopeSpan: Sendable, Equatable {
  public var scope: Scope
  public var from: Day?
  public var to: Day

  public init(scope: Scope, from: Day?, to: Day) {
    self.scope = scope
    self.from = from
    self.to = to
  }
}
