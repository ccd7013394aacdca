import Analysis
import Domain
import Importers

/// The settings of spec §2 as the file and the flags chose them, over the defaults.
///
/// The settings the calculation reads as they are live in `calculation`, whose initial values
/// are their defaults (one place: the calculation's own `Settings`); the rest wait here for the
/// data (the report currency, client names, money in that currency) to be resolved.
struct SettingValues: Sendable {
  /// The report currency; nil: the only currency in the data.
  var currency: Currency?
  /// The default cost rate, perhaps changing from dates.
  var costRate: DatedAmount?
  /// Each person's cost rate and spellings, by the name written in the settings, in file order.
  var people: [SettingEntry<PersonCost>] = []
  var targetRate: MajorAmount?
  /// The calculation's settings; its currency is set once the report currency is known.
  var calculation = Settings(currency: .unknown)
  var dateOrder: DayOrder?
  /// What a time row with an empty client becomes (spec §1: its project stands for the client).
  var timeWithoutClient = TimeWithoutClient.project
  /// Spellings of a client's name → the client, in file order.
  var aliases: [SettingEntry<String>] = []
  /// Per-client terms by the name written in the settings, in file order.
  var clients: [SettingEntry<ClientTerms>] = []
  /// Report-currency units per one unit of each other currency.
  var rates: [Currency: Fraction] = [:]

  /// These values with `assignments` applied in order.
  func applying(_ assignments: [SettingAssignment]) -> SettingValues {
    var values = self
    for assignment in assignments { assignment.apply(&values) }
    return values
  }

  /// What the importers need of these settings.
  var importOptions: ImportOptions {
    ImportOptions(
      aliases: Dictionary(aliases.map { ($0.name, $0.value) }, uniquingKeysWith: { _, last in last }),
      dateOrder: dateOrder, currency: currency, clientFromProject: timeWithoutClient == .project)
  }
}

/// The `timeWithoutClient` setting's values.
enum TimeWithoutClient: String, CaseIterable, Sendable {
  /// The project stands for the client.
  case project
  /// The row is skipped.
  case skip
}
