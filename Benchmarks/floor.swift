// What the import of a Harvest time export costs with nothing but the work itself: split the rows,
// read the eight cells the figures need, and sum the time by client, project, person, day and
// billable flag, on two threads, and fold the rows with equal keys. No checks: no UTF-8 validation,
// no errors or diagnostics, no day-order or decimal-mark vote, no currency, one layout hard-wired; and
// none of the report after the sums (earned revenue, flags, decisions, output). It is the floor the
// engine's import is measured against (Benchmarks/README.md, "The floor"), not a reader. Swift 5
// mode: the two threads share the mapped file unchecked, which the engine's code may not do.
//
//   mkdir -p .build && swiftc -O -swift-version 5 Benchmarks/floor.swift -o .build/bench-floor
//   .build/bench-floor bench-data/harvest-1000000.csv
import Foundation

/// A row's sum key: names as numbers in the reading thread's tables.
struct Key: Equatable {
  var client: Int32, project: Int32, person: Int32, day: Int32, billable: Bool

  /// The fields mixed into one word (as the engine's `TimeKey.mix`).
  var mix: UInt64 {
    var word = UInt64(UInt32(bitPattern: client)) | UInt64(UInt32(bitPattern: day)) << 32
    word = (word ^ word >> 29) &* 0xBF58_476D_1CE4_E5B9
    word ^= UInt64(UInt32(bitPattern: project)) | UInt64(UInt32(bitPattern: person)) << 32 | (billable ? 1 << 63 : 0)
    word = (word ^ word >> 32) &* 0x94D0_49BB_1331_11EB
    return word ^ word >> 29
  }
}

/// One row's time, or the sum of the rows with its key.
struct Sum { var key: Key, seconds: Int64, value: Int64, cost: Int64 }

/// Folds the rows whose key's hash has top bit `half` into one sum a key, in the order of each
/// key's first row (the two halves, on two threads, fold every row).
func fold(_ rows: [Sum], half: UInt64) -> [Sum] {
  var size = 16
  while size < rows.count { size *= 2 }
  var table = [Int32](repeating: -1, count: size)
  var folded: [Sum] = []
  folded.reserveCapacity(rows.count / 2)
  for row in rows where row.key.mix >> 63 == half {
    var slot = Int(truncatingIfNeeded: row.key.mix) & (size - 1)
    while table[slot] >= 0 && folded[Int(table[slot])].key != row.key { slot = (slot + 1) & (size - 1) }
    if table[slot] >= 0 {
      let index = Int(table[slot])
      folded[index].seconds += row.seconds
      folded[index].value += row.value
      folded[index].cost += row.cost
    } else {
      table[slot] = Int32(folded.count)
      folded.append(row)
    }
  }
  return folded
}

/// Byte strings numbered in the order first seen (open addressing on the first and last 8 bytes).
struct Names {
  private var words = [UInt64](repeating: 0, count: 3 << 16)
  private var numbers = [Int32](repeating: -1, count: 1 << 16)
  private(set) var spelled: [[UInt8]] = []

  mutating func number(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
    let raw = UnsafeRawPointer(bytes.baseAddress!)
    var (head, tail): (UInt64, UInt64) = (0, 0)
    if bytes.count >= 8 {
      head = raw.loadUnaligned(as: UInt64.self)
      tail = raw.loadUnaligned(fromByteOffset: bytes.count - 8, as: UInt64.self)
    } else {
      for k in 0..<bytes.count { head |= UInt64(bytes[k]) << (8 * UInt64(k)) }
    }
    var hash = (head ^ UInt64(bytes.count) << 56) &* 0x9E37_79B9_7F4A_7C15
    hash = (hash ^ hash >> 32 ^ tail) &* 0xBF58_476D_1CE4_E5B9
    var slot = Int(truncatingIfNeeded: hash >> 20) & 0xFFFF
    while numbers[slot] >= 0 {
      if words[3 * slot] == head && words[3 * slot + 1] == tail && words[3 * slot + 2] == UInt64(bytes.count)
        && (bytes.count <= 16 || spelled[Int(numbers[slot])].withUnsafeBytes { memcmp($0.baseAddress!, raw, bytes.count) == 0 })
      {
        return numbers[slot]
      }
      slot = (slot + 1) & 0xFFFF
    }
    (words[3 * slot], words[3 * slot + 1], words[3 * slot + 2]) = (head, tail, UInt64(bytes.count))
    numbers[slot] = Int32(spelled.count)
    spelled.append(Array(bytes))
    return numbers[slot]
  }
}

/// One thread's rows, summed.
struct Part {
  var clients = Names(), names = Names()
  var rows: [Sum] = []
}

/// A decimal cell as an integer of `scale` decimals (`1.085278`, scale 6: 1085278).
@inline(__always) func decimal(_ cell: UnsafeBufferPointer<UInt8>, scale: Int) -> Int64 {
  var (value, decimals): (Int64, Int) = (0, -1)
  for byte in cell {
    if byte == UInt8(ascii: ".") {
      decimals = 0
    } else {
      value = value &* 10 &+ Int64(byte &- 48)
      if decimals >= 0 { decimals += 1 }
    }
  }
  for _ in max(decimals, 0)..<scale { value &*= 10 }
  return value
}

