import Analysis
import Domain

/// Reads `clientworth.json` into `SettingValues`, naming the key path of every problem.
struct SettingsDecoder {
  /// The keys spec §2 defines, for "did you mean" on an unknown one.
  static let keys = [
    "currency", "costRate", "targetRate", "capitalRate", "paymentTermsDays", "writeOffAfterDays",
    "lateDaysThreshold", "nonBillableThreshold", "windowDays", "horizonMonths", "maxRateIncrease",
    "exitCollectionRisk", "minHistoryDays", "fixDays", "concentrationThreshold", "aliases", "clients", "rates",
    "dateOrder",
  ]
  static let clientKeys = ["contractEnd", "wrapUpHours", "billing"]

  /// The file's name as messages show it.
  let path: String

  /// Decodes a whole settings file.
  func decode(_ bytes: [UInt8]) throws(SettingsError) -> SettingValues {
    let root: JSONNode
    do {
      root = try JSONParser.parse(bytes)
    } catch {
      throw SettingsError(file: path, line: error.line, column: error.column, message: error.message)
    }
    guard case .object(let members) = root.value else {
      throw failure(at: root, "the settings must be a JSON object, found \(root.kindDescription)")
    }
    var values = SettingValues()
    for member in members {
      try decode(member, into: &values)
    }
    return values
  }

  private func decode(_ member: JSONNode.Member, into values: inout SettingValues) throws(SettingsError) {
    let node = member.node
    let key = member.key
    switch key {
    case "currency": values.currency = try currency(node, key)
    case "costRate": values.costRate = try amount(node, key)
    case "targetRate": values.targetRate = try amount(node, key)
    case "capitalRate": values.capitalRate = try decimal(node, key)
    case "paymentTermsDays": values.paymentTermsDays = try whole(node, key, minimum: 0)
    case "writeOffAfterDays": values.writeOffAfterDays = try whole(node, key, minimum: 0)
    case "lateDaysThreshold": values.lateDaysThreshold = try decimal(node, key)
    case "nonBillableThreshold": values.nonBillableThreshold = try decimal(node, key)
    case "windowDays": values.windowDays = try whole(node, key, minimum: 1)
    case "horizonMonths": values.horizonMonths = try decimal(node, key)
    case "maxRateIncrease": values.maxRateIncrease = try decimal(node, key)
    case "exitCollectionRisk": values.exitCollectionRisk = try decimal(node, key)
    case "minHistoryDays": values.minHistoryDays = try whole(node, key, minimum: 0)
    case "fixDays": values.fixDays = try whole(node, key, minimum: 0)
    case "concentrationThreshold": values.concentrationThreshold = try decimal(node, key)
    case "dateOrder":
      let text = try string(node, key)
      guard let order = DayOrder(rawValue: text) else {
        throw failure(at: node, "\(key): must be \"dmy\" or \"mdy\", found \"\(text)\"")
      }
      values.dateOrder = order
    case "aliases":
      for alias in try object(node, key) {
        values.aliases[alias.key] = try string(alias.node, "aliases." + alias.key)
      }
    case "clients":
      for client in try object(node, key) {
        values.clients[client.key] = try terms(client.node, "clients." + client.key)
      }
    case "rates":
      for rate in try object(node, key) {
        guard let code = Currency(code: rate.key), code.code == rate.key else {
          throw SettingsError(
            file: path, line: rate.line, column: rate.column,
            message: "rates.\(rate.key): not a currency code (three capital letters, ISO 4217)")
        }
        let value = try decimal(rate.node, "rates." + rate.key)
        guard !value.isZero else { throw failure(at: rate.node, "rates.\(rate.key): must be more than 0") }
        values.rates[code] = value
      }
    default:
      throw SettingsError(
        file: path, line: member.line, column: member.column,
        message: "unknown setting \"\(key)\"" + suggestion(key, in: Self.keys))
    }
  }

