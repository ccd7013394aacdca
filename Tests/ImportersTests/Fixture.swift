import Domain
import Foundation

@testable import Importers

/// The export files under `Fixtures/<tool>/`: real header shapes, invented data.
enum Fixture {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

  /// A fixture as the CLI would pass it: its path (as given) and its bytes.
  static func file(_ name: String) throws -> InputFile {
    InputFile(path: name, bytes: Array(try Data(contentsOf: folder.appendingPathComponent(name))))
  }

  /// Imports fixtures together.
  static func importing(_ names: [String], options: ImportOptions = ImportOptions()) throws -> ImportResult {
    try importAccounted(names.map(file), options: options)
  }
}

/// One line per fact, so a test states every figure of a file exactly and a failure shows which.
extension Ledger {
  /// `2025-03-03 Northwind Studio 9000s billable 237.50 USD`.
  var timeLines: [String] {
    timeEntries.map { entry in
      "\(entry.day) \(clients.displayName(for: entry.client)) \(entry.seconds)s "
        + "\(entry.billable ? "billable" : "non-billable") \(entry.value?.description ?? "no value")"
    }
  }

  /// `0000041 Northwind Studio 2025-01-31 due 2025-03-02 2837.50 USD issued paid 2025-02-14 -`.
  var invoiceLines: [String] {
    invoices.map { invoice in
      "\(invoice.number) \(clients.displayName(for: invoice.client)) \(invoice.issued) due "
        + "\(invoice.due?.description ?? "-") \(invoice.amount) \(invoice.status.rawValue) paid "
        + "\(invoice.paidDay?.description ?? "-") \(invoice.paidAmount?.description ?? "-")"
    }
  }

  /// `2025-02-14 2025-001 Northwind Studio 2850.00 USD`.
  var paymentLines: [String] {
    payments.map { payment in
      "\(payment.day) \(payment.invoiceNumber) \(payment.client.map { clients.displayName(for: $0) } ?? "-") "
        + "\(payment.amount)"
    }
  }

  /// `2025-03-04 Bluebird Bakery 48.60 USD Printing: Proof prints, 3 sets`.
  var expenseLines: [String] {
    expenses.map { expense in
      "\(expense.day) \(clients.displayName(for: expense.client)) \(expense.amount) \(expense.description ?? "")"
    }
  }
}

extension Currency {
  /// A currency from a code known to be valid in a test.
  static func code(_ code: String) -> Currency { Currency(code: code) ?? .unknown }
}
