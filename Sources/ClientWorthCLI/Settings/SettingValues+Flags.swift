import Domain

extension SettingValues {
  /// The settings the command line gives; a bad value is a usage error naming the option.
  init(flags parsed: ParsedArguments) throws(UsageError) {
    typealias Option = AnalysisOptions
    self.init()
    currency = try parsed.currency(Option.currency)
    costRate = try Self.amount(parsed, Option.costRate)
    targetRate = try Self.amount(parsed, Option.targetRate)
    capitalRate = try parsed.decimal(Option.capitalRate)
    paymentTermsDays = try parsed.int(Option.paymentTermsDays)
    writeOffAfterDays = try parsed.int(Option.writeOffAfterDays)
    lateDaysThreshold = try parsed.decimal(Option.lateDaysThreshold)
    nonBillableThreshold = try parsed.decimal(Option.nonBillableThreshold)
    windowDays = try parsed.int(Option.window, in: 1...Int(Int32.max))
    horizonMonths = try parsed.decimal(Option.horizon)
    maxRateIncrease = try parsed.decimal(Option.maxRateIncrease)
    exitCollectionRisk = try parsed.decimal(Option.exitCollectionRisk)
    minHistoryDays = try parsed.int(Option.minHistoryDays, in: 0...Int(Int32.max))
    fixDays = try parsed.int(Option.fixDays, in: 0...Int(Int32.max))
    concentrationThreshold = try parsed.decimal(Option.concentrationThreshold)
    dateOrder = parsed.choice(Option.dateOrder, as: DayOrder.self)
    from = try parsed.day(Option.from)
    to = try parsed.day(Option.to)
    asOf = try parsed.day(Option.asOf)
    if let from, let to, to < from {
      throw UsageError("'--to' (\(to)) is before '--from' (\(from)).", command: parsed.command)
    }
  }

  private static func amount(_ parsed: ParsedArguments, _ option: OptionSpec) throws(UsageError) -> MajorAmount? {
    guard let value = try parsed.decimal(option), let text = parsed.string(option) else { return nil }
    return MajorAmount(value: value, text: text, origin: .flag(option, of: parsed.command))
  }
}
