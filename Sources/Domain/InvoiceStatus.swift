/// What an invoice's status column says, reduced to what the figures need.
public enum InvoiceStatus: String, Hashable, Sendable {
  /// Sent, open, paid, partial, overdue or anything else that counts as issued.
  case issued
  /// Void, voided, draft, deleted, cancelled or canceled: the invoice is ignored (spec §1).
  case ignored
  /// Uncollectible or written off: the whole open balance is bad debt (spec §1).
  case uncollectible

  /// Classifies a status cell; an empty cell counts as issued.
  public init(statusText: some StringProtocol) {
    let word = ClientKey(statusText).normalized.replacingSpaces(with: "")
    switch word {
    case "void", "voided", "draft", "deleted", "cancelled", "canceled": self = .ignored
    case "uncollectible", "writtenoff", "written-off", "writeoff", "baddebt": self = .uncollectible
    default: self = .issued
    }
  }
}

extension String {
  fileprivate func replacingSpaces(with replacement: String) -> String {
    split(separator: " ").joined(separator: replacement)
  }
}
