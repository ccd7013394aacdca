import Decisions
import Localization

extension Decision {
  /// The reasons and the plan in English, as the tests compare them.
  var reasonTexts: [String] { reasons.map(\.englishText) }
  var planTexts: [String] { plan.map(\.englishText) }
}
