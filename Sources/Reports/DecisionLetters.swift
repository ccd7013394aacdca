import Decisions
import Domain
import Localization

/// `decide --letters DIR` (spec §5 "Letters"): a plain-text draft message to each client whose
/// recommendation asks you to contact them (renegotiate, fix, phase-out and the exits), filled in
/// from its card, in the tone its reason calls for, in the run's language.
public enum DecisionLetters {
  /// One draft: the file name to write it under (`Kettle-Crane-Ltd.txt`) and its text.
  public struct Letter: Sendable, Equatable {
    public var fileName: String
    public var text: String
  }

  /// The drafts, by client name; file names made unique with `-2`, `-3` on a clash.
  public static func letters(_ report: DecisionReport, _ locale: TextLocale = .english) -> [Letter] {
    let decisions = DecisionOrder.byName(report.decisions).filter(\.recommendation.needsLetter)
    return zip(decisions, uniqueStems(decisions.map(\.name))).map { decision, stem in
      Letter(fileName: stem + ".txt", text: LetterText(decision: decision, report: report, locale: locale).text)
    }
  }

  /// `fileStem` of each name, made unique (ignoring case) with `-2`, `-3` on a clash, in order.
  static func uniqueStems(_ names: [String]) -> [String] {
    var taken = Set<String>()
    return names.map { name in
      let base = fileStem(name)
      var stem = base
      var counter = 1
      while taken.contains(stem.lowercased()) {
        counter += 1
        stem = "\(base)-\(counter)"
      }
      taken.insert(stem.lowercased())
      return stem
    }
  }

  /// The client's name with every run of characters other than letters and digits turned into one
  /// `-`, trimmed of `-` at both ends; `client` when nothing is left.
  static func fileStem(_ name: String) -> String {
    var stem = ""
    var pendingDash = false
    for character in name {
      if character.isLetter || character.isNumber {
        if pendingDash && !stem.isEmpty { stem.append("-") }
        pendingDash = false
        stem.append(character)
      } else {
        pendingDash = true
      }
    }
    return stem.isEmpty ? "client" : stem
  }
}
