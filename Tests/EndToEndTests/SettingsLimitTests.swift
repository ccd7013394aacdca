import Foundation
import TestSupport
import Testing

/// Issue 17 through the real binary: settings that once trapped or passed silently are errors
/// naming the limit (65 in the file, 64 as a flag), and the limits themselves run without a trap.
@Suite struct SettingsLimitTests {
  @Test(arguments: [
    (
      #"{"paymentTermsDays": 2147483647}"#,
      "clientworth.json:1:22: error: paymentTermsDays 2147483647 is more than 3,650 days"
    ),
    (
      #"{"capitalRate": 10}"#,
      "clientworth.json:1:17: error: capitalRate 10 is 1,000% a year, more than 100%; did you mean 0.10?"
    ),
    (
      #"{"nonBillableThreshold": 25}"#,
      "clientworth.json:1:26: error: nonBillableThreshold 25 is 2,500%, more than 100%; did you mean 0.25?"
    ),
    (
      #"{"horizonMonths": 99999999999}"#,
      "clientworth.json:1:19: error: horizonMonths 99999999999 is more than 120 months"
    ),
    (
      #"{"targetRate": 1e30}"#,
      "clientworth.json:1:16: error: targetRate 1e30 is not a plain decimal number (write it like 0.25)"
    ),
    (
      #"{"rates": {"EUR": 123456789012345678901234567890}}"#,
      "clientworth.json:1:19: error: rates.EUR 123456789012345678901234567890 is more than 1,000,000"
    ),
    (
      #"{"rates": {"EUR": 1.00000000000000000000000000001}}"#,
      "clientworth.json:1:19: error: rates.EUR 1.00000000000000000000000000001 has more than 10 decimals"
    ),
  ])
  func settingsOutOfRangeAre65(settings: String, message: String) throws {
    let folder = try Workdir()
    defer { folder.remove() }
    try folder.write("time.csv", ExitCodeTests.timeCSV)
    try folder.write("clientworth.json", settings)
    let run = try RunClientWorth.run(["report"], in: folder.url)
    #expect(run.status == 65)
    #expect(run.stderr == message + "\n")
  }

  @Test func aTooLargeCostRateFlagSaysItIsTooLarge() throws {
    let folder = try Workdir()
    defer { folder.remove() }
    let run = try RunClientWorth.run(["report", "--cost-rate", "99999999999999999999999999999"], in: folder.url)
    #expect(run.status == 64)
    #expect(
      run.stderr
        == "error: '--cost-rate 99999999999999999999999999999' is too large: at most 100,000,000\n"
        + ExitCodeTests.reportUsage)
  }

  @Test func settingsAtTheirLimitsRunWithoutATrap() throws {
    let limits = [
      "--cost-rate", "100000000", "--target-rate", "100000000", "--capital-rate", "1", "--horizon", "120",
      "--payment-terms-days", "3650", "--write-off-after-days", "0", "--window", "3650", "--max-rate-increase", "2",
      "--exit-collection-risk", "1", "--late-days-threshold", "0", "--non-billable-threshold", "0",
    ]
    for command in ["report", "decide", "trend"] {
      let run = try SampleDataTests.run([command, "--format", "json"] + limits)
      #expect(!run.killedBySignal, "\(command)")
      #expect(run.status == 0, "\(command): \(run.stderr)")
    }
  }
}
