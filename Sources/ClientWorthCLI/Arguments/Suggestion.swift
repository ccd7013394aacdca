import Domain

/// "Did you mean …?": the nearest known name to a mistyped one, by edit distance.
enum Suggestion {
  /// The candidate closest to `typed`, if it is close enough to be a plausible typo: at most two
  /// edits, or a third of the candidate's length for long names. Ties go to the earlier candidate.
  static func nearest(to typed: String, in candidates: [String]) -> String? {
    EditDistance.nearest(to: typed, in: candidates)
  }

  /// `; did you mean '--cost-rate'?`, to end a message, or an empty string.
  static func didYouMean(_ typed: String, in candidates: [String]) -> String {
    nearest(to: typed, in: candidates).map { "; did you mean '\($0)'?" } ?? ""
  }
}
