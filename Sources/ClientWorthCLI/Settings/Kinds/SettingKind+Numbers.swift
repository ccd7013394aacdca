import Domain
import Localization

extension SettingKind where Value == Fraction {
  /// A share of a whole, from 0 to `maximum` (1 is 100%), `per` its unit of time (` a year`).
  ///
  /// A share written as a percentage (`"capitalRate": 10` for 10%) is the likely mistake: the
  /// problem names the percentage it makes and suggests the share meant.
  static func share(
    upTo maximum: Fraction = .one, per: LocalizedText = .empty, valueName: LocalizedText = .shareValue
  ) -> SettingKind {
    let percent: @Sendable (Fraction) -> LocalizedText = {
      .same("\(TextArgument.percent(DecimalText.number($0 * Fraction(100)), signed: false))")
    }
    return .single(
      valueName, written: .number, limits: .range(.zero, maximum),
      show: { .same("\(number: DecimalText.number($0, minimumDecimals: 2))") },
      read: { text, _ throws(SettingProblem) in
        let tooLarge = LocalizedText.moreThan(percent(maximum))
        let value = try DecimalText.read(text, maxWholeDigits: 6, maxDecimals: 6, tooLarge: tooLarge)
        guard !value.isNegative else { throw SettingProblem(.negative) }
        guard value <= maximum else {
          let meant = value / Fraction(100)
          let hint =
            meant <= maximum
            ? LocalizedText(
              en: "; did you mean \(number: DecimalText.number(meant, minimumDecimals: 2))?",
              ar: "؛ هل تقصد \(number: DecimalText.number(meant, minimumDecimals: 2))؟") : .empty
          throw SettingProblem(
            LocalizedText(
              en: "is \(percent(value))\(per), more than \(percent(maximum))\(hint)",
              ar: "تساوي \(percent(value))\(per)، وهذا أكثر من \(percent(maximum))\(hint)"))
        }
        return value
      })
  }

  /// A number of `unit` (days, months, hours) with decimals allowed, from 0 to `maximum`.
  static func quantity(_ unit: CountedNoun, valueName: LocalizedText, upTo maximum: Int) -> SettingKind {
    let tooLarge = LocalizedText.moreThan(.same("\(count: maximum, unit)"))
    return .single(
      valueName, written: .number, limits: .range(.zero, Fraction(maximum), unit),
      show: { .same("\(number: DecimalText.number($0))") },
      read: { text, _ throws(SettingProblem) in
        let value = try DecimalText.read(text, maxWholeDigits: 9, maxDecimals: 6, tooLarge: tooLarge)
        guard !value.isNegative else { throw SettingProblem(.negative) }
        guard value <= Fraction(maximum) else { throw SettingProblem(tooLarge) }
        return value
      })
  }

  /// An exchange rate: units of the report currency for one unit of another, above 0.
  static var exchangeRate: SettingKind {
    let maximum = Fraction(1_000_000)
    let tooLarge = LocalizedText.moreThan(.same("\(number: 1_000_000)"))
    return .single(
      .rateValue, written: .number,
      limits: LocalizedText(
        en: "above 0, at most 1,000,000, up to 10 decimals",
        ar: "أكبر من \(number: 0)، وبحد أقصى \(number: 1_000_000)، وحتى \(count: 10, .decimalPlace)"),
      show: { .same("\(number: DecimalText.number($0))") },
      read: { text, _ throws(SettingProblem) in
        let value = try DecimalText.read(text, maxWholeDigits: 7, maxDecimals: 10, tooLarge: tooLarge)
        guard value > .zero else {
          throw SettingProblem(LocalizedText(en: "is not above 0", ar: "ليست أكبر من \(number: 0)"))
        }
        guard value <= maximum else { throw SettingProblem(tooLarge) }
        return value
      })
  }
}

