import CSV
import Domain
import Localization

/// Reads the cells of one file's rows (or of one part of them) by field, for every format: the
/// common forms of each value straight from the cell's bytes, the rest by the general text
/// readers, remembered per column by the cell's bytes; names are numbered once per spelling.
/// A value that cannot be read is a `RowProblem` naming the column as the header spells it.
///
/// One decoder per part, used by one thread: its tables are plain values, changed in place.
struct RowDecoder {
  /// What every row is read with, decided before the first: held by reference, as the decoder is
  /// lent by value to the helpers its mutating methods call (several times a row), and a plan is
  /// hundreds of bytes.
  private final class Fixed: Sendable {
    let plan: ReadPlan
    let directory: ClientDirectory
    /// Each field's column by `Field.ordinal`, -1 for none: asked for every cell, so held here
    /// rather than behind the plan's format.
    let columns: [Int]

    init(plan: ReadPlan) {
      self.plan = plan
      directory = ClientDirectory(aliases: plan.options.aliases)
      columns = Field.allCases.map { plan.column($0) ?? -1 }
    }
  }

  private let fixed: Fixed
  var plan: ReadPlan { fixed.plan }
  /// The row being read; its bytes are valid only while it is.
  var row = CSVRecordView()
  /// Each client spelling seen (trimmed), in the order first seen, and the rows of each.
  private(set) var spellings: [Spelling] = []
  private(set) var rows: [Int] = []
  private var clientSlots = ByteKeyedTable<Int32>(limit: .max)
  /// Names (projects, people) by field ordinal: the cell's bytes → the name's number in the log.
  private var names = [ByteKeyedTable<Int32>](repeating: ByteKeyedTable(limit: .max), count: Field.allCases.count)
  /// A person's first and last name, joined, to look both up at once.
  private var joined: [UInt8] = []
  // The general readers' conversions, by field ordinal.
  var days = [CellMemo<Day>](repeating: CellMemo(), count: Field.allCases.count)
  var amounts = [CellMemo<AmountParser.Amount>](repeating: CellMemo(), count: Field.allCases.count)
  var durations = [CellMemo<Int64>](repeating: CellMemo(), count: Field.allCases.count)
  var flags = CellMemo<Bool>()
  var currencies = CellMemo<Currency>()
  var statuses = ByteKeyedTable<InvoiceStatus>()
  /// Cells read straight from their bytes.
  var plainCells = 0

  /// A client as one file spells it: the spelling (trimmed), its key, and its number in the time
  /// log once a time row names it.
  struct Spelling {
    let text: String
    let key: ClientKey
    var timeClient: Int32 = -1
  }

  init(plan: ReadPlan) {
    fixed = Fixed(plan: plan)
  }

  var format: RecognizedFormat { plan.format }

  /// Cells read by the general readers (each distinct text once).
  var generalCells: Int {
    days.map(\.conversions).reduce(0, +) + amounts.map(\.conversions).reduce(0, +)
      + durations.map(\.conversions).reduce(0, +) + flags.conversions + currencies.conversions
  }

  /// The bytes of `field`'s cell: nil when the format has no such column, empty when the row is
  /// shorter than the header.
  @inline(__always)
  func cell(_ field: Field) -> UnsafeBufferPointer<UInt8>? {
    let column = fixed.columns[field.ordinal]
    guard column >= 0 else { return nil }
    return column < row.count ? row.field(column) : UnsafeBufferPointer(start: nil, count: 0)
  }

  /// True when the row has a value in `field`'s cell.
  ///
  /// Mutating though it changes nothing, as `clock(_:)`: its callers, mutating, ask it on every row,
  /// and lending the decoder to a non-mutating method from there copies it first.
  mutating func has(_ field: Field) -> Bool {
    let column = fixed.columns[field.ordinal]
    guard column >= 0 else { return false }
    if !format.format.emptyPlaceholders.isEmpty { return hasNoPlaceholder(field, column: column) }
    return !isBlank(column)
  }

  /// `has(_:)` for a format that writes a placeholder (`-`) for an empty cell.
  private func hasNoPlaceholder(_ field: Field, column: Int) -> Bool {
    if let text = text(field), format.format.emptyPlaceholders.contains(text.lowercased()) { return false }
    return !isBlank(column)
  }

  /// The cell's text, trimmed; nil when it is empty or the format has no such column.
  func text(_ field: Field) -> String? {
    guard let bytes = cell(field) else { return nil }
    let value = String(decoding: bytes, as: UTF8.self).trimmedCell()
    return value.isEmpty ? nil : value
  }

  func requiredText(_ field: Field) throws(RowProblem) -> String {
    guard let value = text(field) else { throw problem(field, .isEmpty, cause: "empty-\(field.causeName)") }
    return value
  }

  /// The number of the client spelling in `field`, counted for the client directory.
  mutating func spelling(_ field: Field = .client) throws(RowProblem) -> Int {
    guard let bytes = cell(field) else { throw problem(field, .isEmpty, cause: "empty-client") }
    let slot: Int
    if let known = clientSlots.value(for: bytes) {
      slot = Int(known)
    } else {
      // Checked before the spelling is normalised: that work grows faster than the name.
      guard bytes.count <= ClientKey.maxSpellingBytes else {
        throw problem(
          field,
          LocalizedText(
            en:
              "a name of \(plain: bytes.count) bytes; a client name may have at most \(plain: ClientKey.maxSpellingBytes)",
            ar:
              "اسم من \(plain: bytes.count) بايت؛ وأقصى ما يكون عليه اسم العميل \(plain: ClientKey.maxSpellingBytes) بايت"
          ),
          cause: "client-name-too-long")
      }
      let spelling = try requiredText(field)
      spellings.append(Spelling(text: spelling, key: fixed.directory.resolve(spelling)))
      rows.append(0)
      slot = spellings.count - 1
      _ = clientSlots.insert(bytes, value: Int32(slot))
    }
    rows[slot] += 1
    return slot
  }

