import CSV
import Testing

extension ConformanceTests {
  /// W3C CSV on the Web, the non-normative dialect tests and test001 (`csv/w3c-csvw/tests`).
  ///
  /// Each expected row is compared as `{"row": N, "cells": {column: value}}`: `N` is the RFC 7111 row from the
  /// result's `#row=N` (the header counts as row 1), which must equal our ``CSV/CSVRecord/number``, and only
  /// string columns are compared (typed values such as dates are converted by a CSVW processor, not a reader).
  /// The metadata's `delimiter`, `header`/`headerRowCount`, `skipRows`, `skipColumns` and `skipBlankRows` are
  /// applied to our records here, since they pick records and columns rather than change how bytes are read.
  /// `trim` and `skipInitialSpace` are not applied: the expected results keep the spaces anyway (see the
  /// README), so those tests check that spaces outside quotes are data.
  @Suite("w3c-csvw") struct W3CCSVW {
    static let comments = "needs a comment prefix in the data rows, an option our reader does not have"
    static let verdicts: [String: Verdict] = [
      "test052": .skip(comments),
      "test057": .skip(comments),
      "test058": .skip(comments),
      // Rows of 3, 2 and 1 fields: the reader returns each with the fields it has; rejecting a short row
      // is the importer's decision (it names the missing column).
      "test091": .choice(
        .raggedRows,
        ours: #"""
          [{"cells":{"col1":"1","col2":"2","col3":"3"},"row":2},{"cells":{"col1":"1","col2":"2"},"row":3},
          {"cells":{"col1":"1"},"row":4}]
          """#),
    ]

    struct Case: Sendable, CustomTestStringConvertible {
      var name: String
      var csv: String
      var dialect = CSVDialect()
      var headerRows = 1
      var skipRows = 0
      var skipColumns = 0
      var skipBlankRows = false
      /// Column names from the metadata and whether each is a string column; `nil` without metadata.
      var columns: [(name: String, isString: Bool)]?
      var expected = ConformanceTests.errorMarker
      var testDescription: String { name }
    }

    static func cases() throws -> [Case] {
      let folder = "w3c-csvw/tests/"
      let manifest = try ConformanceData.json(folder + "manifest-nonnorm.jsonld")
      // test001, the simplest normative test, is not in the non-normative manifest.
      let test001 = Case(
        name: "test001", csv: folder + "test001.csv",
        expected: try expectedRows(ConformanceData.json(folder + "test001.json"), columns: nil).canonicalText)
      return try [test001]
        + (manifest["entries"]?.array ?? []).map { entry in
          let id = entry["id"]?.string ?? "?"
          let action = entry["action"]?.string ?? "?"
          var testCase = Case(name: String(id.split(separator: "#").last ?? ""), csv: folder + action)
          if entry["contentType"]?.string == "text/csv;header=absent" { testCase.headerRows = 0 }
          let metadataFile = entry["option"]?["metadata"]?.string ?? (action.hasSuffix(".json") ? action : nil)
          if let metadataFile {
            try apply(ConformanceData.json(folder + metadataFile), folder: folder, to: &testCase)
          }
          if let result = entry["result"]?.string {
            testCase.expected = try expectedRows(ConformanceData.json(folder + result), columns: testCase.columns)
              .canonicalText
          }
          return testCase
        }
    }

    /// Reads the parts of a CSVW metadata document that say which file, records and columns to read.
    static func apply(_ metadata: JSONValue, folder: String, to testCase: inout Case) throws {
      let table = metadata["tables"]?.array?.first ?? metadata
      if let url = table["url"]?.string ?? metadata["url"]?.string { testCase.csv = folder + url }
      // A table's dialect replaces the group's entirely; a string names a dialect file.
      var dialect = table["dialect"] ?? metadata["dialect"] ?? .object([])
      if let file = dialect.string { dialect = try ConformanceData.json(folder + file) }
      if let delimiter = dialect["delimiter"]?.string?.utf8.first { testCase.dialect.delimiter = delimiter }
      if dialect["header"] == .bool(false) { testCase.headerRows = 0 }
      if let count = dialect["headerRowCount"]?.canonicalText, let rows = Int(count) { testCase.headerRows = rows }
      if let count = dialect["skipRows"]?.canonicalText, let rows = Int(count) { testCase.skipRows = rows }
      if let count = dialect["skipColumns"]?.canonicalText, let columns = Int(count) { testCase.skipColumns = columns }
      testCase.skipBlankRows = dialect["skipBlankRows"] == .bool(true)
      if let columns = table["tableSchema"]?["columns"]?.array {
        testCase.columns = columns.map { column in
          let name = column["name"]?.string ?? column["titles"]?.string ?? "?"
          let datatype = column["datatype"]
          return (name, datatype == nil || datatype == .string("string"))
        }
      }
    }

    /// The result file's rows in our comparison form, string columns only.
    static func expectedRows(_ result: JSONValue, columns: [(name: String, isString: Bool)]?) -> JSONValue {
      let strings = columns.map { Set($0.filter(\.isString).map(\.name)) }
      let rows = result["tables"]?.array?.first?["row"]?.array ?? []
      return .array(
        rows.map { row in
          let number = row["url"]?.string?.split(separator: "=").last.map(String.init) ?? "?"
          var cells: [(key: String, value: JSONValue)] = []
          if case .object(let members)? = row["describes"]?.array?.first {
            cells = members.filter { strings?.contains($0.key) ?? true }
          }
          return .object([("row", .number(number)), ("cells", .object(cells))])
        })
    }

    /// Our records in the comparison form.
    static func observed(_ events: [ReadEvent], _ testCase: Case) -> JSONValue {
      var names = testCase.columns?.map(\.name)
      let strings = testCase.columns.map { Set($0.filter(\.isString).map(\.name)) }
      var headers = testCase.headerRows
      var rows: [JSONValue] = []
      for event in events {
        guard case .record(let record) = event else {
          rows.append(.string(event.description))
          continue
        }
        if record.number <= testCase.skipRows { continue }
        let fields = Array(record.fields.dropFirst(testCase.skipColumns))
        if headers > 0 {
          headers -= 1
          if names == nil { names = fields }
          continue
        }
        if testCase.skipBlankRows && fields.allSatisfy(\.isEmpty) { continue }
        let keys = names ?? fields.indices.map { "_col.\($0 + 1)" }
        let cells = zip(keys, fields).filter { strings?.contains($0.0) ?? true }.map {
          (key: $0.0, value: JSONValue.string($0.1))
        }
        rows.append(.object([("row", .number(String(record.number))), ("cells", .object(cells))]))
      }
      return .array(rows)
    }

    @Test(arguments: try cases().filter { verdicts[$0.name]?.isSkip != true })
    func csvwCase(_ testCase: Case) throws {
      let events = Read.agreed(try ConformanceData.bytes(testCase.csv), dialect: testCase.dialect)
      if testCase.expected != ConformanceTests.errorMarker {
        #expect(testCase.expected.contains(#""cells":{""#), "every result compares some cells")
      }
      ConformanceTests.check(
        testCase.name, actual: Self.observed(events, testCase).canonicalText, expected: testCase.expected,
        verdict: Self.verdicts[testCase.name])
    }

    @Test func tally() throws {
      ConformanceTests.checkTally(
        names: try Self.cases().map(\.name), verdicts: Self.verdicts, expected: Tally(agree: 15, choice: 1, skip: 3))
    }
  }
}
