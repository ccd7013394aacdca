/// A file layout ClientWorth recognises by its header: which columns carry which facts.
public struct ExportFormat: Sendable {
  /// One column the format reads: the header names it may carry (compared case- and
  /// space-insensitively) and whether a file without it is this format at all.
  public struct Column: Sendable {
    public var field: Field
    public var names: [String]
    public var required: Bool

    public init(_ field: Field, _ names: [String], required: Bool) {
      self.field = field
      self.names = names
      self.required = required
    }
  }

  /// A short name for messages and `clientworth formats`, e.g. `native time`.
  public var name: String
  public var kind: FileKind
  public var columns: [Column]
  /// Columns of which at least one must be present (`hours` or `duration`).
  public var requiredOneOf: [[Field]]
  /// The day/month order the tool documents for slashed dates, used when a column fits both.
  public var documentedDayOrder: DayOrderHint
  /// How a row becomes facts: by `kind` with the standard converter, or by the format's own code
  /// (a file mixing invoices and payments, line items to add up, rows to leave out).
  var conversion: RowConversion
  /// Where the format's facts come from (vendor docs, real exports), for `clientworth formats`.
  public var source: String

  init(
    name: String, kind: FileKind, columns: [Column], requiredOneOf: [[Field]] = [],
    documentedDayOrder: DayOrderHint = .none, conversion: RowConversion = .standard, source: String = ""
  ) {
    self.name = name
    self.kind = kind
    self.columns = columns
    self.requiredOneOf = requiredOneOf
    self.documentedDayOrder = documentedDayOrder
    self.conversion = conversion
    self.source = source
  }

  /// The header names of the required columns, for messages.
  public var requiredNames: [String] {
    columns.filter(\.required).map { $0.names[0] }
      + requiredOneOf.map { alternatives in
        alternatives.compactMap { field in columns.first { $0.field == field }?.names[0] }
          .joined(separator: " or ")
      }
  }
}

/// A format's documented day/month order, if it has one.
public enum DayOrderHint: Sendable {
  case none
  case dmy
  case mdy
}
