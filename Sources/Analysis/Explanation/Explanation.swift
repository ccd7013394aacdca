import Domain

/// Why one client's figures are what they are: each figure with the formula it follows from, and
/// the input rows that fed them, over the report's period and the other spans the figures read
/// (the decision's window, the year of the share, all the data). See docs/spec.md, "Explaining a
/// figure".
public struct Explanation: Sendable, Equatable {
  public var client: ClientKey
  public var name: String
  public var asOf: Day
  public var currency: Currency
  /// The spans the figures cover, in the order they are first shown.
  public var scopes: [ScopeSpan]
  /// In the order they are shown: the report's, then the decision's, then the figures they read.
  public var figures: [ExplainedFigure]
  public var tables: [RowTable]
  /// The recommendation and its reasons, when the decision is explained.
  public var verdict: ExplainedVerdict?

  public init(client: ClientKey, name: String, asOf: Day, currency: Currency) {
    self.client = client
    self.name = name
    self.asOf = asOf
    self.currency = currency
    scopes = []
    figures = []
    tables = []
  }

  /// The figure `key`; a scope that covers the same days as another is looked up as that one.
  public func figure(_ key: FigureKey) -> ExplainedFigure? {
    figures.first { $0.key == key }
  }

  /// The table `id`.
  public func table(_ id: String) -> RowTable? { tables.first { $0.id == id } }

  /// The span `scope` covers.
  public func span(of scope: Scope) -> ScopeSpan? { scopes.first { $0.scope == scope } }

  /// Adds the figures, tables and spans of `other` that this one does not have yet.
  public mutating func merge(_ other: Explanation) {
    for scope in other.scopes where span(of: scope.scope) == nil { scopes.append(scope) }
    for figure in other.figures where self.figure(figure.key) == nil { figures.append(figure) }
    for table in other.tables where self.table(table.id) == nil { tables.append(table) }
    if verdict == nil { verdict = other.verdict }
  }

  /// Every figure name that can be asked for, in the order shown: the period's, then the decision's.
  public var figureNames: [String] {
    var names: [String] = []
    for figure in figures where !figure.isTerm && (figure.key.scope == .period || figure.key.scope == .decision) {
      if !names.contains(figure.key.name) { names.append(figure.key.name) }
    }
    return names + (verdict == nil ? [] : [ExplainedVerdict.figureName])
  }

  /// Only the figure named `name` (the period's, else the decision's) and the figures and tables its
  /// formula reads, each once; nil when there is no such figure.
  public func narrowed(to name: String) -> Explanation? {
    // The recommendation is no number: it is explained by its reasons and the monthly profit it reads.
    let asked = name == ExplainedVerdict.figureName && verdict != nil ? "monthlyProfit" : name
    let key = [FigureKey(asked, .period), FigureKey(asked, .decision)].first { figure($0) != nil }
    guard let key else { return nil }
    var keep: [FigureKey] = []
    var tableIDs: [String] = []
    var pending = [key]
    while let next = pending.first {
      pending.removeFirst()
      guard !keep.contains(next), let found = figure(next) else { continue }
      keep.append(next)
      pending += found.formula?.figures ?? []
      for id in found.formula?.tables ?? [] where !tableIDs.contains(id) { tableIDs.append(id) }
    }
    var narrowed = self
    narrowed.figures = keep.compactMap(figure)
    narrowed.tables = tables.filter { tableIDs.contains($0.id) }
    let scopes = Set(narrowed.figures.map(\.key.scope)).union(narrowed.tables.map(\.scope))
    narrowed.scopes = self.scopes.filter { scopes.contains($0.scope) }
    if name != ExplainedVerdict.figureName { narrowed.verdict = nil }
    return narrowed
  }
}

/// The recommendation of spec §5 and why, as an explanation shows it.
public struct ExplainedVerdict: Sendable, Equatable {
  /// The name `explain CLIENT recommendation` asks for it by.
  public static let figureName = "recommendation"

  /// The recommendation as in the JSON (`exit-now`).
  public var recommendation: String
  /// The number of the rule of spec §5 that applied (1 to 12).
  public var rule: Int
  public var reasons: [String]

  public init(recommendation: String, rule: Int, reasons: [String]) {
    self.recommendation = recommendation
    self.rule = rule
    self.reasons = reasons
  }
}
