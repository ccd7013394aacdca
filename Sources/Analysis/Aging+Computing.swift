import Domain

extension Aging {
  /// Adds an open balance to the bucket its days past due at as-of fall in: current when not yet
  /// due (0 or fewer days), then 1-30, 31-60, 61-90, and 90+ from 91 days.
  ///
  /// Bad debt is included: written off or not, the money is still unpaid, and the 90+ bucket is
  /// where a reader expects to find it.
  mutating func add(_ balance: Money, daysPastDue: Int) {
    switch daysPastDue {
    case ...0: current += balance
    case 1...30: days1to30 += balance
    case 31...60: days31to60 += balance
    case 61...90: days61to90 += balance
    default: over90 += balance
    }
  }
}
