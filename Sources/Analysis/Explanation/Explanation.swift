import Domain
import Localization

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

  /// The figure `key`, if the explanation has it.
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

  /// Only the figure named `name` (the period's, else the decision's) and the figures and tables its
  /// formula reads, each once; nil when there is no such figure.
  public func narrowed(to name: String) -> Explanation? {
    // The recommendation is no number: it is explained by its reasons and the monthly profit it reads.
    let isVerdict = name == ExplainedVerdict.figureName && verdict != nil
    let asked = isVerdict ? "monthlyProfit" : name
    guard let key = [FigureKey(asked, .period), FigureKey(asked, .decision)].first(where: { figure($0) != nil })
    else { return nil }
    var narrowed = keeping([key], tables: isVerdict ? [RowTable.id(.incidents, .window)] : [])
    if !isVerdict { narrowed.verdict = nil }
    // The figure asked for first, then what it reads.
    if let index = narrowed.figures.firstIndex(where: { $0.key == key }) {
      narrowed.figures.insert(narrowed.figures.remove(at: index), at: 0)
    }
    return narrowed
  }

  /// The report's and the decision's figures (those the decision carries), and only the figures and
  /// tables of the other spans that they read (and the incidents, which the verdict reads): the
  /// whole explanation as shown.
  public func pruned() -> Explanation {
    let roots = figures.filter {
      ($0.key.scope == .period || $0.key.scope == .decision) && $0.note != .notCarried
    }.map(\.key)
    return keeping(roots, tables: [RowTable.id(.incidents, .period), RowTable.id(.incidents, .window)])
  }

  /// `roots`, the figures and tables they read, each once, and the tables `extra`.
  private func keeping(_ roots: [FigureKey], tables extra: [String]) -> Explanation {
    var seen = Set<FigureKey>()
    var tableIDs = Set(extra)
    var pending = roots
    while let next = pending.popLast() {
      guard seen.insert(next).inserted, let found = figure(next) else { continue }
      pending += (found.formula?.figures ?? []).reversed()
      tableIDs.formUnion(found.formula?.tables ?? [])
    }
    var kept = self
    kept.figures = figures.filter { seen.contains($0.key) }
    kept.tables = tables.filter { tableIDs.contains($0.id) }
    let scopes = Set(kept.figures.map(\.key.scope)).union(kept.tables.map(\.scope))
    kept.scopes = self.scopes.filter { scopes.contains($0.scope) }
    return kept
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
  public var reasons: [LocalizedText]

  public init(recommendation: String, rule: Int, reasons: [LocalizedText]) {
    self.recommendation = recommendation
    self.rule = rule
    self.reasons = reasons
  }
}
