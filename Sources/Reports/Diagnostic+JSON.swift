import Domain
import Localization

extension JSONNode {
  /// The `diagnostics` array of spec §6: `{file, line, column, severity, message}` each, unknown
  /// line and column as null; the message in the run's language (`locale`).
  static func diagnostics(_ diagnostics: [Diagnostic], _ locale: TextLocale) -> JSONNode {
    .array(
      diagnostics.map { diagnostic in
        .object([
          Member("file", .string(diagnostic.file)), Member("line", .integer(diagnostic.line)),
          Member("column", .integer(diagnostic.column)), Member("severity", .string(diagnostic.severity.rawValue)),
          Member("message", .string(diagnostic.text.rendered(in: locale.forMachines))),
        ])
      })
  }
}
