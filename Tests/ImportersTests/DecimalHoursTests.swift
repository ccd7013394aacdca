import Domain
import TestSupport
import Testing

@testable import Importers

/// Decimal hours to seconds, `round(hours × 3600)` half to even (spec §1), whatever the number of
/// decimals (Harvest writes six; a spreadsheet may write many more).
@Suite struct DecimalHoursTests {
  @Test(arguments: [
    ("1.085278", 3907),  // 3,907.0008 s
    ("0.000139", 1),  // 0.5004 s
    ("0.0001388888", 0),  // 0.49999968 s, ten decimals
    ("0.000138888889", 1),  // 0.5000000004 s, twelve decimals
    ("0.000416666666666666666666666", 1),  // 1.4999… s, twenty-seven decimals
    ("2.5", 9000),
    ("9999.999999999", 36_000_000),  // 35,999,999.9999964 s, nine decimals
    ("10000", 36_000_000),
  ])
  func hoursToSeconds(text: String, seconds: Int64) throws {
    #expect(try DurationText.seconds(hours: AmountParser.parse(text, separator: .point)) == seconds)
  }

  /// 0.00125 h is 4.5 s and 0.00375 h is 13.5 s: each goes to the even second, with five decimals
  /// or ten.
  @Test(arguments: [("0.00125", 4), ("0.00375", 14), ("0.0012500000", 4), ("0.0037500000", 14)])
  func halfSecondsGoToTheEvenSecond(text: String, seconds: Int64) throws {
    #expect(try DurationText.seconds(hours: AmountParser.parse(text, separator: .point)) == seconds)
  }

  /// Every number of decimals from 0 to 12, on seeded values spread over the whole range a row may
  /// hold, against the rounding worked out here in Int128: a guard for any quicker way of working
  /// out the common case.
  @Test func everyScaleAgreesWithTheExactRounding() throws {
    var generator = SeededRandom(state: 19)
    for scale in 0...12 {
      let power = (0..<scale).reduce(Int128(1)) { product, _ in product * 10 }
      for _ in 0..<2_000 {
        let mantissa = Int128(UInt64.random(in: 0...UInt64.max, using: &generator)) % (10_000 * power + 1)
        let amount = AmountParser.Amount(mantissa: mantissa, scale: scale)
        #expect(try DurationText.seconds(hours: amount) == Int64(roundHalfEven(mantissa * 3600, power)))
      }
    }
  }

  @Test(arguments: ["10000.000000001", "10000.0000000001"])
  func pastTenThousandHoursIsTooLong(text: String) throws {
    let amount = try AmountParser.parse(text, separator: .point)
    #expect(throws: DurationText.Failure.tooLong) { try DurationText.seconds(hours: amount) }
  }
}
