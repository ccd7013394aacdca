/// A noun (or a short noun phrase) that follows a count, in the forms each language gives it.
///
/// English has a singular (`1 day`) and a plural (`3 days`). Arabic counts in six forms (CLDR's
/// plural categories): the singular with واحد after it and the dual stand without a number
/// (`يوم واحد`, `يومان`); 3 to 10 take the genitive plural (`٣ أيام`), 11 to 99 the accusative
/// singular (`١١ يومًا`), 0, 100 and up, and any fraction the genitive singular (`١٠٠ يوم`,
/// `٢٫٥ شهر`), all by the last two digits (103 is `١٠٣ أيام`). A number written with decimals keeps
/// them and takes the genitive singular too (`١٢٫٠ يوم`), so that the figure shown is the figure
/// computed. The dual alone changes with its grammatical case: `يومان` as a subject, `يومين` after a
/// preposition or as an object.
public struct CountedNoun: Sendable, Hashable {
  public var englishSingular: String
  public var englishPlural: String
  /// `يوم واحد`: the whole phrase for exactly one.
  public var arabicOne: String
  /// `يومان`, `يومين`: the dual, nominative and oblique, each the whole phrase for exactly two.
  public var arabicTwo: String
  public var arabicTwoOblique: String
  /// `أيام`, after 3 to 10.
  public var arabicFew: String
  /// `يومًا`, after 11 to 99.
  public var arabicMany: String
  /// `يوم`, after 0, 100 and up, and fractions.
  public var arabicOther: String

  public init(
    _ englishSingular: String, _ englishPlural: String, one: String, two: String, twoOblique: String, few: String,
    many: String, other: String
  ) {
    self.englishSingular = englishSingular
    self.englishPlural = englishPlural
    self.arabicOne = one
    self.arabicTwo = two
    self.arabicTwoOblique = twoOblique
    self.arabicFew = few
    self.arabicMany = many
    self.arabicOther = other
  }

  /// The grammatical case of the count in its sentence, for the Arabic dual.
  public enum Case: Sendable, Hashable {
    /// The subject or a predicate: `يومان`.
    case nominative
    /// After a preposition, in an annexation, or the object of a verb: `يومين`.
    case oblique
  }

  /// `count` and this noun in `locale`, the number in the locale's digits, grouped.
  func rendered(_ count: DecimalNumber, case grammaticalCase: Case, in locale: TextLocale) -> String {
    let number = locale.digitsOf(MinusSign.forReading(DecimalNumber.grouped(count.plain)))
    switch locale.language {
    case .en:
      return number + " " + (count.decimals == 0 && count.scaled == 1 ? englishSingular : englishPlural)
    case .ar:
      switch ArabicPlural(count) {
      case .one: return arabicOne
      case .two: return grammaticalCase == .nominative ? arabicTwo : arabicTwoOblique
      case .few: return number + " " + arabicFew
      case .many: return number + " " + arabicMany
      case .zero, .other: return number + " " + arabicOther
      }
    }
  }
}
