import Domain
import Localization

/// A file layout ClientWorth recognises by its header: which columns carry which facts.
public struct ExportFormat: Sendable {
  /// One column the format reads: the header names it may carry (compared case- and
  /// space-insensitively; when several are present the earlier name wins) and whether a file
  /// without it is this format at all.
  public struct Column: Sendable {
    public var field: Field
    public var names: [String] {
      didSet { wanted = names.map(WantedName.init) }
    }
    public var required: Bool
    /// The names as a header cell is compared with them, worked out once.
    private(set) var wanted: [WantedName]

    public init(_ field: Field, _ names: [String], required: Bool) {
      self.field = field
      self.names = names
      self.required = required
      wanted = names.map(WantedName.init)
    }
  }

  /// A column name as header cells are matched against it: normalised like them, and `Amount (*)`
  /// standing for any text in parentheses after `Amount`.
  struct WantedName: Sendable {
    let normalized: String
    let anyInParentheses: Bool

    init(_ name: String) {
      anyInParentheses = name.hasSuffix("(*)")
      normalized = HeaderName(anyInParentheses ? name.dropLast(3) : name[...]).normalized
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
  /// What an empty cell in the billable column means. Spec §1: billable defaults to yes; Kimai
  /// writes a false flag as an empty cell.
  public var emptyBillableIsBillable: Bool
  /// A report layout (QuickBooks): a row holding only its first cell is a group heading (the
  /// customer) that applies to the rows below it, not a data row.
  public var groupedRows: Bool
  /// The duration column holds whole seconds (`7260`), not hours or a clock (Kimai 1.x).
  public var durationInSeconds: Bool
  /// Cells that stand for an empty one, lower case (Clockify's `(Without client)`).
  public var emptyPlaceholders: Set<String> = []
  /// How a row becomes facts: by `kind` with the standard converter, or by the format's own code
  /// (a file mixing invoices and payments, line items to add up, rows to leave out).
  var conversion: RowConversion
  /// Where the format's facts come from (vendor docs, real exports), for `clientworth formats`.
  public var source: String
  /// Where in the tool the export is made, for `clientworth formats` and the docs.
  public var export: String

  init(
    name: String, kind: FileKind, columns: [Column], requiredOneOf: [[Field]] = [],
    documentedDayOrder: DayOrderHint = .none, emptyBillableIsBillable: Bool = true, groupedRows: Bool = false,
    durationInSeconds: Bool = false, conversion: RowConversion = .standard, source: String = "", export: String = ""
  ) {
    self.durationInSeconds = durationInSeconds
    self.name = name
    self.kind = kind
    self.columns = columns
    self.requiredOneOf = requiredOneOf
    self.documentedDayOrder = documentedDayOrder
    self.emptyBillableIsBillable = emptyBillableIsBillable
    self.groupedRows = groupedRows
    self.conversion = conversion
    self.source = source
    self.export = export
  }

  /// The header names of the required columns, for messages.
  public var requiredNames: [String] {
    columns.filter(\.required).map { $0.names[0] }
      + requiredOneOf.map { alternatives in
        alternatives.compactMap { field in columns.first { $0.field == field }?.names[0] }
          .joined(separator: " or ")
      }
  }

  /// The header names of the optional columns (those not in `requiredOneOf` either), for
  /// `clientworth formats`; alternative spellings follow a slash.
  public var optionalNames: [String] {
    let oneOf = Set(requiredOneOf.flatMap { $0 })
    return columns.filter { !$0.required && !oneOf.contains($0.field) }.map { $0.names.joined(separator: " / ") }
  }

  /// How many columns a file must have to be this format: more means a more specific signature.
  var requiredCount: Int { columns.filter(\.required).count + requiredOneOf.count }
}

/// A format's documented day/month order, if it has one.
public enum DayOrderHint: Sendable {
  case none
  case dmy
  case mdy
}

extension ExportFormat {
  /// A figure a file leaves blind when it lacks a column, said once for the file rather than
  /// once for each of its rows: the column, what is lost, and whether the file's facts show the
  /// loss (a file whose invoices record no payment loses no payment dates).
  struct Loss: Sendable {
    var field: Field
    var lost: LocalizedText
    var shows: @Sendable (Ledger) -> Bool
  }

  var losses: [Loss] {
    switch kind {
    case .invoices:
      [
        Loss(
          field: .paidDate,
          lost: LocalizedText(
            en: "no paid dates: its invoices' paid amounts count as collected, but lateness and the late-payer flag "
              + "cannot be judged (add a payments file, or export the paid-date column)",
            ar: "لا تواريخ دفع: تُحتسب المبالغ المدفوعة من فواتيره محصّلةً، لكن لا يمكن الحكم على التأخير ولا على مؤشر "
              + "تأخر الدفع (أضف ملف دفعات، أو صدِّر عمود تاريخ الدفع)"),
          shows: { facts in facts.invoices.contains { $0.paidDay == nil && $0.paidAmount.map { !$0.isZero } == true } })
      ]
    case .time, .payments, .expenses, .incidents: []
    }
  }
}
