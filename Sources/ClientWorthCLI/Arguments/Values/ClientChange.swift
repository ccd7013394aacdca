import Domain
import Localization

/// `CLIENT=VALUE`: one client's change, as `whatif --rate`, `--terms`, `--deposit` and
/// `--bill-nonbillable` take it. The client is resolved against the data once it is read.
struct ClientChange<Value: ChangeValue>: ArgumentValue, Equatable {
  let client: String
  let value: Value

  init(argument text: String) throws(ArgumentValueError) {
    // The last `=`: a client's name may hold one, a value never does.
    guard let equals = text.lastIndex(of: "="), equals != text.startIndex else {
      throw ArgumentValueError(.notAClientChange(Value.example))
    }
    client = String(text[..<equals]).trimmingCharacters(in: .whitespaces)
    value = try Value(change: String(text[text.index(after: equals)...]))
  }
}

/// A value of a `CLIENT=VALUE` change.
protocol ChangeValue: Sendable, Equatable {
  init(change text: String) throws(ArgumentValueError)
  /// `CLIENT=+20%`, for the message about a value without a client.
  static var example: LocalizedText { get }
}

/// `+20%`, `-10%` (a change by a share) or `120` (an hourly rate in the report currency).
enum RateValue: ChangeValue {
  case by(Fraction)
  case to(MajorAmount)

  static let example = LocalizedText(
    en: "\(code: "CLIENT=+20%") or \(code: "CLIENT=120")", ar: "\(code: "CLIENT=+20%") أو \(code: "CLIENT=120")")

  init(change text: String) throws(ArgumentValueError) {
    if text.hasSuffix("%") {
      let share = try Percent.read(text, allowingSign: true)
      guard share > -.one else { throw ArgumentValueError(.rateCutToNothing) }
      self = .by(share)
    } else {
      do throws(SettingProblem) {
        self = .to(try SettingKind.readMoney(text, origin: .flag(label: "--rate")))
      } catch {
        throw ArgumentValueError(error.text)
      }
    }
  }
}

/// `50%` or `0.5`: a share from 0 to 1.
struct ShareValue: ChangeValue {
  let share: Fraction

  static let example = LocalizedText.same("\(code: "CLIENT=30%")")

  init(change text: String) throws(ArgumentValueError) {
    share = try Percent.read(text, allowingSign: false)
    guard share >= .zero && share <= .one else { throw ArgumentValueError(.shareOutOfRange) }
  }
}

/// `15`: whole days, 0 to 3,650.
struct DaysValue: ChangeValue {
  let days: Int

  static let example = LocalizedText.same("\(code: "CLIENT=15")")

  init(change text: String) throws(ArgumentValueError) {
    guard let days = Int(text), (0...3650).contains(days) else { throw ArgumentValueError(.notDays) }
    self.days = days
  }
}

/// A share written as a percentage (`30%`, `+20%`) or a plain decimal (`0.3`).
enum Percent {
  static func read(_ text: String, allowingSign: Bool) throws(ArgumentValueError) -> Fraction {
    var body = Substring(text)
    let percent = body.hasSuffix("%")
    if percent { body = body.dropLast() }
    if allowingSign && body.hasPrefix("+") { body = body.dropFirst() }
    if !allowingSign && body.hasPrefix("-") { throw ArgumentValueError(.shareOutOfRange) }
    do throws(SettingProblem) {
      let value = try DecimalText.read(
        String(body), maxWholeDigits: 6, maxDecimals: 6,
        tooLarge: LocalizedText(en: "is too large", ar: "كبيرة أكثر من اللازم"))
      return percent ? value / Fraction(100) : value
    } catch {
      throw ArgumentValueError(error.text)
    }
  }
}

extension LocalizedText {
  fileprivate static func notAClientChange(_ example: LocalizedText) -> LocalizedText {
    LocalizedText(en: "is not a client and a value (write \(example))", ar: "ليست عميلًا وقيمة (اكتب \(example))")
  }

  fileprivate static let rateCutToNothing = LocalizedText(
    en: "cuts the rate to nothing or less", ar: "تُنزل السعر إلى الصفر أو أقل")
  fileprivate static let shareOutOfRange = LocalizedText(
    en: "is not a share from 0% to 100%", ar: "ليست نسبة بين \(code: "0%") و\(code: "100%")")
  fileprivate static let notDays = LocalizedText(
    en: "is not a whole number of days from 0 to 3,650",
    ar: "ليست عددًا صحيحًا من الأيام بين \(number: 0) و\(number: 3650)")
}