extension SettingKind where Value == Int {
  /// A whole number of days within `range`.
  static func wholeDays(_ range: ClosedRange<Int>) -> SettingKind {
    let tooLarge = LocalizedText.moreThan(.same("\(count: range.upperBound, .day)"))
    return .single(
      .daysValue, written: .number, limits: .range(Fraction(range.lowerBound), Fraction(range.upperBound), .day),
      show: { .same("\(number: $0)") },
      read: { text, _ throws(SettingProblem) in
        let value = try DecimalText.read(text, maxWholeDigits: 9, maxDecimals: 6, tooLarge: tooLarge)
        guard value.denominator == 1 else {
          throw SettingProblem(
            LocalizedText(en: "is not a whole number of days", ar: "ليست عددًا صحيحًا من الأيام"))
        }
        guard value >= Fraction(range.lowerBound) else {
          throw SettingProblem(
            LocalizedText(
              en: "is less than \(count: range.lowerBound, .day)", ar: "أقل من \(count: range.lowerBound, .day)"))
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
      .amountValue, written: .number, limits: .range(.zero, Fraction(maximumMoney)),
      show: { .same("\(code: $0.text)") },
      read: { text, origin throws(SettingProblem) in try readMoney(text, origin: origin) })
  }

  /// Reads an amount of money, as the money settings and `--refund` take it.
  static func readMoney(_ text: String, origin: SettingOrigin) throws(SettingProblem) -> MajorAmount {
    let tooLarge = LocalizedText(
      en: "is too large: at most \(number: maximumMoney)", ar: "كبيرة جدًا: الحد الأقصى \(number: maximumMoney)")
    let value = try DecimalText.read(text, maxWholeDigits: 9, maxDecimals: 4, tooLarge: tooLarge)
    guard !value.isNegative else { throw SettingProblem(.negative) }
    guard value <= Fraction(maximumMoney) else { throw SettingProblem(tooLarge) }
    return MajorAmount(value: value, text: text, origin: origin)
  }
}

extension Argument {
  /// `--refund <amount>`: money in major units of the report currency, read as the money
  /// settings are; its decimals are checked once the currency is known.
  static func amount(
    _ name: String, _ path: WritableKeyPath<Command, MajorAmount?> & Sendable, help: LocalizedText
  ) -> Argument {
    let kind = SettingKind<MajorAmount>.money
    let info = ArgumentInfo(name: name, kind: .option, valueName: kind.valueName, help: help, limits: kind.limits)
    return Argument(info) { (command: inout Command, text: String) throws(ArgumentValueError) in
      do throws(SettingProblem) {
        command[keyPath: path] = try SettingKind.readMoney(text, origin: .flag(label: info.label(.english)))
      } catch {
        throw ArgumentValueError(error.text)
      }
    }
  }
}

extension LocalizedText {
  /// `0 to 1`, `0 to 3,650 days`: a setting's sensible range.
  static func range(_ lowest: Fraction, _ highest: Fraction, _ unit: CountedNoun? = nil) -> LocalizedText {
    let low = DecimalText.number(lowest)
    let high = DecimalText.number(highest)
    guard let unit else {
      return LocalizedText(en: "\(number: low) to \(number: high)", ar: "من \(number: low) إلى \(number: high)")
    }
    return LocalizedText(en: "\(number: low) to \(count: high, unit)", ar: "من \(number: low) إلى \(count: high, unit)")
  }

  /// `is more than 120 months`.
  static func moreThan(_ limit: LocalizedText) -> LocalizedText {
    LocalizedText(en: "is more than \(limit)", ar: "أكبر من \(limit)")
  }

  static let negative = LocalizedText(en: "is negative", ar: "سالبة")
}

extension CountedNoun {
  /// Digits after the decimal point.
  static let decimalPlace = CountedNoun(
    "decimal", "decimals", one: "منزلة عشرية واحدة", two: "منزلتان عشريتان", twoOblique: "منزلتين عشريتين",
    few: "منازل عشرية", many: "منزلة عشرية", other: "منزلة عشرية")
}
