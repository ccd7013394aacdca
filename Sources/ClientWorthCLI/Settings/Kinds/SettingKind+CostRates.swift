import Analysis
import Domain
import Localization

/// A cost rate as the settings write it: one amount, or amounts from dates
/// (`[{"from": "2026-01-01", "rate": 70}]`), in a currency not yet known.
struct DatedAmount: Sendable, Equatable {
  struct Step: Sendable, Equatable {
    /// nil: from the start.
    let from: Day?
    let amount: MajorAmount
  }

  let steps: [Step]

  init(steps: [Step]) {
    self.steps = steps
  }

  /// One rate for every day.
  init(_ amount: MajorAmount) {
    steps = [Step(from: nil, amount: amount)]
  }

  /// The rate in `currency`; nil when a step is more precise than the currency (that step's
  /// amount is `tooPrecise`).
  func rate(in currency: Currency) -> (rate: DatedRate?, tooPrecise: MajorAmount?) {
    var steps: [DatedRate.Step] = []
    for step in self.steps {
      guard let money = step.amount.money(in: currency) else { return (nil, step.amount) }
      steps.append(DatedRate.Step(from: step.from, rate: money))
    }
    return (DatedRate(steps: steps), nil)
  }
}

/// One entry of `people`: the person's cost rate and the other spellings of their name.
struct PersonCost: Sendable, Equatable {
  var costRate: DatedAmount?
  var aliases: [String] = []
}

extension SettingKind where Value == DatedAmount {
  /// `"costRate": 85` or `"costRate": [{"from": "2026-01-01", "rate": 95}, …]`; a flag takes one amount.
  static var datedMoney: SettingKind {
    let single = SettingKind<MajorAmount>.money
    let date = SettingKind<Day>.date
    return SettingKind(
      valueName: single.valueName, limits: single.limits, show: { single.show($0.steps[$0.steps.count - 1].amount) },
      decode: { node, file, keyPath throws(SettingsError) in
        guard case .array(let items) = node.value else {
          return DatedAmount(try single.decode(node, file, keyPath))
        }
        var steps: [DatedAmount.Step] = []
        for (index, item) in items.enumerated() {
          let itemPath = "\(keyPath)[\(index)]"
          var from: Day?
          var rate: MajorAmount?
          for member in try item.members(itemPath, in: file) {
            switch member.key {
            case "from": from = try date.decode(member.node, file, itemPath + ".from")
            case "rate": rate = try single.decode(member.node, file, itemPath + ".rate")
            default:
              throw SettingsError(
                file: file, line: member.line, column: member.column,
                message: .unknownKey("\(itemPath).\(member.key)")
                  + SettingsCatalog.suggestion(member.key, in: ["from", "rate"]))
            }
          }
          guard let rate else { throw SettingsError(at: item, in: file, .missingKey(itemPath, "rate")) }
          if let earlier = steps.first(where: { $0.from == from }) {
            throw SettingsError(at: item, in: file, .sameStart(itemPath, earlier.from))
          }
          steps.append(DatedAmount.Step(from: from, amount: rate))
        }
        guard !steps.isEmpty else { throw SettingsError(at: node, in: file, .noSteps(keyPath)) }
        return DatedAmount(steps: steps)
      },
      parse: { text, label throws(SettingProblem) in
        DatedAmount(try SettingKind<MajorAmount>.readMoney(text, origin: .flag(label: label)))
      })
  }
}

extension SettingKind where Value == [SettingEntry<PersonCost>] {
  /// `"people": {"Sam Reyes": {"costRate": 40, "aliases": ["S. Reyes"]}}`.
  static var people: SettingKind {
    let rate = SettingKind<DatedAmount>.datedMoney
    return .object(LocalizedText(en: "per person", ar: "لكل شخص")) { member, file, keyPath throws(SettingsError) in
      var person = PersonCost()
      for term in try member.node.members(keyPath, in: file) {
        let termPath = keyPath + "." + term.key
        switch term.key {
        case "costRate": person.costRate = try rate.decode(term.node, file, termPath)
        case "aliases":
          guard case .array(let items) = term.node.value else {
            throw term.node.mismatch(termPath, in: file, expected: .anArray)
          }
          for item in items { person.aliases.append(try item.string(termPath, in: file)) }
        default:
          throw SettingsError(
            file: file, line: term.line, column: term.column,
            message: .unknownKey(termPath) + SettingsCatalog.suggestion(term.key, in: ["costRate", "aliases"]))
        }
      }
      guard person.costRate != nil else {
        throw SettingsError(at: member.node, in: file, .missingKey(keyPath, "costRate"))
      }
      return person
    }
  }
}

extension LocalizedText {
  static let anArray = LocalizedText(en: "an array", ar: "مصفوفةً")

  fileprivate static func unknownKey(_ path: String) -> LocalizedText {
    LocalizedText(en: "unknown setting \"\(code: path)\"", ar: "إعداد غير معروف: «\(code: path)»")
  }

  fileprivate static func missingKey(_ path: String, _ key: String) -> LocalizedText {
    LocalizedText(en: "\(code: path): \"\(code: key)\" is missing", ar: "\(code: path): ينقصه «\(code: key)»")
  }

  fileprivate static func sameStart(_ path: String, _ day: Day?) -> LocalizedText {
    guard let day else {
      return LocalizedText(
        en: "\(code: path): a second rate without \"\(code: "from")\"; keep one",
        ar: "\(code: path): سعر ثانٍ بلا «\(code: "from")»؛ أبقِ أحدهما")
    }
    return LocalizedText(
      en: "\(code: path): a second rate from \(day: day); keep one",
      ar: "\(code: path): سعر ثانٍ يبدأ في \(day: day)؛ أبقِ أحدهما")
  }

  fileprivate static func noSteps(_ path: String) -> LocalizedText {
    LocalizedText(en: "\(code: path): the list of rates is empty", ar: "\(code: path): قائمة الأسعار فارغة")
  }
}
