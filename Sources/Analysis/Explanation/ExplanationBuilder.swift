import Domain

/// Builds one client's explanation over one scope from the calculation that made its figures: the
/// tables of the rows that fed them (`ExplanationBuilder+Tables`) and each figure with its formula
/// (`ExplanationBuilder+Figures`).
struct ExplanationBuilder {
  let calculation: Calculation
  let ledger: Ledger
  let client: ClientKey
  let scope: Scope
  /// Which of the calculation's periods the scope is: its own period, or the year to as-of.
  let periodIndex: Int
  /// The client's time in the scope's days, by month.
  let groups: [TimeGroups.Group]
  var explanation: Explanation

  init(
    _ calculation: Calculation, ledger: Ledger, client: ClientKey, scope: Scope, periodIndex: Int,
    groups: [TimeGroups.Group]
  ) {
    self.calculation = calculation
    self.ledger = ledger
    self.client = client
    self.scope = scope
    self.periodIndex = periodIndex
    self.groups = groups
    explanation = Explanation(
      client: client, name: ledger.clients.displayName(for: client), asOf: calculation.asOf,
      currency: calculation.settings.currency)
    explanation.scopes = [
      ScopeSpan(scope: scope, from: days.from, to: min(days.to ?? calculation.asOf, calculation.asOf))
    ]
  }

  var settings: Settings { calculation.settings }
  var asOf: Day { calculation.asOf }
  var currency: Currency { settings.currency }

  /// The days of the scope.
  var days: Period {
    periodIndex == Calculation.yearIndex ? Calculation.year(to: asOf) : calculation.period
  }

  /// The client's spans and work, kept by the calculation for this explanation.
  var earnings: ClientEarnings? { calculation.earned.traced[client] }

  /// Every figure and table of the scope.
  mutating func buildAll() {
    addTimeTables()
    addEarnedTables()
    addInvoiceTables()
    addOtherTables()
    addFigures()
  }

  /// Only what the year's earned revenue needs (for the share).
  mutating func buildEarned() {
    addTimeTables(unbilledOnly: true)
    addEarnedTables()
    addEarnedFigures(value: calculation.tally(for: client).yearEarned, unbilled: nil)
  }

  func id(_ kind: RowTable.Kind) -> String { RowTable.id(kind, scope) }

  func key(_ name: String) -> FigureKey { FigureKey(name, scope) }

  mutating func add(_ table: RowTable) {
    if !table.rows.isEmpty { explanation.tables.append(table) }
  }

  /// True when the scope has the table with rows.
  func has(_ kind: RowTable.Kind) -> Bool { explanation.table(id(kind)) != nil }
}
