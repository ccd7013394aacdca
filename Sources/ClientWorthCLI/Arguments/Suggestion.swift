import Domain
import Localization

/// "Did you mean …?": the nearest known name to a mistyped one, by edit distance.
enum Suggestion {
  /// The candidate closest to `typed`, if it is close enough to be a plausible typo: at most two
  /// edits, or a third of the candidate's length for long names. Ties go to the earlier candidate.
  static func nearest(to typed: String, in candidates: [String]) -> String? {
    EditDistance.nearest(to: typed, in: candidates)
  }

  /// `; did you mean '--cost-rate'?`, to end a message, or nothing.
  static func didYouMean(_ typed: String, in candidates: [String]) -> LocalizedText {
    nearest(to: typed, in: candidates).map {
      LocalizedText(en: "; did you mean '\(code: $0)'?", ar: "؛ هل تقصد «\(code: $0)»؟")
    } ?? .empty
  }
}
