import Domain

extension SettingKind where Value == Fraction {
  /// A share of a whole, from 0 to `maximum` (1 is 100%), `per` its unit of time (` a year`).
  ///
  /// A share written as a percentage (`"capitalRate": 10` for 10%) is the likely mistake: the
  /// problem names the percentage it makes and suggests the share meant.
  static func share(upTo maximum: Fraction = .one, per: String = "", valueName: String = "share") -> SettingKind {
    let percent: @Sendable (Fraction) -> String = { DecimalText.written($0 * Fraction(100)) + "%" }
    return .single(
      valueName, written: .number, limits: "0 to \(DecimalText.written(maximum))",
      show: { DecimalText.written($0, minimumDecimals: 2) },
      read: { text, _ throws(SettingProblem) in
        let tooLarge = "is more than \(percent(maximum))"
        let value = try DecimalText.read(text, maxWholeDigits: 6, maxDecimals: 6, tooLarge: tooLarge)
        guard !value.isNegative else { throw SettingProblem("is negative") }
        guard value <= maximum else {
          let meant = value / Fraction(100)
          let hint = meant <= maximum ? "; did you mean \(DecimalText.written(meant, minimumDecimals: 2))?" : ""
          throw SettingProblem("is \(percent(value))\(per), more than \(percent(maximum))\(hint)")
        }
        return value
      })
  }

  /// A number of `unit` (days, months, hours) with decimals allowed, from 0 to `maximum`.
  static func quantity(_ unit: String, upTo maximum: Int) -> SettingKind {
    let tooLarge = "is more than \(DecimalText.written(Fraction(maximum))) \(unit)"
    return .single(
      unit, written: .number, limits: "0 to \(DecimalText.written(Fraction(maximum))) \(unit)",
      show: { DecimalText.written($0) },
      read: { text, _ throws(SettingProblem) in
        let value = try DecimalText.read(text, maxWholeDigits: 9, maxDecimals: 6, tooLarge: tooLarge)
        guard !value.isNegative else { throw SettingProblem("is negative") }
        guard value <= Fraction(maximum) else { throw SettingProblem(tooLarge) }
        return value
      })
  }

  /// An exchange rate: units of the report currency for one unit of another, above 0.
  static var exchangeRate: SettingKind {
    let maximum = Fraction(1_000_000)
    return .single(
      "rate", written: .number, limits: "above 0, at most 1,000,000, up to 10 decimals",
      show: { DecimalText.written($0) },
      read: { text, _ throws(SettingProblem) in
        let tooLarge = "is more than 1,000,000"
        let value = try DecimalText.read(text, maxWholeDigits: 7, maxDecimals: 10, tooLarge: tooLarge)
        guard value > .zero else { throw SettingProblem("is not above 0") }
        guard value <= maximum else { throw SettingProblem(tooLarge) }
        return value
      })
  }
}

extension SettingKind where Value == Int {
  /// A whole number of days within `range`.
  static func wholeDays(_ range: ClosedRange<Int>) -> SettingKind {
    let written: @Sendable (Int) -> String = { DecimalText.written(Fraction($0)) }
    return .single(
      "days", written: .number, limits: "\(written(range.lowerBound)) to \(written(range.upperBound)) days",
      show: { written($0) },
      read: { text, _ throws(SettingProblem) in
        let tooLarge = "is more than \(written(range.upperBound)) days"
        let value = try DecimalText.read(text, maxWholeDigits: 9, maxDecimals: 6, tooLarge: tooLarge)
        guard value.denominator == 1 else { throw SettingProblem("is not a whole number of days") }
        guard value >= Fraction(range.lowerBound) else {
          throw SettingProblem("is less than \(written(range.lowerBound)) day\(range.lowerBound == 1 ? "" : "s")")
        }
        guard value <= Fraction(range.upperBound) else { throw SettingProblem(tooLarge) }
        return Int(value.numerator)
      })
  }
}

extension SettingKind where Value == MajorAmount {
  /// The largest money setting, in major units: large enough for a rate in any currency (an hour
  /// at 100,000,000 Vietnamese dong is some $4,000), small enough that no product of it with
  /// hours or days can overflow.
  static var maximumMoney: Int { 100_000_000 }

  /// An amount of money (or money per hour) in major units of the report currency, 0 or more.
  static var money: SettingKind {
    .single(
      "amount", written: .number, limits: "0 to \(DecimalText.written(Fraction(maximumMoney)))", show: \.text,
      read: { text, origin throws(SettingProblem) in try readMoney(text, origin: origin) })
  }

  /// Reads an amount of money, as the money settings and `--refund` take it.
  static func readMoney(_ text: String, origin: SettingOrigin) throws(SettingProblem) -> MajorAmount {
    let tooLarge = "is too large: at most " + DecimalText.written(Fraction(maximumMoney))
    let value = try DecimalText.read(text, maxWholeDigits: 9, maxDecimals: 4, tooLarge: tooLarge)
    guard !value.isNegative else { throw SettingProblem("is negative") }
    guard value <= Fraction(maximumMoney) else { throw SettingProblem(tooLarge) }
    return MajorAmount(value: value, text: text, origin: origin)
  }
}

extension Argument {
  /// `--refund <amount>`: money in major units of the report currency, read as the money
  /// settings are; its decimals are checked once the currency is known.
  static func amount(
    _ name: String, _ path: WritableKeyPath<Command, MajorAmount?> & Sendable, help: String
  ) -> Argument {
    let kind = SettingKind<MajorAmount>.money
    let info = ArgumentInfo(name: name, kind: .option, valueName: kind.valueName, help: help, limits: kind.limits)
    return Argument(info) { (command: inout Command, text: String) throws(ArgumentValueError) in
      do throws(SettingProblem) {
        command[keyPath: path] = try SettingKind.readMoney(text, origin: .flag(label: info.label))
      } catch {
        throw ArgumentValueError(error.text)
      }
    }
  }
}