  private func terms(_ node: JSONNode, _ keyPath: String) throws(SettingsError) -> ClientTerms {
    var terms = ClientTerms()
    for member in try object(node, keyPath) {
      let memberPath = keyPath + "." + member.key
      switch member.key {
      case "contractEnd":
        let text = try string(member.node, memberPath)
        guard let day = Day(iso: text) else {
          throw failure(at: member.node, "\(memberPath): not a date (YYYY-MM-DD): \"\(text)\"")
        }
        terms.contractEnd = day
      case "wrapUpHours": terms.wrapUpHours = try decimal(member.node, memberPath)
      case "billing":
        let text = try string(member.node, memberPath)
        guard let billing = Billing(rawValue: text) else {
          throw failure(at: member.node, "\(memberPath): must be \"arrears\" or \"advance\", found \"\(text)\"")
        }
        terms.billing = billing
      default:
        throw SettingsError(
          file: path, line: member.line, column: member.column,
          message: "unknown client setting \"\(memberPath)\"" + suggestion(member.key, in: Self.clientKeys))
      }
    }
    return terms
  }

  private func suggestion(_ key: String, in keys: [String]) -> String {
    let choices = keys.map { "\"\($0)\"" }.joined(separator: ", ")
    if let near = Suggestion.nearest(to: key, in: keys) { return "; did you mean \"\(near)\"?" }
    return " (known: \(choices))"
  }

  private func failure(at node: JSONNode, _ message: String) -> SettingsError {
    SettingsError(file: path, line: node.line, column: node.column, message: message)
  }

  private func mismatch(_ node: JSONNode, _ keyPath: String, _ expected: String) -> SettingsError {
    failure(at: node, "\(keyPath): must be \(expected), found \(node.kindDescription)")
  }

  private func object(_ node: JSONNode, _ keyPath: String) throws(SettingsError) -> [JSONNode.Member] {
    guard case .object(let members) = node.value else { throw mismatch(node, keyPath, "an object") }
    return members
  }

  private func string(_ node: JSONNode, _ keyPath: String) throws(SettingsError) -> String {
    guard case .string(let text) = node.value else { throw mismatch(node, keyPath, "a string") }
    return text
  }

  private func currency(_ node: JSONNode, _ keyPath: String) throws(SettingsError) -> Currency {
    let text = try string(node, keyPath)
    guard let currency = Currency(code: text) else {
      throw failure(at: node, "\(keyPath): not a currency code (three letters, ISO 4217): \"\(text)\"")
    }
    return currency
  }

  /// A non-negative plain decimal, exact.
  private func decimal(_ node: JSONNode, _ keyPath: String) throws(SettingsError) -> Fraction {
    guard case .number(let text) = node.value else { throw mismatch(node, keyPath, "a number") }
    guard let value = Fraction(decimal: text) else {
      throw failure(at: node, "\(keyPath): write the number as a plain decimal (like 0.25), found \(text)")
    }
    guard !value.isNegative else { throw failure(at: node, "\(keyPath): must not be negative, found \(text)") }
    return value
  }

  private func whole(_ node: JSONNode, _ keyPath: String, minimum: Int) throws(SettingsError) -> Int {
    guard case .number(let text) = node.value else { throw mismatch(node, keyPath, "a number") }
    guard let value = Int(text), value >= minimum, value <= Int(Int32.max) else {
      throw failure(at: node, "\(keyPath): must be a whole number of \(minimum) or more, found \(text)")
    }
    return value
  }

  private func amount(_ node: JSONNode, _ keyPath: String) throws(SettingsError) -> MajorAmount {
    let value = try decimal(node, keyPath)
    guard case .number(let text) = node.value else { throw mismatch(node, keyPath, "a number") }
    return MajorAmount(
      value: value, text: text, origin: .file(path: path, keyPath: keyPath, line: node.line, column: node.column))
  }
}
