/// One figure explained: its value, the formula it follows from, and, where it is not computed
/// (a null), why.
///
/// The formula's operands are other figures of the same explanation, named constants (a setting,
/// a fixed number) and the totals of its tables of rows, so evaluating the formula gives the value
/// exactly (`Explanation.evaluate`), and the rows add up to it.
public struct ExplainedFigure: Sendable, Equatable {
  public var key: FigureKey
  /// nil: the spec's null.
  public var value: Quantity?
  /// How the value follows from its operands; nil for a figure that is a setting.
  public var formula: Formula?
  /// Why the value is null, or zero with nothing to add up.
  public var note: FigureNote?
  /// True for a term of another figure (the unrounded unbilled work, the benchmark rate), not a
  /// figure of the report or the decision: it cannot be asked for by name.
  public var isTerm: Bool

  public init(_ key: FigureKey, value: Quantity?, formula: Formula?, note: FigureNote? = nil, isTerm: Bool = false) {
    self.key = key
    self.value = value
    self.formula = formula
    self.note = note
    self.isTerm = isTerm
  }
}
