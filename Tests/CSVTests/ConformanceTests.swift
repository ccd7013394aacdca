import CSV
import Foundation
import Testing

/// Every case of the public CSV suites in `Conformance/` (see its README.md), run through the reader in all
/// three chunkings, compared with the suite's own expectation.
///
/// Each suite lists, by case name, the cases that are not a plain match: skipped (an option we do not have,
/// with the reason), a documented choice (``Choice``, with our exact result), or an error the suite gives no
/// position for (with ours). A `tally` test per suite pins the counts and checks every listed name exists, so
/// no case is dropped silently and no stale entry hides a change.
@Suite enum ConformanceTests {
  /// The expectation of a case for which the suite only says "an error", as canonical JSON.
  static let errorMarker = #""error""#

  /// Compares one case: `actual` and `expected` are canonical JSON texts in the suite's form.
  static func check(
    _ name: String, actual: String, expected: String, verdict: Verdict?,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    switch verdict {
    case nil:
      #expect(actual == expected, "\(name)", sourceLocation: sourceLocation)
    case .choice(let choice, let ours):
      let ours = JSONValue.canonical(ours)
      #expect(actual == ours, "\(name): our choice on \(choice.rawValue)", sourceLocation: sourceLocation)
      #expect(
        expected != ours, "\(name): the suite agrees with our choice, drop the entry", sourceLocation: sourceLocation)
    case .error(let ours):
      let ours = JSONValue.canonical(ours)
      #expect(actual == ours, "\(name): our error", sourceLocation: sourceLocation)
      #expect(ours.contains("\"!"), "\(name): ours must hold an error", sourceLocation: sourceLocation)
      #expect(expected == errorMarker, "\(name): the suite expects no error", sourceLocation: sourceLocation)
    case .skip(let reason):
      Issue.record("\(name) is skipped (\(reason)) but was run", sourceLocation: sourceLocation)
    }
  }

  /// Checks a suite's verdict table against its case names and pins how the cases split.
  static func checkTally(
    names: [String], verdicts: [String: Verdict], expected: Tally, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(Set(names).count == names.count, "case names must be unique", sourceLocation: sourceLocation)
    let unknown = Set(verdicts.keys).subtracting(names).sorted()
    #expect(unknown.isEmpty, "verdicts for cases the suite does not have: \(unknown)", sourceLocation: sourceLocation)
    #expect(Tally(names: names, verdicts: verdicts) == expected, sourceLocation: sourceLocation)
  }

  /// The canonical JSON of a suite's rows: a record per array of strings, an error as `!name line:column`.
  static func rows(_ events: [ReadEvent]) -> String {
    JSONValue(events).canonicalText
  }

  /// Records read as objects keyed by the first record (a header), the way csv-spectrum and Papa Parse's
  /// `header: true` give them. A short row has only the keys it reaches; extra fields go under `extraKey`
  /// (Papa's `__parsed_extra`). Errors stay in place as `!name line:column`.
  static func objects(_ events: [ReadEvent], extraKey: String = "__parsed_extra") -> JSONValue {
    var header: [String]?
    var result: [JSONValue] = []
    for event in events {
      guard let fields = event.fields else {
        result.append(.string(event.description))
        continue
      }
      guard let keys = header else {
        header = fields
        continue
      }
      var members = zip(keys, fields).map { (key: $0, value: JSONValue.string($1)) }
      if fields.count > keys.count { members.append((extraKey, JSONValue(Array(fields[keys.count...])))) }
      result.append(.object(members))
    }
    return .array(result)
  }
}

extension ConformanceTests {
  /// Every choice topic has its section in docs/csv.md, where the choice and its reason are written down.
  @Test(arguments: Choice.allCases)
  static func choiceIsDocumented(_ choice: Choice) throws {
    let docs = ConformanceData.root.deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("docs/csv.md")
    let text = try String(contentsOf: docs, encoding: .utf8)
    #expect(text.contains("\n### \(choice.rawValue)\n"))
  }
}
