/// The plural category of an Arabic number (CLDR): 0 zero, 1 one, 2 two, 3–10 few, 11–99 many,
/// judged by the last two digits of a whole number; a number written with decimals is `other`.
public enum ArabicPlural: Sendable, Equatable {
  case zero, one, two, few, many, other

  public init(_ number: DecimalNumber) {
    guard number.decimals == 0, let whole = number.wholeValue else {
      self = .other
      return
    }
    let magnitude = whole.magnitude
    let lastTwo = magnitude % 100
    switch magnitude {
    case 0: self = .zero
    case 1: self = .one
    case 2: self = .two
    default:
      if (3...10).contains(lastTwo) {
        self = .few
      } else if (11...99).contains(lastTwo) {
        self = .many
      } else {
        self = .other
      }
    }
  }
}