  /// The client named in `field`, its spelling counted for the client directory.
  mutating func client(_ field: Field = .client) throws(RowProblem) -> ClientKey {
    spellings[try spelling(field)].key
  }

  /// The client of a time row, named in `field`: its number in `log`.
  mutating func timeClient(in log: inout TimeLog, from field: Field) throws(RowProblem) -> Int32 {
    let slot = try spelling(field)
    if spellings[slot].timeClient < 0 { spellings[slot].timeClient = log.clientNumber(spellings[slot].key) }
    return spellings[slot].timeClient
  }

  /// The number in `log` of the name in `field` (a project); 0 when there is none.
  mutating func nameNumber(_ field: Field, in log: inout TimeLog) -> Int32 {
    guard let bytes = cell(field) else { return 0 }
    if let known = names[field.ordinal].value(for: bytes) { return known }
    return number(of: bytes, slot: field.ordinal, in: &log, text: String(decoding: bytes, as: UTF8.self))
  }

  /// The number in `log` of the person who did the work: the person's cell, or the first and last
  /// name cells joined where an export splits them (Harvest); 0 when there is none.
  mutating func personNumber(in log: inout TimeLog) -> Int32 {
    guard let last = cell(.lastName), let first = cell(.person) else { return nameNumber(.person, in: &log) }
    let length = first.count + 1 + last.count
    if joined.count < length { joined = [UInt8](repeating: 0, count: max(length, 64)) }
    // Copied in place, not appended: this is done for every row of such an export.
    joined.withUnsafeMutableBufferPointer { room in
      _ = room.update(fromContentsOf: first)
      room[first.count] = 0x1F  // a unit separator: no name holds one, so two splits of a name stay apart
      _ = UnsafeMutableBufferPointer(rebasing: room[(first.count + 1)...]).update(fromContentsOf: last)
    }
    let key = joined
    return key.withUnsafeBufferPointer { room in
      let bytes = UnsafeBufferPointer(rebasing: room[..<length])
      if let known = names[Field.lastName.ordinal].value(for: bytes) { return known }
      let text = [
        String(decoding: first, as: UTF8.self).trimmedCell(), String(decoding: last, as: UTF8.self).trimmedCell(),
      ]
      .filter { !$0.isEmpty }.joined(separator: " ")
      return number(of: bytes, slot: Field.lastName.ordinal, in: &log, text: text)
    }
  }

  /// Numbers a name not seen before in the table of `slot`.
  private mutating func number(of bytes: UnsafeBufferPointer<UInt8>, slot: Int, in log: inout TimeLog, text: String)
    -> Int32
  {
    let name = text.trimmedCell()
    let number = name.isEmpty ? 0 : log.nameNumber(name)
    _ = names[slot].insert(bytes, value: number)
    return number
  }

  /// True when the cell is empty or only white space.
  @inline(__always)
  func isBlank(_ column: Int) -> Bool {
    guard column < row.count else { return true }
    for byte in row.field(column) where byte != 0x20 && byte != 0x09 {
      // Only these bytes can start other white space (line breaks in quotes, U+0085, U+00A0,
      // U+1680, U+2000–U+205F, U+3000): ask Unicode then, and not for any other byte.
      let mayBeSpace = byte < 0x20 || byte == 0xC2 || byte == 0xE1 || byte == 0xE2 || byte == 0xE3
      return mayBeSpace ? Self.isWhiteSpace(row.field(column)) : false
    }
    return true
  }

  private static func isWhiteSpace(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    String(decoding: bytes, as: UTF8.self).trimmedCell().isEmpty
  }

  /// The cell's text as the row has it (empty past the row's end).
  func rawText(_ column: Int) -> String {
    column < row.count ? String(decoding: row.field(column), as: UTF8.self) : ""
  }

  /// Where the cell in `column` starts; a cell past the row's end is placed just past its last field.
  func position(_ column: Int) -> SourcePosition {
    guard row.count > 0 else { return SourcePosition(file: plan.file, line: row.startLine, column: 1) }
    let index = min(column, row.count - 1)
    var position = row.position(ofField: index)
    if column >= row.count { position.column += rawText(index).unicodeScalars.count + 1 }
    return SourcePosition(position, file: plan.file)
  }

  /// A problem with `field`'s cell, the column named as the header spells it.
  func problem(_ field: Field, _ text: LocalizedText, cause: String) -> RowProblem {
    let name = format.headerName(of: field)
    return RowProblem(
      column: plan.column(field),
      text: LocalizedText(en: "column '\(code: name)': \(text)", ar: "العمود «\(code: name)»: \(text)"),
      cause: cause)
  }
}

extension LocalizedText {
  /// A required cell with nothing in it.
  static let isEmpty = LocalizedText(en: "is empty", ar: "فارغ")

  /// `'abc'`: a cell's text as the row writes it.
  static func cell(_ text: String) -> LocalizedText { .same("'\(code: text)'") }

  /// A duration, named by `what`, longer than the most one row may hold (`DurationText.maxSeconds`).
  static func tooLong(_ what: LocalizedText) -> LocalizedText {
    LocalizedText(
      en: "\(what) is more than 10,000 hours, the most one row may hold",
      ar: "\(what) أكثر من \(number: 10_000) ساعة، وهو أقصى ما يحمله صف واحد")
  }
}