func read(_ bytes: UnsafeBufferPointer<UInt8>) -> Part {
  var part = Part()
  part.rows.reserveCapacity(bytes.count / 150)
  let base = bytes.baseAddress!
  let (count, comma, quote) = (bytes.count, UInt8(ascii: ","), UInt8(ascii: "\""))
  // Each field's first byte and the byte after it, as offsets into `bytes`.
  let spans = UnsafeMutablePointer<(Int, Int)>.allocate(capacity: 64)
  defer { spans.deallocate() }
  var joined: [UInt8] = []
  var i = 0
  while i < count {
    var field = 0
    while true {
      if base[i] == quote {
        var j = i + 1
        while j < count && (base[j] != quote || (j + 1 < count && base[j + 1] == quote)) {
          j += base[j] == quote ? 2 : 1
        }
        spans[field] = (i + 1, j)
        i = j + 1
      } else {
        var j = i
        while j < count && base[j] != comma && base[j] != 0x0A && base[j] != 0x0D { j += 1 }
        spans[field] = (i, j)
        i = j
      }
      field = min(field + 1, 63)
      if i < count && base[i] == comma {
        i += 1
        continue
      }
      if i < count && base[i] == 0x0D { i += 1 }
      i += 1
      break
    }
    @inline(__always) func cell(_ column: Int) -> UnsafeBufferPointer<UInt8> {
      UnsafeBufferPointer(start: base + spans[column].0, count: spans[column].1 - spans[column].0)
    }
    let date = base + spans[0].0
    @inline(__always) func digits(_ from: Int, _ n: Int) -> Int32 {
      var value: Int32 = 0
      for k in from..<from + n { value = value * 10 + Int32(date[k] &- 48) }
      return value
    }
    let day = digits(0, 4) * 372 + digits(5, 2) * 31 + digits(8, 2)
    let client = part.clients.number(cell(1))
    let project = part.names.number(cell(2))
    joined.removeAll(keepingCapacity: true)
    joined.append(contentsOf: cell(11))
    joined.append(0x1F)
    joined.append(contentsOf: cell(12))
    let person = joined.withUnsafeBufferPointer { part.names.number($0) }
    let seconds = (decimal(cell(6), scale: 6) * 3600 + 500_000) / 1_000_000
    let billable = cell(8).count == 3
    let key = Key(client: client, project: project, person: person, day: day, billable: billable)
    let (rate, cost) = (decimal(cell(17), scale: 2), decimal(cell(19), scale: 2))
    part.rows.append(Sum(key: key, seconds: seconds, value: seconds * rate, cost: seconds * cost))
  }
  return part
}

let path = CommandLine.arguments[1]
let started = Date()
let text = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
let loaded = Date()
text.withUnsafeBytes { raw in
  let bytes = raw.bindMemory(to: UInt8.self)
  // The rows start after the header; the second thread's at the first line break after the middle
  // that is followed by a date (a line break inside a quoted note is not).
  var first = 0
  while bytes[first] != 0x0A { first += 1 }
  var middle = bytes.count / 2
  while middle + 5 < bytes.count && !(bytes[middle] == 0x0A && bytes[middle + 5] == UInt8(ascii: "-")) {
    middle += 1
  }
  if middle + 5 >= bytes.count { middle = bytes.count - 1 }  // a file too small to split: one part
  let firstHalf = UnsafeBufferPointer(rebasing: bytes[(first + 1)...middle])
  let secondHalf = UnsafeBufferPointer(rebasing: bytes[(middle + 1)...])
  var later = Part()
  let done = DispatchSemaphore(value: 0)
  Thread {
    later = read(secondHalf)
    done.signal()
  }.start()
  var part = read(firstHalf)
  done.wait()
  let summed = Date()
  // The later part's names renumbered into the earlier's, its rows added, and all folded.
  let clientMap = later.clients.spelled.map { spelling in spelling.withUnsafeBufferPointer { part.clients.number($0) } }
  let nameMap = later.names.spelled.map { spelling in spelling.withUnsafeBufferPointer { part.names.number($0) } }
  let rowCount = part.rows.count + later.rows.count
  for var row in later.rows {
    row.key.client = clientMap[Int(row.key.client)]
    row.key.project = nameMap[Int(row.key.project)]
    row.key.person = nameMap[Int(row.key.person)]
    part.rows.append(row)
  }
  let merged = Date()
  let rows = part.rows
  var otherHalf: [Sum] = []
  let halfDone = DispatchSemaphore(value: 0)
  Thread {
    otherHalf = fold(rows, half: 1)
    halfDone.signal()
  }.start()
  let entries = fold(rows, half: 0)
  halfDone.wait()
  let folded = Date()
  let ms = { (from: Date, to: Date) in Int((to.timeIntervalSince(from) * 1000).rounded()) }
  print(
    "rows \(rowCount), entries \(entries.count + otherHalf.count), clients \(part.clients.spelled.count); "
      + "load \(ms(started, loaded)) ms, split+decode on 2 threads \(ms(loaded, summed)) ms, "
      + "merge \(ms(summed, merged)) ms, fold on 2 threads \(ms(merged, folded)) ms")
}
