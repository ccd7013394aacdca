/// The byte-level settings a CSV file is read with: delimiter, quote and the field size cap.
///
/// Only the doubled quote (`""`) escapes a quote; there is no comment character, no escape character and
/// no trimming, because the exports this project reads never need them and every option is one more way
/// for a row to be read differently from what the spreadsheet showed.
public struct CSVDialect: Sendable, Hashable {
  /// The byte between fields; `,` unless a `sep=` line or the importer's sniffing says otherwise.
  public var delimiter: UInt8
  /// The byte that opens and closes a quoted field; `"`.
  public var quote: UInt8
  /// The largest field value, in bytes, the reader accepts; a longer field is a fatal error at its start.
  ///
  /// The cap also turns a runaway unterminated quote in a large file into an early, precise error.
  public var maxFieldBytes: Int

  /// The default field size cap: 1 MiB.
  public static let defaultMaxFieldBytes = 1_048_576

  /// Creates a dialect; the defaults are RFC 4180 (`,` and `"`) with a 1 MiB field cap.
  public init(
    delimiter: UInt8 = UInt8(ascii: ","), quote: UInt8 = UInt8(ascii: "\""),
    maxFieldBytes: Int = CSVDialect.defaultMaxFieldBytes
  ) {
    self.delimiter = delimiter
    self.quote = quote
    self.maxFieldBytes = maxFieldBytes
  }
}
